// Pure: find a table's header rows in a grid of cells (one row, or two when a heading is merged
// over sub-headings) and say what each column holds, by its Vietnamese name or an indicator's name.
import { fold, parseViNumber } from '../../../../shared/text';
import { lastDayOfMonth } from '../../../../shared/dates';
import { bracketedMeasure } from '../../vocabulary/bracketed-measure';
import { periodsIn } from './periods';
import { matchLabel, otherSortSaid } from './indicator-match';
import { tokens } from './similarity';
import type { IndicatorTerm } from './indicator-match';

/** `aside`: numbers that are not the round's results (a target, a comparison, a rate). */
export type Role = 'counter' | 'code' | 'text' | 'status' | 'result' | 'note' | 'value' | 'measure' | 'markDone' | 'markProgress' | 'markNot' | 'aside';
export type Column = { col: number; label: string; role: Role | null; indicator: string | null; cumulative: boolean };
export type TableHeader = { row: number; rows: number; columns: Column[] };

// Folded column names units use; exact names first, then names the header starts with.
const ROLE_NAMES: ReadonlyArray<[Role, string[]]> = [
  // A row counter ("STT") is no item code; "Mục KH" is.
  ['counter', ['stt', 'tt', 'so tt', 'so thu tu']],
  ['code', ['ma', 'ma so', 'muc', 'ma muc', 'ma nhiem vu', 'muc kh', 'muc ke hoach', 'muc trong ke hoach', 'nhiem vu so', 'so muc']],
  ['status', ['tinh trang', 'trang thai', 'tien do', 'muc do hoan thanh', 'tinh trang thuc hien', 'danh gia', 'tinh trang trien khai', 'tien do thuc hien', 'ket qua danh gia']],
  ['markDone', ['da thuc hien', 'hoan thanh', 'da hoan thanh', 'da trien khai', 'da th', 'xong']],
  ['markProgress', ['dang thuc hien', 'dang trien khai', 'dang th', 'chua hoan thanh']],
  ['markNot', ['chua thuc hien', 'chua trien khai', 'chua th']],
  ['result', ['ket qua thuc hien', 'ket qua', 'ket qua trien khai', 'tinh hinh thuc hien', 'ket qua dat duoc', 'noi dung thuc hien', 'mo ta ket qua']],
  ['note', ['ghi chu']],
  ['measure', ['don vi tinh', 'dvt']],
  ['value', ['so lieu', 'so luong', 'gia tri', 'tong so', 'thuc hien', 'tong cong']],
  ['text', ['noi dung', 'nhiem vu', 'noi dung nhiem vu', 'cong viec', 'noi dung cong viec', 'ten nhiem vu', 'nhiem vu duoc giao', 'chi tieu', 'hang muc', 'ten chi tieu', 'noi dung chi tieu']],
];

// Column names as units shorten them: "TH 6 tháng", "LK đến 30/6", "SL".
const SHORT_NAMES: ReadonlyArray<[RegExp, string]> = [
  [/^th(?= |$)/u, 'thuc hien'],
  [/^lk(?= |$)/u, 'luy ke'],
  [/^sl(?= |$)/u, 'so luong'],
];

/** A column's name folded, its leading short word spelled out. */
function headerFold(label: string): string {
  const f = fold(label);
  for (const [re, full] of SHORT_NAMES) if (re.test(f)) return f.replace(re, full);
  return f;
}

// A column of the units a row is about ("Đơn vị", "Xã, thị trấn"), the whole name: "Đơn vị chủ trì"
// is a task's party, "Đơn vị tính" a measure.
const UNIT_COLUMN_NAMES = new Set([
  'don vi', 'ten don vi', 'don vi co so', 'co quan don vi', 'ten co quan don vi', 'dia phuong', 'dia ban', 'co so',
  'xa thi tran', 'xa phuong thi tran', 'xa phuong', 'phuong xa', 'xa', 'huyen thanh pho', 'huyen thi xa thanh pho',
  'chi bo', 'chi dang bo', 'dang bo co so', 'to chuc co so dang', 'ten to chuc co so dang', 'chi bo dang bo co so',
]);

