// Deadlines and reporting frequencies as plans word them.
//   "quý II năm 2019", "quý III/2023"      → the quarter's last day (30/6/2019), once
//   "tháng 12/2019", "tháng 12 năm 2019"   → the month's last day, once
//   "trước ngày 01/10/2023", "chậm nhất ngày 15 tháng 12 năm 2019" → that day, once
//     (the named day is the deadline: offices read "trước ngày 15/12" as "by 15/12")
//   "6 tháng đầu năm 2023" → 30/6/2023; "trong năm 2019" → 31/12/2019
//   "định kỳ 6 tháng, năm", "sơ kết 6 tháng, tổng kết năm" → half-yearly-and-yearly, no date
//   "hằng năm" yearly, "hằng quý" quarterly, "hằng tháng" monthly, "định kỳ 6 tháng" half-yearly
import type { Deadline, Recurrence } from '../../../../shared/domain';
import { lastDayOfMonth, toIso } from '../../../../shared/dates';

const NOT_LETTER_BEFORE = String.raw`(?<![\p{L}\p{N}])`;
const NOT_LETTER_AFTER = String.raw`(?![\p{L}\p{N}])`;

const ROMAN_QUARTER: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

interface Found {
  index: number;
  end: number;
  deadline: Deadline;
}

type Pattern = { re: RegExp; make: (m: RegExpExecArray, year: number | null) => Deadline | null };

function re(src: string): RegExp {
  return new RegExp(src, 'giu');
}

const CUE = String.raw`(?:(?:hoàn thành |gửi |xong )?(?:trước|chậm nhất(?: là)?|muộn nhất(?: là)?|hạn chót(?: là)?|hạn|đến hết|không quá|trong)\s+)`;

const DATED: Pattern[] = [
  {
    // "trước ngày 15 tháng 12 năm 2019"
    re: re(`${CUE}(?:ngày\\s+)(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4})`),
    make: (m) => once(m[0], toIso(Number(m[3]), Number(m[2]), Number(m[1]))),
  },
  {
    // "trước ngày 01/10/2023", "chậm nhất 15/12/2019"
    re: re(`${CUE}(?:ngày\\s+)?(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4})${NOT_LETTER_AFTER}`),
    make: (m) => once(m[0], toIso(Number(m[3]), Number(m[2]), Number(m[1]))),
  },
  {
    // "trước ngày 15/12" with no year: the plan's year, unless it recurs ("hằng năm")
    re: re(`${CUE}(?:ngày\\s+)(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})(?![/.\\-\\d])`),
    make: (m, year) => (year === null ? null : once(m[0], toIso(year, Number(m[2]), Number(m[1])))),
  },
  {
    re: re(`${NOT_LETTER_BEFORE}quý\\s+(iv|i{1,3}|[1-4])\\s*(?:\\/|năm|-)\\s*(\\d{4})`),
    make: (m) => {
      const q = ROMAN_QUARTER[(m[1] ?? '').toLowerCase()] ?? 0;
      return once(m[0], q ? lastDayOfMonth(Number(m[2]), q * 3) : null);
    },
  },
  {
    re: re(`${NOT_LETTER_BEFORE}(6|sáu)\\s+tháng\\s+(đầu|cuối)\\s+năm\\s+(\\d{4})`),
    make: (m) => once(m[0], lastDayOfMonth(Number(m[3]), (m[2] ?? '').toLowerCase() === 'đầu' ? 6 : 12)),
  },
  {
    // "tháng 12/2019" but not the month of a full date ("ngày 22 tháng 4 năm 2019")
    re: re(`(?<!ngày\\s+\\d{1,2}\\s+)${NOT_LETTER_BEFORE}tháng\\s+(\\d{1,2})\\s*(?:\\/|năm|-)\\s*(\\d{4})`),
    make: (m) => {
      const month = Number(m[1]);
      return month >= 1 && month <= 12 ? once(m[0], lastDayOfMonth(Number(m[2]), month)) : null;
    },
  },
  {
    re: re(`${NOT_LETTER_BEFORE}(?:trong|hết|cuối)\\s+năm\\s+(\\d{4})`),
    make: (m) => once(m[0], toIso(Number(m[1]), 12, 31)),
  },
];

// A part's own day, in brackets or after a cue: "(trước ngày 15/6/2022)", "trước ngày 20/6/2024".
const OWN_DAY = String.raw`(?:\([^)]{0,40}\)|(?:trước|chậm nhất|hạn)\s+(?:ngày\s+)?\d{1,2}\s*\/\s*\d{1,2}(?:\s*\/\s*\d{4})?)`;

