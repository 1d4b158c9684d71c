// Pure: read a grid of cells (an Excel sheet, a Word table, tab-separated lines) as report tables:
// rows matched to plan items, figure columns summed, "Chỉ tiêu | Số liệu" rows summed per figure.
// A "Tổng cộng" row is the unit's own total: it is never added to its rows, it is the figure, and
// rows that do not add up to it are noted with both numbers and both cells.
import { fold, formatViNumber, parseCount, parseViNumber } from '../../../../shared/text';
import { bracketedMeasure } from '../../vocabulary/bracketed-measure';
import { MONEY_WORD, moneyMeasure } from '../../vocabulary/money-measures';
import { rescaled } from './amounts';
import type { ReportCollector } from './collect';
import { countedWords, findHeader, isColumnNumberRow, isNumeric, LABEL_MAX_WORDS, namesUnits, valueColumn } from './grid-columns';
import type { Column, TableHeader } from './grid-columns';
import { matchHeadAndMeasure, matchLabel, matchPhrase, moneyScaleOf, otherSortSaid } from './indicator-match';
import { labelSaysOtherDeed } from './figure-deeds';
import { sameSort } from '../../vocabulary/measure-sorts';
import type { IndicatorTerm } from './indicator-match';
import { itemsInClause, matchItemRow } from './item-match';
import type { ItemIndex } from './item-match';
import { chooseFigures, figuresInText } from './prose-figures';
import { statusInCell, statusInText } from './prose-status';
import type { ProseStatus } from './prose-status';
import { tokens } from './similarity';

export type Grid = {
  /** Cell text, a merged cell repeating its text in every cell it covers (for headers and labels). */
  text: string[][];
  /** The value as stored, only in the first cell of a merge (figures are counted once). */
  value: (string | number | null)[][];
  source: (row: number, col: number) => string;
  /** Where a column's figures over several rows came from: "Sheet1!D5:D7", "bảng 1, dòng 2–4". */
  span: (firstRow: number, lastRow: number, col: number) => string;
};
/** `topic`: the plan's title, whose words tell no task from another (absent: only codes and most of a task's words match). */
/** `period`: the round's, when known: of columns for several periods, the one naming it is the report's. */
export type GridContext = { index: ItemIndex; terms: IndicatorTerm[]; topic?: string; period?: { from: string; to: string } | null };

// The whole label, so "Cộng tác viên" is not a total.
const TOTAL = /^(?:tong cong|cong|tong|tong so)(?: toan (?:tinh|huyen|don vi|bo|khoi)| chung| ca nam)?$/u;
// "Cộng đoàn ra, đoàn vào": the total of one figure, named after the word.
const TOTAL_OF = /^(?:tong cong|cong|tong so|tong) (.+)$/u;
// "Trong đó: …" rows break down the row above: parts, never added.
const PART_ROW = /^(?:[-+*]\s*)?trong do\b/u;
export const numberAt = (g: Grid, r: number, c: number): number | null => {
  const v = g.value[r]?.[c];
  return typeof v === 'number' ? v : parseCount(v ?? null);
};
const textAt = (g: Grid, r: number, c: Column | undefined): string => (c === undefined ? '' : (g.text[r]?.[c.col] ?? ''));

// "21 hội nghị", "2.340 lượt", "04 cuộc", "khoảng 1.800 lượt": a count typed with its measure into a text cell.
const COUNT_WITH_WORDS = /^\s*(?:(?:khoảng|gần|trên|hơn|đạt)\s+)?(\d{1,3}(?:\.\d{3})+|\d+)\s+(\p{L}[\p{L}\s,]*)$/iu;

/**
 * The count of a cell written with words after it, when those words name the row's figure or start
 * its measure ("1.800 lượt" for a figure counted in "lượt người").
 */
