// Pure: reporting periods named in words ("6 tháng đầu năm 2019", "quý II/2019", "năm 2019").
import { lastDayOfMonth, toIso } from '../../../../shared/dates';
import { fold } from '../../../../shared/text';

export type Period = { from: string; to: string; phrase: string; at: number };

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
const COUNT: Record<string, number> = { '3': 3, ba: 3, '6': 6, sau: 6, '9': 9, chin: 9 };

function span(y: number, m1: number, m2: number): { from: string; to: string } {
  return { from: `${y}-${String(m1).padStart(2, '0')}-01`, to: lastDayOfMonth(y, m2) };
}

type Rule = { re: RegExp; make: (m: RegExpExecArray, year: number) => { from: string; to: string } | null };

// Most specific first; a span taken by one rule is masked so "năm 2019" inside "6 tháng đầu năm 2019" is not read twice.
const RULES: Rule[] = [
  // "từ ngày 15/12/2019 đến ngày 30/11/2020": exactly the days written.
  {
    re: /\btu(?: ngay)? (\d{1,2}) (\d{1,2}) (\d{4}) (?:den|toi)(?: ngay)? (\d{1,2}) (\d{1,2}) (\d{4})\b/gu,
    make: (m) => {
      const from = toIso(Number(m[3]), Number(m[2]), Number(m[1]));
      const to = toIso(Number(m[6]), Number(m[5]), Number(m[4]));
      return from && to && from <= to ? { from, to } : null;
    },
  },
  // A term of office ("nhiệm kỳ 2020 - 2025") is no reporting period: masked.
  { re: /\bnhiem ky (\d{4}) (\d{4})\b/gu, make: () => null },
  // "(2011 - 2016)", "giai đoạn 2016 - 2020", "từ năm 2015 đến năm 2020": whole years.
  {
    re: /\b(?:tu nam |giai doan |nam )?((?:19|20)\d{2})(?: den nam| den| toi)? ((?:19|20)\d{2})\b/gu,
    make: (m) => {
      const a = Number(m[1]);
      const b = Number(m[2]);
      return a < b && b - a <= 30 ? { from: `${a}-01-01`, to: `${b}-12-31` } : null;
    },
  },
  // A date names a day, not a period: masked first so its "năm 2019" is not read as the year.
  { re: /\bngay \d{1,2} thang \d{1,2} nam \d{4}\b/gu, make: () => null },
  { re: /\b\d{1,2} \d{1,2} \d{4}\b/gu, make: () => null },
  {
    re: /\b(3|ba|6|sau|9|chin) thang (dau|cuoi) nam(?: (\d{4}))?\b/gu,
    make: (m, y) => {
      const n = COUNT[m[1] ?? ''] ?? 6;
      return m[2] === 'dau' ? span(y, 1, n) : span(y, 13 - n, 12);
    },
  },
  {
    re: /\bquy (iv|iii|ii|i|[1-4])(?: nam)?(?: (\d{4}))?\b/gu,
    make: (m, y) => {
      const q = ROMAN[m[1] ?? ''] ?? Number(m[1]);
      return q >= 1 && q <= 4 ? span(y, 3 * q - 2, 3 * q) : null;
    },
  },
  {
    // "tháng 7/2019", "tháng 7 năm 2019".
    re: /\bthang (\d{1,2})(?: nam)? (\d{4})\b/gu,
    make: (m, y) => {
      const mo = Number(m[1]);
      return mo >= 1 && mo <= 12 ? span(y, mo, mo) : null;
    },
  },
  { re: /\bnam (\d{4})\b/gu, make: (_m, y) => span(y, 1, 12) },
];

/** Periods named in `text`, in order of appearance. A phrase without a year takes `defaultYear`. */
export function periodsIn(text: string, defaultYear: number | null = null): Period[] {
  let f = fold(text);
  const out: Period[] = [];
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    const masked: Array<[number, number]> = [];
    for (let m = rule.re.exec(f); m !== null; m = rule.re.exec(f)) {
      masked.push([m.index, m.index + m[0].length]);
      const yearRaw = [...m].slice(1).find((g) => g !== undefined && /^\d{4}$/u.test(g));
      const year = yearRaw !== undefined ? Number(yearRaw) : defaultYear;
      if (year === null || year < 1945 || year > 2100) continue;
      const p = rule.make(m, year);
      if (p) out.push({ ...p, phrase: m[0], at: m.index });
    }
    for (const [a, b] of masked) f = f.slice(0, a) + ' '.repeat(b - a) + f.slice(b);
  }
  return out.sort((a, b) => a.at - b.at);
}

/** How much two periods coincide: overlap over union, in days. */
export function periodOverlap(a: { from: string; to: string }, b: { from: string; to: string }): number {
  const day = (s: string): number => Date.parse(`${s}T00:00:00Z`) / 86_400_000;
  const inter = Math.min(day(a.to), day(b.to)) - Math.max(day(a.from), day(b.from)) + 1;
  const union = Math.max(day(a.to), day(b.to)) - Math.min(day(a.from), day(b.from)) + 1;
  return inter <= 0 || union <= 0 ? 0 : inter / union;
}