const RECURRING: Array<[RegExp, Recurrence]> = [
  // "6 tháng, năm", "6 tháng (trước 15/6) và năm", "6 tháng và báo cáo năm"
  // "6 tháng (trước ngày 15/6/2022) và năm (trước ngày 15/11/2022)", "báo cáo sơ kết 6 tháng trước
  // ngày 20/6/2024 và báo cáo tổng kết năm trước ngày 25/11/2024": the days of each part are its own.
  [re(`${NOT_LETTER_BEFORE}(?:định kỳ\\s+)?(?:6|sáu)\\s+tháng(?:\\s+đầu\\s+năm)?\\s*(?:${OWN_DAY}\\s*)?(?:,|và|\\/|;|hoặc)\\s*(?:báo cáo\\s+)?(?:tổng kết\\s+)?(?:01|1|một|cả|hằng|hàng)?\\s*năm${NOT_LETTER_AFTER}(?:\\s*${OWN_DAY})?`), 'half-yearly-and-yearly'],
  [re(`sơ kết\\s+(?:6|sáu)\\s+tháng.{0,30}?tổng kết\\s+(?:cả\\s+)?năm${NOT_LETTER_AFTER}`), 'half-yearly-and-yearly'],
  [re(`${NOT_LETTER_BEFORE}(?:(?:định kỳ|hằng|hàng|mỗi)\\s+(?:6|sáu)\\s+tháng|(?:6|sáu)\\s+tháng\\s+(?:một|1)\\s+lần)${NOT_LETTER_AFTER}`), 'half-yearly'],
  // "hằng quý", "định kỳ quý", "báo cáo quý trước ngày 25 …" — not "báo cáo quý I".
  [re(`${NOT_LETTER_BEFORE}(?:hằng|hàng|mỗi)\\s+quý${NOT_LETTER_AFTER}|(?:định kỳ\\s+(?:hằng\\s+|hàng\\s+)?|báo cáo\\s+)quý(?!\\s+(?:i|v|\\d))${NOT_LETTER_AFTER}`), 'quarterly'],
  [re(`${NOT_LETTER_BEFORE}(?:hằng|hàng|mỗi)\\s+tháng${NOT_LETTER_AFTER}|định kỳ\\s+(?:hằng\\s+|hàng\\s+)?tháng(?!\\s+\\d)${NOT_LETTER_AFTER}`), 'monthly'],
  [re(`${NOT_LETTER_BEFORE}(?:hằng|hàng|mỗi)\\s+năm${NOT_LETTER_AFTER}|định kỳ\\s+(?:hằng\\s+|hàng\\s+)?năm${NOT_LETTER_AFTER}`), 'yearly'],
];

function once(text: string, date: string | null): Deadline | null {
  return date === null ? null : { text: tidy(text), date, recurrence: 'once' };
}

// Keep "trước ngày …" (it tells how the date binds) but not a bare "trong" before a period.
function tidy(text: string): string {
  return text.replace(/\s+/gu, ' ').trim().replace(/^trong\s+(?=(quý|tháng|6|sáu)\s)/iu, '');
}

/** Every deadline and recurrence an item's text states, in order of appearance. */
export function findDeadlines(text: string, planYear: number | null = null): Deadline[] {
  const found: Found[] = [];
  const overlapping = (a: number, b: number): Found[] => found.filter((f) => a < f.end && b > f.index);
  const recurring = RECURRING.some(([r]) => new RegExp(r.source, 'iu').test(text));
  for (const p of DATED) {
    const r = new RegExp(p.re.source, 'giu');
    for (let m = r.exec(text); m !== null; m = r.exec(text)) {
      const end = m.index + m[0].length;
      if (overlapping(m.index, end).length > 0) continue;
      const yearless = !/\d{4}/u.test(m[0]);
      const d = yearless && recurring ? null : p.make(m, planYear);
      if (d) found.push({ index: m.index, end, deadline: d });
    }
  }
  for (const [pattern, recurrence] of RECURRING) {
    const r = new RegExp(pattern.source, 'giu');
    for (let m = r.exec(text); m !== null; m = r.exec(text)) {
      const [a, b] = [m.index, m.index + m[0].length];
      const hit = overlapping(a, b);
      if (hit.some((f) => f.index < a || f.end > b)) continue;
      // Days written inside the recurrence's brackets date it: one deadline, dated by the first.
      for (const f of hit) found.splice(found.indexOf(f), 1);
      found.push({ index: a, end: b, deadline: { text: tidy(m[0]), date: hit[0]?.deadline.date ?? null, recurrence } });
    }
  }
  return found.sort((a, b) => a.index - b.index).map((f) => f.deadline);
}

/** The item's deadline: its first dated one, else its first recurrence. */
export function findDeadline(text: string, planYear: number | null = null): Deadline | null {
  const all = findDeadlines(text, planYear);
  return all.find((d) => d.date !== null) ?? all[0] ?? null;
}