function countWithMeasure(text: string, key: string | undefined, terms: readonly IndicatorTerm[]): number | null {
  const m = COUNT_WITH_WORDS.exec(text);
  if (!m || key === undefined) return null;
  const words = tokens(m[2] ?? '');
  const own = terms.filter((t) => t.key === key);
  const fits = matchPhrase(words, own) !== null || own.some((t) => t.measure === true && words.length > 0 && words.every((w, i) => t.words[i] === w));
  return words.length <= 4 && fits ? parseCount(m[1] ?? null) : null;
}

/** A figure built from rows, and the unit's own total when a total row states one. */
/** `measure`: what the values are counted in as the table writes it ("Tỷ đồng"), for a sum of money. */
type Sum = { key: string; total: number; since: number; rows: number[]; col: number; cumulative: boolean; stated: { value: number; row: number; col: number } | null; label: string; measure: string };

function newSum(key: string, col: number, cumulative: boolean, label: string, measure = ''): Sum {
  return { key, total: 0, since: 0, rows: [], col, cumulative, stated: null, label, measure };
}

/** Reads every table of the grid into `out`; returns the first header row (the header block is above it). */
export function readGrid(g: Grid, gc: GridContext, out: ReportCollector): number | null {
  let first: number | null = null;
  let r = 0;
  while (r < g.text.length) {
    const header = findHeader(g.text, gc.terms, r);
    if (!header) {
      keyValueRows(g, gc, out, r, g.text.length);
      break;
    }
    first ??= header.row;
    keyValueRows(g, gc, out, r, header.row);
    const next = findHeader(g.text, gc.terms, header.row + header.rows);
    const end = next ? next.row : g.text.length;
    readTable(g, gc, out, header, end);
    r = end;
  }
  return first;
}

/** Rows outside any table that read "Số hội nghị | 12": an indicator's name and one number. */
function keyValueRows(g: Grid, gc: GridContext, out: ReportCollector, from: number, to: number): void {
  for (let r = from; r < to; r++) {
    const row = g.text[r] ?? [];
    const nums = row.map((_, c) => ({ c, n: numberAt(g, r, c) })).filter((x) => x.n !== null);
    const labelCol = row.findIndex((c) => c !== '' && parseViNumber(c) === null);
    if (nums.length !== 1 || labelCol < 0) continue;
    const label = row[labelCol] ?? '';
    const m = tokens(label).length <= LABEL_MAX_WORDS ? matchLabel(label, gc.terms, 0.8) : null;
    const hit = nums[0];
    if (m && hit && hit.n !== null && hit.c > labelCol) {
      out.addFigure({ indicatorKey: m.key, value: hit.n, source: g.source(r, hit.c), cumulative: /\bluy ke\b/u.test(fold(label)) || undefined });
    }
  }
}

/** The figure a total row is for: every figure column ("Tổng cộng"), or one figure ("Cộng đoàn ra, đoàn vào"). */
// "Công tác phát triển đảng viên" folds as "Cộng …" does: a total only where the word is written so,
// or, in a label typed without marks, not the head of a common noun ("cong tac", "cong doan", "cong an").
const WRITTEN_TOTAL = /^\s*(?:tổng|cộng)(?![\p{L}])/iu;
const WITHOUT_MARKS = /^[\x20-\x7e]*$/u;
const NOT_TOTAL_NOUN = /^cong (?:tac|doan|an|dan|nhan|chuc|van|trinh|bo|khai|ty|nghe|dong|viec|nghiep|cuoc)\b/u;

export function totalRowKey(label: string, terms: readonly IndicatorTerm[]): 'all' | string | null {
  const f = fold(label);
  if (TOTAL.test(f)) return 'all';
  const written = WRITTEN_TOTAL.test(label) || (WITHOUT_MARKS.test(label) && !NOT_TOTAL_NOUN.test(f));
  const of = written ? TOTAL_OF.exec(f) : null;
  const m = of ? matchLabel(of[1] ?? '', terms, 0.8) : null;
  return m ? m.key : null;
}

