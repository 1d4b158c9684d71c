// Pure: read a grid of cells (an Excel sheet, a Word table, tab-separated lines) as report tables:
// rows matched to plan items, figure columns summed, "Tổng cộng" rows checked, "Chỉ tiêu | Số liệu" rows.
import { fold, parseViNumber } from '../../../../shared/text';
import type { ReportCollector } from './collect';
import { findHeader, isColumnNumberRow } from './grid-columns';
import type { Column, TableHeader } from './grid-columns';
import { matchLabel } from './indicator-match';
import type { IndicatorTerm } from './indicator-match';
import { matchItemRow } from './item-match';
import type { ItemIndex } from './item-match';
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
export type GridContext = { index: ItemIndex; terms: IndicatorTerm[] };

// The whole label, so "Cộng tác viên" is not a total.
const TOTAL = /^(?:tong cong|cong|tong|tong so)(?: toan (?:tinh|huyen|don vi|bo)| chung)?$/u;
const numberAt = (g: Grid, r: number, c: number): number | null => {
  const v = g.value[r]?.[c];
  return typeof v === 'number' ? v : parseViNumber(v ?? null);
};
const textAt = (g: Grid, r: number, c: Column | undefined): string => (c === undefined ? '' : (g.text[r]?.[c.col] ?? ''));

type Sum = { total: number; since: number; rows: number[]; col: number; cumulative: boolean };

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
    const m = tokens(label).length <= 8 ? matchLabel(label, gc.terms, 0.8) : null;
    const hit = nums[0];
    if (m && hit && hit.n !== null && hit.c > labelCol) {
      out.addFigure({ indicatorKey: m.key, value: hit.n, source: g.source(r, hit.c), cumulative: /\bluy ke\b/u.test(fold(label)) || undefined });
    }
  }
}

function readTable(g: Grid, gc: GridContext, out: ReportCollector, h: TableHeader, end: number): void {
  const by = (role: Column['role']): Column | undefined => h.columns.find((c) => c.role === role);
  const code = by('code');
  const textCol = by('text') ?? h.columns.find((c) => c.role === null && c.indicator === null);
  const figureCols = h.columns.filter((c) => c.indicator !== null);
  const valueCol = by('value') ?? by('result');
  const sums = new Map<number, Sum>();
  for (const c of figureCols) sums.set(c.col, { total: 0, since: 0, rows: [], col: c.col, cumulative: c.cumulative });

  for (let r = h.row + h.rows; r < end; r++) {
    const row = g.text[r] ?? [];
    if (row.every((c) => c === '') || isColumnNumberRow(row)) continue;
    const label = textAt(g, r, code) || textAt(g, r, textCol) || (row.find((c) => c !== '') ?? '');
    if (TOTAL.test(fold(label))) {
      checkTotal(g, r, figureCols, sums, out);
      continue;
    }
    for (const c of figureCols) {
      const n = numberAt(g, r, c.col);
      const s = sums.get(c.col);
      if (n === null || !s) continue;
      s.total += n;
      s.since += n;
      s.rows.push(r);
    }
    const rowText = textAt(g, r, textCol);
    const kv = rowText !== '' && tokens(rowText).length <= 8 ? matchLabel(rowText, gc.terms, 0.8) : null;
    const kvValue = valueCol ? numberAt(g, r, valueCol.col) : null;
    if (kv && kvValue !== null && valueCol && !by('status')) {
      out.addFigure({ indicatorKey: kv.key, value: kvValue, source: g.source(r, valueCol.col), cumulative: valueCol.cumulative || undefined });
      continue;
    }
    readEntryRow(g, gc, out, h, r, { code, textCol, figureCols });
  }
  for (const c of figureCols) {
    const s = sums.get(c.col);
    if (!s || s.rows.length === 0 || c.indicator === null) continue;
    const first = s.rows[0] as number;
    const last = s.rows[s.rows.length - 1] as number;
    const source = s.rows.length === 1 ? g.source(first, c.col) : g.span(first, last, c.col);
    out.addFigure({ indicatorKey: c.indicator, value: s.total, source, cumulative: c.cumulative || undefined });
  }
}

function checkTotal(g: Grid, r: number, cols: Column[], sums: Map<number, Sum>, out: ReportCollector): void {
  for (const c of cols) {
    const stated = numberAt(g, r, c.col);
    const s = sums.get(c.col);
    if (stated === null || !s) continue;
    // A sub-total ("Cộng") adds the rows since the previous total; a grand total adds them all.
    if (Math.abs(stated - s.since) > 1e-9 && Math.abs(stated - s.total) > 1e-9) {
      out.warn(`Dòng tổng ${g.source(r, c.col)} ghi ${stated} nhưng các dòng trên cộng lại được ${s.since === s.total ? s.total : `${s.since} (từ dòng tổng trước) hoặc ${s.total}`} (cột "${c.label}"); đã lấy tổng các dòng.`);
    }
    s.since = 0;
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

function readEntryRow(
  g: Grid,
  gc: GridContext,
  out: ReportCollector,
  h: TableHeader,
  r: number,
  cols: { code: Column | undefined; textCol: Column | undefined; figureCols: Column[] },
): void {
  const codeText = textAt(g, r, cols.code);
  const text = textAt(g, r, cols.textCol);
  const result = h.columns.filter((c) => c.role === 'result').map((c) => textAt(g, r, c)).filter((t) => t !== '' && parseViNumber(t) === null);
  const note = h.columns.filter((c) => c.role === 'note').map((c) => textAt(g, r, c)).filter((t) => t !== '');
  const resultText = [...result, ...note.map((n) => `Ghi chú: ${n}`)].join(' ');
  const st = rowStatus(g, h, r, resultText);
  const hasFigures = cols.figureCols.some((c) => (numberAt(g, r, c.col) ?? 0) > 0);
  if (!st && resultText === '' && !hasFigures) return; // a heading or a bare list line
  const match = matchItemRow(codeText, text, gc.index);
  const where = g.source(r, cols.textCol?.col ?? cols.code?.col ?? 0);
  if (!match) {
    // Rows of bare figures (a breakdown by channel, by commune) are not items: only rows that report say so.
    if (text !== '' && (st !== null || resultText !== '')) out.warn(`Dòng ${where} "${text.slice(0, 80)}" không khớp mục nào của kế hoạch; chưa lấy.`);
    return;
  }
  // Results and figures without a status word: reported as carried out, with less certainty.
  const status = st?.st ?? { status: 'done' as const, certainty: 0.6, phrase: '' };
  const source = st?.col !== null && st?.col !== undefined ? g.source(r, st.col) : where;
  out.addEntry({
    itemCode: match.item.code,
    status: status.status,
    resultText: resultText || text,
    source,
    confidence: Math.round(match.confidence * status.certainty * 100) / 100,
  });
}