/** A column naming the unit each row is about: its rows are units' figures, not tasks. */
export function namesUnits(label: string): boolean {
  return UNIT_COLUMN_NAMES.has(headerFold(label));
}

export function roleOf(label: string): Role | null {
  const f = headerFold(label);
  if (f === '') return null;
  for (const [role, names] of ROLE_NAMES) if (names.includes(f)) return role;
  for (const [role, names] of ROLE_NAMES) if (names.some((n) => n.length >= 4 && f.startsWith(`${n} `))) return role;
  return null;
}

function known(label: string, terms: readonly IndicatorTerm[]): boolean {
  return roleOf(label) !== null || matchLabel(label, terms) !== null;
}

// "21 hội nghị", "khoảng 1.800 lượt": a count typed with its measure — data, unless it names a period ("6 tháng đầu năm").
const COUNT_THEN_WORDS = /^\s*(?:(?:khoảng|gần|trên|hơn|đạt)\s+)?\d{1,3}(?:\.\d{3})*\s+\p{L}/iu;
/** A cell of data, not a header's or a heading's: a number or a count typed with its measure. */
export const isNumeric = (c: string): boolean => parseViNumber(c) !== null || (COUNT_THEN_WORDS.test(c) && periodsIn(c, 2000).length === 0);

function headerScore(row: readonly string[], terms: readonly IndicatorTerm[]): number {
  // Headers are short names, never numbers: a row with a figure in it is data.
  if (row.some((c) => c !== '' && isNumeric(c))) return 0;
  const distinct = new Set(row.filter((c) => c !== '' && c.split(' ').length <= LABEL_MAX_WORDS));
  let n = 0;
  for (const c of distinct) if (known(c, terms)) n++;
  const roles = [...distinct].map(roleOf);
  // A header names what a row is about, or the values it holds.
  const anchored = roles.some((r) => r === 'code' || r === 'counter' || r === 'text') || [...distinct].some((c) => matchLabel(c, terms) !== null);
  return anchored ? n : 0;
}

/**
 * The most words a header or a row label has that names a figure. Figure names run long ("Số tin,
 * bài trên mạng xã hội, trang thông tin điện tử" is 12); a longer cell is a sentence about a task.
 */
export const LABEL_MAX_WORDS = 14;
const COLUMN_NUMBER = /^\(?[0-9]{1,2}[a-z]?\)?$|^\(?[A-Z]\)?$/u;

/** "1 2 3 4" or "(1) (2) (3)" under a header: column numbers, not data. */
export function isColumnNumberRow(row: readonly string[]): boolean {
  const cells = row.filter((c) => c !== '');
  return cells.length >= 3 && cells.every((c) => COLUMN_NUMBER.test(c));
}

function isSubHeader(top: readonly string[], next: readonly string[] | undefined, terms: readonly IndicatorTerm[]): boolean {
  if (!next) return false;
  const fresh = next.map((c, i) => (c !== '' && c !== top[i] ? c : '')).filter((c) => c !== '');
  if (fresh.length === 0 || next.some((c, i) => c !== '' && c !== top[i] && isNumeric(c))) return false;
  const spans = top.some((c, i) => c !== '' && top[i + 1] === c);
  return spans || fresh.some((c) => known(c, terms));
}

/** A label's words past its "Số", "Tổng số", "Số lượng": the first of them say what it counts. */
export function countedWords(label: string): string[] {
  const words = tokens(label);
  const lead = words[0] === 'tong' && words[1] === 'so' ? 2 : words[0] === 'so' ? (words[1] === 'luong' ? 2 : 1) : 0;
  return words.slice(lead);
}