/** Most of the column's filled cells in rows [from, end) are numbers. */
function holdsNumbers(g: Grid, col: number, from: number, end: number): boolean {
  let filled = 0;
  let numbers = 0;
  for (let r = from; r < end; r++) {
    if ((g.text[r]?.[col] ?? '') === '') continue;
    filled++;
    if (numberAt(g, r, col) !== null) numbers++;
  }
  return filled > 0 && numbers * 2 > filled;
}

function readTable(g: Grid, gc: GridContext, out: ReportCollector, h: TableHeader, end: number): void {
  const by = (role: Column['role']): Column | undefined => h.columns.find((c) => c.role === role);
  const code = by('code') ?? by('counter');
  // A column whose header names no figure but whose cells are numbers ("Chuyển chính thức" in a plan
  // that words it otherwise) is a figure unread, not the rows' labels.
  const textCol = by('text') ?? h.columns.find((c) => c.role === null && c.indicator === null && !holdsNumbers(g, c.col, h.row + h.rows, end));
  const figureCols = h.columns.filter((c) => c.indicator !== null);
  // "Nội dung | Chỉ tiêu": a group's name (often merged down its rows) and each row's own figure in the next column.
  const subCol = textCol === undefined ? undefined : h.columns.find((c) => c.role === 'text' && c.col > textCol.col && !holdsNumbers(g, c.col, h.row + h.rows, end));
  const valueCol = valueColumn(h.columns, gc.period ?? null);
  const measureCol = by('measure');
  // "TT | Đơn vị | Số hội nghị …": a district's table of its communes; a row is a commune, not a task.
  const rowsAreUnits = code?.role !== 'code' && by('text') === undefined && textCol !== undefined && namesUnits(textCol.label);
  const sums = new Map<number, Sum>();
  // Figures a row's result says in words ("Tổ chức 05 hội nghị cho 700 lượt người"): one task per
  // row, so they add up over the rows.
  const said = new Map<string, Sum>();
  for (const c of figureCols) sums.set(c.col, newSum(c.indicator ?? '', c.col, c.cumulative, c.label, bracketedIn(c.label)));
  // "Chỉ tiêu | Số lượng" tables: one figure per row, rows of one figure added up ("Đoàn vào", "Đoàn ra").
  const kv = new Map<string, Sum>();

  // The heading row a "- Số cuộc" row stands under ("III | Kiểm tra, giám sát"): it says what is counted.
  let heading = '';
  for (let r = h.row + h.rows; r < end; r++) {
    const row = g.text[r] ?? [];
    if (row.every((c) => c === '') || isColumnNumberRow(row)) continue;
    const label = textAt(g, r, code) || textAt(g, r, textCol) || (row.find((c) => c !== '') ?? '');
    const rowText = textAt(g, r, textCol);
    const totalKey = totalRowKey(label, gc.terms) ?? (rowText !== label ? totalRowKey(rowText, gc.terms) : null);
    if (totalKey === 'all') {
      for (const c of figureCols) stateTotal(g, r, c.col, sums.get(c.col), gc.terms);
      if (valueCol) for (const s of kv.values()) stateTotal(g, r, valueCol.col, s, gc.terms);
      continue;
    }
    if (totalKey !== null && valueCol) {
      stateTotal(g, r, valueCol.col, kv.get(totalKey), gc.terms);
      continue;
    }
    if (PART_ROW.test(fold(label)) || PART_ROW.test(fold(rowText))) continue;
    for (const c of figureCols) {
      const s = sums.get(c.col);
      const n = s ? inPlanMeasure(numberAt(g, r, c.col), s.measure, s.key, gc.terms) : null;
      if (n === null || !s) continue;
      s.total += n;
      s.since += n;
      s.rows.push(r);
    }
    // "Tiền ủng hộ Quỹ (triệu đồng)": no measure in its column (or no such column), the label's brackets give it.
    const ownMeasure = textAt(g, r, measureCol);
    const bracketed = ownMeasure === '' ? bracketedMeasure(rowText) : null;
    const measure = bracketed?.measure ?? ownMeasure;
    // A row's own words under its group's name ("Hội nghị quán triệt" | "Số lượt người tham dự"): the
    // group is the heading they stand under, never the figure of every row it spans.
    const own = textAt(g, r, subCol);
    const match = own !== '' && own !== rowText ? rowFigure(own, rowText, measure, gc.terms) : rowFigure(bracketed?.name ?? rowText, heading, measure, gc.terms);
    const value = valueCol ? inPlanMeasure(numberAt(g, r, valueCol.col) ?? countWithMeasure(textAt(g, r, valueCol), match?.key, gc.terms), measure, match?.key, gc.terms) : null;
    // A row with no number is a heading ("III | Kiểm tra, giám sát") — not one whose count is typed with its measure ("86 cái").
    if (rowText !== '' && row.every((cell, c) => (numberAt(g, r, c) === null && !isNumeric(cell)) || c === code?.col)) heading = rowText.replace(/^[-–+•]\s*/u, '');
    if (match && value !== null && valueCol && !by('status')) {
      const s = kv.get(match.key) ?? newSum(match.key, valueCol.col, valueCol.cumulative, rowText);
      s.measure = measure;
      s.total += value;
      s.since += value;
      s.rows.push(r);
      kv.set(match.key, s);
      continue;
    }
    if (rowsAreUnits) continue;
    const result = readEntryRow(g, gc, out, h, r, { code, textCol, figureCols });
    if (result) addSaid(said, result, r, gc.terms);
  }
  for (const s of [...sums.values(), ...kv.values()]) emit(g, s, out);
  for (const s of said.values()) {
    const first = s.rows[0] ?? 0;
    const last = s.rows[s.rows.length - 1] ?? first;
    out.addFallbackFigure({ indicatorKey: s.key, value: s.total, source: first === last ? g.source(first, s.col) : g.span(first, last, s.col) });
  }
}

