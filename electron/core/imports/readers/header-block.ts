// Pure: the header block of a Party document read as lines: issuer lines, number, place and date,
// the document type and its title ("BÁO CÁO / Kết quả 6 tháng đầu năm 2019 thực hiện …").
import { parseViDate } from '../../../../shared/dates';
import { cleanText, fold } from '../../../../shared/text';

export type HeaderBlock = {
  /** Lines above the document type: issuer, number, place and date. */
  headerLines: string[];
  /** "Báo cáo", "Kế hoạch", … when a type line was found. */
  docType: string | null;
  /** The words after the type: what the report is about. */
  title: string;
  reportNumber: string | null;
  reportDate: string | null;
  place: string | null;
};

const DOC_TYPES: ReadonlyArray<[string, string]> = [
  ['bao cao', 'Báo cáo'],
  ['ke hoach', 'Kế hoạch'],
  ['quyet dinh', 'Quyết định'],
  ['nghi quyet', 'Nghị quyết'],
  ['chi thi', 'Chỉ thị'],
  ['huong dan', 'Hướng dẫn'],
  ['cong van', 'Công văn'],
  ['to trinh', 'Tờ trình'],
  ['thong bao', 'Thông báo'],
];

// "Số 45-BC/HU", "Số: 12-BC/ĐU", state style "Số 123/BC-UBND"; PDF text may run columns together.
const NUMBER_PARTY = /(?:^|\s)Số\s*:?\s*(\d+)\s*[-–]\s*([A-ZĐ][A-Za-zĐđ]{0,5})\s*\/\s*([A-ZĐ][A-Za-zĐđ0-9.]*(?:-[A-ZĐ][A-Za-zĐđ0-9.]*)*)/u;
const NUMBER_STATE = /(?:^|\s)Số\s*:?\s*(\d+)\s*\/\s*([A-ZĐ][A-Za-zĐđ]{0,5}(?:-[A-ZĐ][A-Za-zĐđ0-9.]*)+)/u;
const PLACE_DATE = /(\p{Lu}[\p{L} .'-]{1,40}?)\s*,\s*(ngày\b.*)$/u;
const BODY_START = /^(Căn cứ|Thực hiện|Kính gửi|Theo|Nhằm|Trên cơ sở|Phần|Phần thứ|[IVX]+\s*[.)-]|\d+\s*[.)]|[-–+•])/u;
const HEADER_SCAN = 40;

export function reportNumberIn(line: string): string | null {
  const p = NUMBER_PARTY.exec(line);
  if (p) return `${p[1] ?? ''}-${p[2] ?? ''}/${(p[3] ?? '').replace(/[.-]+$/u, '')}`;
  const s = NUMBER_STATE.exec(line);
  return s ? `${s[1] ?? ''}/${s[2] ?? ''}` : null;
}

export function placeAndDateIn(line: string): { place: string | null; date: string } | null {
  const m = PLACE_DATE.exec(line);
  if (m) {
    const date = parseViDate(m[2] ?? '');
    if (date) return { place: cleanText(m[1] ?? '').replace(/^.*\b(?:VIỆT NAM|HẠNH PHÚC)\s*/u, '') || null, date };
  }
  const bare = /(?:^|\s)(ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})/iu.exec(line);
  const date = bare ? parseViDate(bare[1] ?? '') : null;
  return date ? { place: null, date } : null;
}

function docTypeOf(line: string): { type: string; rest: string } | null {
  const f = fold(line);
  for (const [key, name] of DOC_TYPES) {
    if (f !== key && !f.startsWith(`${key} `)) continue;
    // Only a type line when written as the title: upper case, or alone on its line.
    const head = line.trim().slice(0, key.length + 2);
    if (f !== key && head !== head.toUpperCase()) continue;
    const words = key.split(' ').length;
    const rest = line.trim().split(/\s+/u).slice(words).join(' ').replace(/^[:\s]+/u, '');
    return { type: name, rest };
  }
  return null;
}

/** Reads the header block of a document given as lines (paragraphs or cells, in reading order). */
export function readHeaderBlock(rawLines: readonly string[]): HeaderBlock {
  const lines = rawLines.map(cleanText).filter((l) => l !== '');
  const limit = Math.min(lines.length, HEADER_SCAN);
  let typeAt = -1;
  let type: { type: string; rest: string } | null = null;
  for (let i = 0; i < limit; i++) {
    type = docTypeOf(lines[i] ?? '');
    if (type) {
      typeAt = i;
      break;
    }
  }
  const headerLines = typeAt >= 0 ? lines.slice(0, typeAt) : lines.slice(0, Math.min(limit, 12));
  const titleParts = type?.rest ? [type.rest] : [];
  if (typeAt >= 0) {
    for (let i = typeAt + 1; i < lines.length && i <= typeAt + 4; i++) {
      const l = lines[i] ?? '';
      if (BODY_START.test(l) || /^-{3,}|^\*$/u.test(l)) break;
      // A title is no sentence: a finished one before, or "đã" (what was done), starts the body.
      const prev = titleParts[titleParts.length - 1] ?? '';
      if (titleParts.length > 0 && (/[.;!?]$/u.test(prev) || /(^|\s)đã\s/u.test(l))) break;
      titleParts.push(l);
    }
  }
  let reportNumber: string | null = null;
  let reportDate: string | null = null;
  let place: string | null = null;
  for (const l of headerLines) {
    reportNumber ??= reportNumberIn(l);
    if (reportDate === null) {
      const pd = placeAndDateIn(l);
      if (pd) {
        reportDate = pd.date;
        place = pd.place;
      }
    }
  }
  return { headerLines, docType: type?.type ?? null, title: titleParts.join(' '), reportNumber, reportDate, place };
}