function classify(col: number, top: string, sub: string, terms: readonly IndicatorTerm[]): Column {
  const label = sub !== '' && sub !== top ? `${top} / ${sub}` : top;
  const cumulative = /\bluy ke\b/u.test(`${headerFold(top)} ${headerFold(sub)}`);
  const own = sub !== '' ? sub : top;
  const exact = ROLE_NAMES.some(([, names]) => names.includes(headerFold(own)));
  const subRole = roleOf(own);
  const topRole = roleOf(top);
  // "Kết quả thực hiện" over "Nội dung | Số hội nghị": the text under a result heading is the result.
  const role = subRole === 'text' && topRole === 'result' ? 'result' : (subRole ?? topRole);
  if (exact && role !== 'value') return { col, label, role, indicator: null, cumulative };
  // "Cấp huyện | Cấp xã | Tổng cộng": a level's share of each row, beside the total; "xã" in it is no
  // figure counted in "Xã".
  if (LEVEL_COLUMN.test(headerFold(own))) return { col, label, role: 'aside', indicator: null, cumulative };
  // "Kế hoạch năm", "So sánh (%)": beside the results, never a figure ("kế hoạch" is one's word) —
  // unless the rest of the name is one ("Kế hoạch, văn bản triển khai").
  const aside = ASIDE.exec(fold(own));
  if (aside && matchLabel(fold(own).slice(aside[0].length), terms) === null) return { col, label, role: 'aside', indicator: null, cumulative };
  // "Vốn huy động (tỷ đồng)": the name without the measure closing it.
  const unbracketed = (name: string): string => bracketedMeasure(name)?.name ?? name;
  const matched = matchLabel(unbracketed(own), terms) ?? (sub !== '' ? matchLabel(unbracketed(top), terms) : null);
  // "Quần chúng học lớp NTVĐ": people, whatever class they sat in, are no count of classes.
  const ind = matched && otherSortSaid(countedWords(own), matched.key, terms) ? null : matched;
  // "Nhiệm vụ theo Kế hoạch" starts as a column of tasks does; "kế hoạch" in it names no figure.
  // Only a close match to a figure's name outweighs the words it starts with.
  const named = subRole !== null && subRole !== 'value' && (ind?.score ?? 0) < 0.9;
  if (ind && !named) return { col, label, role: null, indicator: ind.key, cumulative };
  // "6 tháng đầu năm 2019", "6 tháng cuối năm", "Cả năm": a column of one period's numbers.
  const period = role === null && (PERIOD_COLUMN.test(fold(own)) || PERIOD_NAME.test(fold(own))) ? 'value' : role;
  return { col, label, role: period, indicator: null, cumulative };
}

// A level of the unit's organisation as a column: "Cấp huyện", "Cấp xã", "Cấp cơ sở", "Toàn tỉnh" aside.
const LEVEL_COLUMN = /^cap (?:tinh|huyen|xa|co so|thon|phuong|thi tran|chi bo|tren|duoi)$/u;

// Column names that start as a target's, a comparison's or a rate's.
const ASIDE = /^(?:ke hoach|kh|chi tieu giao|so sanh|ty le|cung ky|tang giam)(?: |$)/u;
// A period with its year: "năm 2019", "6 tháng đầu năm 2019", "quý II/2019", "tháng 6/2019".
const PERIOD_COLUMN = /\b(?:nam|thang|quy|ky)\b.*\b(?:19|20)\d{2}$/u;
// A period named without its year, as a table of one year's report heads its columns.
const PERIOD_NAME = /^(?:(?:3|6|9|sau|chin) thang(?: (?:dau|cuoi))?(?: nam)?|quy (?:i|ii|iii|iv|[1-4])|ca nam|thang \d{1,2}|ca ky|trong ky|ky bao cao)$/u;
const yearOf = (c: Column): number => Number(/\b(?:19|20)\d{2}\b/u.exec(c.label)?.[0] ?? 0);

// A total over the period's parts ("Quý I | Quý II | Cộng"): the whole label, as in grid-table.
const TOTAL_COLUMN = /^(?:tong cong|cong|tong|tong so|ca nam|ca ky|tong cong ca ky)$/u;
// Numbers of another period or of a plan, not the round's results.
const NOT_THE_RESULT = /\b(?:cung ky|so sanh|ty le|ke hoach|chi tieu giao|nam truoc|ky truoc|tang giam)\b/u;

/**
 * The column whose numbers are a "Chỉ tiêu | Số lượng" table's values. Several may stand under one
 * heading ("Kết quả thực hiện" over "Quý I | Quý II | Cộng"): the total is the round's figure, then
 * the latest year's column, then a column for the period rather than the running total, then the first.
 */