/** The figures one row's result text gives for the period (a running total is left to the unit's own columns). */
function addSaid(said: Map<string, Sum>, result: { text: string; col: number }, r: number, terms: readonly IndicatorTerm[]): void {
  const found = chooseFigures(figuresInText(result.text, terms).map((f) => ({ ...f, at: 0 })));
  for (const f of found) {
    // A task's result that says it was not done ("Chưa tổ chức được lớp tập huấn do dịch") reports the
    // task, not a figure of nought.
    if (f.cumulative || f.role === 'zero') continue;
    const s = said.get(f.indicatorKey) ?? newSum(f.indicatorKey, result.col, false, '');
    s.total += f.value;
    s.rows.push(r);
    said.set(f.indicatorKey, s);
  }
}

// "Số cuộc", "- Số lượt": a label of one or two words after "số" names a figure only with its heading.
const LEAD_WORDS = new Set(['so', 'luong', 'tong']);
const isGeneric = (label: string): boolean => tokens(label).filter((w) => !LEAD_WORDS.has(w)).length <= 2;

/**
 * The figure a row's label names: a label of a word or two with the heading row above it ("Kiểm
 * tra, giám sát" over "- Số cuộc"); else the label alone; failing that, its unit of measure read
 * before it, as prose puts it ("Lượt | Đoàn viên, thanh niên tham dự" is "lượt đoàn viên …").
 */
// "Tỷ lệ đảng viên đăng ký | % | 95": a rate is no count, and never adds to the count it is a rate of.
const RATE_ROW = /^(?:ty le|ti le)\b/u;

function rowFigure(label: string, heading: string, measure: string, terms: readonly IndicatorTerm[]): ReturnType<typeof matchLabel> {
  const found = labelFigure(label, heading, measure, terms);
  if (!found) return null;
  // "Quần chúng được học lớp … | Người" is no count of classes; a row whose label says another deed
  // than the figure's own is another figure's.
  const own = terms.find((t) => t.key === found.key && t.measure === true);
  if (own && measure !== '' && parseViNumber(measure) === null && !sameSort(measure, own.words.join(' '))) return null;
  return labelSaysOtherDeed(found.key, tokens(label), terms) ? null : found;
}

