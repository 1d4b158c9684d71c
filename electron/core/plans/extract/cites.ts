// The documents a plan implements: "Chỉ thị số 32-CT/TW, ngày 18/02/2019", each once.
import { formatViDate, parseViDate } from '../../../../shared/dates';
import { fold } from '../../../../shared/text';

const TYPES = [
  'Nghị quyết',
  'Chỉ thị',
  'Kết luận',
  'Hướng dẫn',
  'Kế hoạch',
  'Quyết định',
  'Quy định',
  'Thông báo',
  'Công văn',
  'Chương trình',
  'Thông tri',
  'Báo cáo',
  'Đề án',
  'Quy chế',
  'Thông tư',
  'Nghị định',
  'Luật',
  'Tờ trình',
  'Chiến lược',
];
const CANONICAL = new Map(TYPES.map((t) => [t.toLowerCase(), t]));

// "Chỉ thị số 32-CT/TW", "Nghị quyết số 35- NQ/TW", "Quyết định số 1234/QĐ-UBND".
const PARTY_SYMBOL = String.raw`(\d+)\s*[-–]\s*([A-ZĐ][A-Za-zĐđ]{0,5})\s*\/\s*([A-ZĐ][A-Za-zĐđ0-9]*(?:-[A-ZĐ][A-Za-zĐđ0-9]*)*)`;
const STATE_SYMBOL = String.raw`(\d+)\s*\/\s*([A-ZĐ][A-Za-zĐđ]{0,5})\s*-\s*([A-ZĐ][A-Za-zĐđ0-9]*)`;
const MENTION = String.raw`(${TYPES.join('|')})\s+(?:số\s*:?\s*)?(?:${PARTY_SYMBOL}|${STATE_SYMBOL})`;
const DATE_AFTER =
  /^\s*,?\s*(?:ban hành\s+)?(?:ngày\s+)?(\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})/u;

interface Mention {
  key: string;
  type: string;
  number: string;
  date: string | null;
}

function mentions(text: string): Mention[] {
  const out: Mention[] = [];
  const re = new RegExp(MENTION, 'giu');
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const type = CANONICAL.get((m[1] ?? '').toLowerCase()) ?? m[1] ?? '';
    const number =
      m[2] !== undefined ? `${m[2]}-${m[3] ?? ''}/${m[4] ?? ''}` : `${m[5] ?? ''}/${m[6] ?? ''}-${m[7] ?? ''}`;
    const after = DATE_AFTER.exec(text.slice(re.lastIndex));
    const rawDate = after?.[1]?.replace(/\s+/gu, ' ') ?? null;
    const date = rawDate === null ? null : parseViDate(/tháng/u.test(rawDate) ? `ngày ${rawDate}` : rawDate.replace(/\s/gu, ''));
    out.push({ key: fold(number), type, number, date });
  }
  return out;
}

/**
 * Documents named in `scope` (title and preamble: what the plan implements), in order of first
 * mention; a date missing there is taken from another mention of the same number anywhere in `full`.
 */
export function extractCites(scope: string, full: string, ownNumber: string | null): string[] {
  const dates = new Map<string, string>();
  for (const m of mentions(full)) if (m.date !== null && !dates.has(m.key)) dates.set(m.key, m.date);
  const own = ownNumber === null ? null : fold(ownNumber);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const m of mentions(scope)) {
    if (seen.has(m.key) || m.key === own) continue;
    seen.add(m.key);
    const date = m.date ?? dates.get(m.key) ?? null;
    out.push(`${m.type} số ${m.number}${date ? `, ngày ${formatViDate(date)}` : ''}`);
  }
  return out;
}