export function valueColumn(columns: readonly Column[], period: { from: string; to: string } | null = null): Column | undefined {
  const named = (role: Role): Column[] => columns.filter((c) => c.role === role && !NOT_THE_RESULT.test(fold(c.label)));
  const candidates = [...named('value'), ...named('result')];
  const own = (c: Column): string => fold(c.label.split(' / ').pop() ?? '');
  // "Quý I | Quý II | Lũy kế 6 tháng" in a report on the first half-year: the column for the round's whole period.
  const exact = period === null ? [] : candidates.filter((c) => samePeriod(columnPeriod(own(c), Number(period.from.slice(0, 4))), period));
  if (exact.length === 1) return exact[0];
  // Columns of several years ("6 tháng đầu năm 2018 | … 2019"): the latest is the report's own.
  const latest = Math.max(0, ...candidates.map(yearOf));
  const current = latest > 0 ? candidates.find((c) => yearOf(c) === latest && !c.cumulative) : undefined;
  return candidates.find((c) => TOTAL_COLUMN.test(own(c)) && !c.cumulative) ?? current ?? candidates.find((c) => !c.cumulative) ?? candidates[0];
}

// "Lũy kế 6 tháng", "lũy kế 9 tháng": from the year's start.
const RUNNING_MONTHS = /^luy ke (?:(3|6|9|ba|sau|chin) thang|(ca nam|nam))(?: (?:dau nam|nam (?:19|20)\d{2}))?$/u;
const MONTHS: Record<string, number> = { '3': 3, ba: 3, '6': 6, sau: 6, '9': 9, chin: 9 };

/** The period a column's own name gives ("Quý II", "6 tháng đầu năm 2024", "Lũy kế 6 tháng"), in `year` when it names none. */
function columnPeriod(name: string, year: number): { from: string; to: string } | null {
  const running = RUNNING_MONTHS.exec(name);
  if (running) return { from: `${year}-01-01`, to: lastDayOfMonth(year, running[2] ? 12 : (MONTHS[running[1] ?? ''] ?? 12)) };
  if (name === 'ca nam') return { from: `${year}-01-01`, to: `${year}-12-31` };
  return periodsIn(name, year)[0] ?? null;
}

const samePeriod = (a: { from: string; to: string } | null, b: { from: string; to: string }): boolean => a !== null && a.from === b.from && a.to === b.to;

/** The first table header at or below `from`, or null. */
// A sheet's headers are looked for by several readers in turn (a table of several units, then the
// unit's own table): each search is done once per grid, terms and starting row.
const headerMemo = new WeakMap<readonly (readonly string[])[], Map<readonly IndicatorTerm[], Map<number, TableHeader | null>>>();

/** The first table header at or below row `from`; the result is shared, never to be changed. */
export function findHeader(rows: readonly (readonly string[])[], terms: readonly IndicatorTerm[], from = 0): TableHeader | null {
  let byTerms = headerMemo.get(rows);
  if (!byTerms) headerMemo.set(rows, (byTerms = new Map()));
  let byRow = byTerms.get(terms);
  if (!byRow) byTerms.set(terms, (byRow = new Map()));
  if (byRow.has(from)) return byRow.get(from) ?? null;
  const found = searchHeader(rows, terms, from);
  byRow.set(from, found);
  return found;
}

function searchHeader(rows: readonly (readonly string[])[], terms: readonly IndicatorTerm[], from: number): TableHeader | null {
  for (let r = from; r < rows.length; r++) {
    const top = rows[r] ?? [];
    if (headerScore(top, terms) < 2) continue;
    const next = rows[r + 1];
    const two = isSubHeader(top, next, terms);
    const width = Math.max(top.length, next?.length ?? 0);
    const columns: Column[] = [];
    for (let c = 0; c < width; c++) {
      const t = top[c] ?? '';
      const s = two ? (next?.[c] ?? '') : '';
      if (t === '' && s === '') continue;
      columns.push(classify(c, t, s, terms));
    }
    let count = two ? 2 : 1;
    if (isColumnNumberRow(rows[r + count] ?? [])) count++;
    return { row: r, rows: count, columns };
  }
  return null;
}