function labelFigure(label: string, heading: string, measure: string, terms: readonly IndicatorTerm[]): ReturnType<typeof matchLabel> {
  if (label === '' || tokens(label).length > LABEL_MAX_WORDS) return null;
  if (RATE_ROW.test(fold(label)) || measure.includes('%')) return null;
  // The label's "Số" left out: "Tập huấn, bồi dưỡng lớp", not "… Số lớp" (a short name of another figure).
  const withHeading = heading !== '' && isGeneric(label) ? matchLabel(`${heading} ${countedWords(label).join(' ')}`, terms, 0.8) : null;
  // "Tập huấn, bồi dưỡng" over "Số người": the trainees are no count of the classes the heading names.
  if (withHeading && !otherSortSaid(countedWords(label), withHeading.key, terms)) return withHeading;
  const byLabel = matchLabel(label, terms, 0.8);
  if (byLabel) return byLabel;
  // The label read as the words after a number, after its measure when a column gives it: "Lượt |
  // Đoàn viên tham dự", or "Tin, bài trên trang thông tin điện tử Công an tỉnh" on its own.
  const unit = measure === '' || parseViNumber(measure) !== null ? '' : moneyMeasure(measure) !== null ? MONEY_WORD : measure;
  return matchPhrase(tokens(`${unit} ${label}`), terms, 0.9) ?? matchHeadAndMeasure(label, measure, terms);
}

/** A figure column's number in the plan's measure: "Số tiền ủng hộ (tỷ đồng) | 0,45" is 450 in "triệu đồng". */
export function inColumnMeasure(value: number | null, column: Column, terms: readonly IndicatorTerm[]): number | null {
  return inPlanMeasure(value, bracketedIn(column.label), column.indicator ?? undefined, terms);
}

/** What a column header says in brackets ("Số tiền ủng hộ (tỷ đồng)"); empty when nothing. */
function bracketedIn(label: string): string {
  return /\(([^()\d]{1,20})\)/u.exec(label)?.[1] ?? '';
}

/** A row's sum of money in the plan's measure: "Tỷ đồng | 1,25" is 1.250 for a plan counting in "Triệu đồng". */
function inPlanMeasure(value: number | null, measure: string, key: string | undefined, terms: readonly IndicatorTerm[]): number | null {
  const planScale = value === null || key === undefined ? undefined : moneyScaleOf(key, terms);
  const rowScale = planScale === undefined ? null : moneyMeasure(measure);
  return value === null || planScale === undefined || rowScale === null ? value : rescaled(value, rowScale, planScale);
}

/** A total row states the unit's figure for the column, in the column's measure; it is checked, never added. */
function stateTotal(g: Grid, r: number, col: number, s: Sum | undefined, terms: readonly IndicatorTerm[]): void {
  const stated = s ? inPlanMeasure(numberAt(g, r, col), s.measure, s.key, terms) : null;
  if (stated === null || !s) return;
  // A sub-total ("Cộng") closes its group; the last total row is the table's.
  s.stated = { value: stated, row: r, col };
  s.since = 0;
}

function emit(g: Grid, s: Sum, out: ReportCollector): void {
  if (s.key === '' || (s.rows.length === 0 && s.stated === null)) return;
  const first = s.rows[0];
  const last = s.rows[s.rows.length - 1];
  const rowsSource = first === undefined || last === undefined ? '' : first === last ? g.source(first, s.col) : g.span(first, last, s.col);
  const cumulative = s.cumulative || undefined;
  if (s.stated === null) {
    out.addFigure({ indicatorKey: s.key, value: s.total, source: rowsSource, cumulative });
    return;
  }
  const statedSource = g.source(s.stated.row, s.stated.col);
  out.addFigure({ indicatorKey: s.key, value: s.stated.value, source: statedSource, cumulative });
  if (s.rows.length > 0 && Math.abs(s.stated.value - s.total) > 1e-9) {
    out.note(
      `Dòng tổng ${statedSource} ghi ${formatViNumber(s.stated.value)} nhưng các dòng ${rowsSource} cộng lại được ${formatViNumber(s.total)} (cột "${s.label}"); đã lấy số của đơn vị (${formatViNumber(s.stated.value)}), chênh ${formatViNumber(s.stated.value - s.total)}.`,
      'TOTAL_MISMATCH',
      `${statedSource}; ${rowsSource}`,
    );
  }
}

function rowStatus(g: Grid, h: TableHeader, r: number, resultText: string): { st: ProseStatus; col: number | null } | null {
  const status = h.columns.find((c) => c.role === 'status');
  const cell = status ? textAt(g, r, status) : '';
  const fromCell = cell !== '' ? statusInCell(cell) : null;
  if (fromCell && status) return { st: fromCell, col: status.col };
  const marks: Array<[Column['role'], ProseStatus['status']]> = [['markDone', 'done'], ['markProgress', 'in_progress'], ['markNot', 'not_done']];
  for (const [role, st] of marks) {
    const c = h.columns.find((x) => x.role === role);
    if (c && textAt(g, r, c) !== '') return { st: { status: st, certainty: 1, phrase: c.label }, col: c.col };
  }
  const prose = resultText !== '' ? statusInText(resultText) : null;
  return prose ? { st: { ...prose, certainty: prose.certainty * 0.9 }, col: null } : null;
}

/** A row of the table as an item's entry; returns its results' text, whose counts may be the figures. */
function readEntryRow(
  g: Grid,
  gc: GridContext,
  out: ReportCollector,
  h: TableHeader,
  r: number,
  cols: { code: Column | undefined; textCol: Column | undefined; figureCols: Column[] },
): { text: string; col: number } | null {
  const codeText = textAt(g, r, cols.code);
  const text = textAt(g, r, cols.textCol);
  const resultCols = h.columns.filter((c) => c.role === 'result');
  const result = resultCols.map((c) => textAt(g, r, c)).filter((t) => t !== '' && parseViNumber(t) === null);
  const said = result.length > 0 ? { text: result.join('. '), col: resultCols[0]?.col ?? 0 } : null;
  const note = h.columns.filter((c) => c.role === 'note').map((c) => textAt(g, r, c)).filter((t) => t !== '');
  const resultText = [...result, ...note.map((n) => `Ghi chú: ${n}`)].join(' ');
  const st = rowStatus(g, h, r, resultText);
  const hasFigures = cols.figureCols.some((c) => (numberAt(g, r, c.col) ?? 0) > 0);
  if (!st && resultText === '' && !hasFigures) return null; // a heading or a bare list line
  // A row in the unit's own words ("Phong trào thi đua Dân vận khéo" | "Công nhận 09 mô hình …"):
  // the task whose telling word pairs the row says, as for a clause of prose.
  const match = matchItemRow(codeText, text, gc.index) ?? (gc.topic !== undefined && text !== '' ? (itemsInClause(`${text} ${resultText}`, '', gc.index, gc.topic)[0] ?? null) : null);
  const where = g.source(r, cols.textCol?.col ?? cols.code?.col ?? 0);
  if (!match) {
    // Rows of bare figures (a breakdown by channel, by commune) are not items: only rows that report say so.
    if (text !== '' && (st !== null || resultText !== '')) out.note(`Dòng ${where} "${text.slice(0, 80)}" không khớp mục nào của kế hoạch; chưa lấy.`, 'UNMATCHED_ROW', where);
    return said;
  }
  // Results and figures without a status word: reported as carried out, with less certainty.
  const status = st?.st ?? { status: 'done' as const, certainty: 0.6, phrase: '' };
  const source = st?.col !== null && st?.col !== undefined ? g.source(r, st.col) : where;
  for (const task of match.tasks) {
    out.addEntry({
      itemCode: task.code,
      status: status.status,
      resultText: resultText || text,
      source,
      confidence: Math.round(match.confidence * status.certainty * 100) / 100,
    });
  }
  return said;
}
