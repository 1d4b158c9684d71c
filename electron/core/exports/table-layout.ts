// Fits an appendix table to the page: column widths from the text they hold, portrait or landscape,
// the table font size, and, when even a landscape line cannot hold every column, the split of the
// data columns into parts that each repeat the TT and Đơn vị columns. Pure: the text is measured
// with the report font's metrics, and every number comes from layout-settings.ts. The PDF and the
// Word document both lay out what this returns, so they break the same way.
import { LAYOUT, lineWidth, type Orientation } from './layout-settings';
import { wordWidths, wrappedLines, type TextMeasure } from './text-measure';

export type Fit = { orientation: Orientation; fontSize: number };

/** A cell to measure; null for one that spans columns (it wraps across them, so it sets no width). */
export type MeasuredCell = { text: string; bold?: boolean } | null;

/** Column 0 is the row number (TT), column 1 the unit name; the rest hold the data. */
export type TableText = { header: readonly string[]; rows: ReadonlyArray<readonly MeasuredCell[]> };

/** Columns (indexes into the table) and their widths in points, rules and cell padding included. */
export type TablePart = { columns: number[]; widths: number[] };
export type TableLayout = Fit & { parts: TablePart[] };

const A = LAYOUT.appendix;
const C = A.columns;
export const LEAD_COLUMNS = 2;

/** What a column adds around its text: padding on both sides and one rule. */
export function cellOverhead(): number {
  return 2 * A.cellPadding + A.ruleWidth;
}

/** Widths a column needs: at least `min`, best `ideal`; `roomy` keeps most unit names on one line. */
type Need = { min: number; ideal: number; roomy: number };

/** The narrowest width at which the words wrap into at most `maxLines` lines. */
function widthForLines(words: readonly number[], space: number, maxLines: number): number {
  if (words.length === 0) return 0;
  let lo = Math.max(...words);
  let hi = words.reduce((a, b) => a + b, 0) + space * (words.length - 1);
  if (wrappedLines(words, space, lo) <= maxLines) return lo;
  while (hi - lo > 0.25) {
    const mid = (lo + hi) / 2;
    if (wrappedLines(words, space, mid) <= maxLines) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** Min and ideal text widths of one column at a font size (before padding). */
function columnNeed(measure: TextMeasure, table: TableText, col: number, size: number): Need {
  const space = measure.width(' ', size);
  let min = 0;
  let ideal = 0;
  const lines: number[] = [];
  // A matrix column repeats a few marks 200 times: each distinct text is measured once.
  const seen = new Map<string, { min: number; ideal: number; oneLine: number } | null>();
  const add = (text: string, bold: boolean, header: boolean): void => {
    const key = `${header ? 'h' : bold ? 'b' : 'r'}${text}`;
    let need = seen.get(key);
    if (need === undefined) {
      const words = wordWidths(measure, text, size, bold);
      need = words.length === 0 ? null : needOf(words, space, col, header);
      seen.set(key, need);
    }
    if (need === null) return;
    min = Math.max(min, need.min);
    ideal = Math.max(ideal, need.ideal);
    if (col === 1) lines.push(need.oneLine);
  };
  add(table.header[col] ?? '', true, true);
  for (const row of table.rows) {
    const c = row[col];
    if (c) add(c.text, c.bold ?? false, false);
  }
  if (col === 1) min = Math.max(min, C.nameMinEm * size);
  if (col >= LEAD_COLUMNS) min = Math.max(min, C.dataMinEm * size);
  lines.sort((a, b) => a - b);
  const roomy = lines[Math.ceil(lines.length * C.nameOneLineShare) - 1] ?? 0;
  const extra = cellOverhead() + C.slack;
  return { min: min + extra, ideal: Math.max(min, ideal) + extra, roomy: Math.max(min, roomy) + extra };
}

/** What one cell's words ask of its column: row numbers never wrap, names and headers may. */
function needOf(words: readonly number[], space: number, col: number, header: boolean): { min: number; ideal: number; oneLine: number } {
  const oneLine = widthForLines(words, space, 1);
  if (col === 0) return { min: oneLine, ideal: oneLine, oneLine };
  if (col === 1) return { min: widthForLines(words, space, C.nameMaxLines), ideal: oneLine, oneLine };
  return { min: widthForLines(words, space, C.headerMaxLines), ideal: header ? widthForLines(words, space, C.headerIdealLines) : oneLine, oneLine };
}

/** Each column's need at a font size, measured once per table and size (layoutAt changes its copy). */
function needsOf(measure: TextMeasure, table: TableText): (size: number) => Need[] {
  const bySize = new Map<number, Need[]>();
  return (size) => {
    let needs = bySize.get(size);
    if (!needs) {
      needs = table.header.map((_, c) => columnNeed(measure, table, c, size));
      bySize.set(size, needs);
    }
    return needs.map((n) => ({ ...n }));
  };
}

/** Consecutive groups of data columns, each within `capacity`, as even as the fewest groups allow. */
function splitColumns(mins: readonly number[], capacity: number): number[][] {
  const pack = (limit: number): number[][] => {
    const groups: number[][] = [];
    let sum = Infinity;
    mins.forEach((w, i) => {
      if (sum + w > limit) {
        groups.push([]);
        sum = 0;
      }
      groups[groups.length - 1]?.push(i);
      sum += w;
    });
    return groups;
  };
  const fewest = pack(capacity).length;
  // The smallest per-part width that still needs no more parts evens them out (16 → 8 + 8, not 12 + 4).
  let lo = Math.max(0, ...mins);
  let hi = capacity;
  while (hi - lo > 0.5) {
    const mid = (lo + hi) / 2;
    if (pack(mid).length <= fewest) hi = mid;
    else lo = mid;
  }
  return pack(hi);
}

/** Widths of one part: minimums first, then the unit names, then the data columns, then an even share. */
function partWidths(needs: readonly Need[], columns: readonly number[], line: number): number[] {
  const n = columns.map((c) => needs[c] ?? { min: 0, ideal: 0, roomy: 0 });
  const widths = n.map((x) => x.min);
  let spare = line - widths.reduce((a, b) => a + b, 0);
  const grow = (i: number, upTo: number) => {
    const add = Math.max(0, Math.min(spare, upTo - (widths[i] ?? 0)));
    widths[i] = (widths[i] ?? 0) + add;
    spare -= add;
  };
  grow(1, Math.min(n[1]?.ideal ?? 0, line * C.nameMaxShare));
  const data = widths.map((_, i) => i).filter((i) => i >= LEAD_COLUMNS);
  const wants = data.map((i) => Math.max(0, (n[i]?.ideal ?? 0) - (widths[i] ?? 0)));
  const wanted = wants.reduce((a, b) => a + b, 0);
  if (wanted > 0) {
    const share = Math.min(1, spare / wanted);
    data.forEach((i, k) => grow(i, (widths[i] ?? 0) + (wants[k] ?? 0) * share));
  }
  grow(1, n[1]?.ideal ?? 0);
  // What is left spreads over the data columns, so the table spans the line as ruled tables do.
  const rest = spare / Math.max(data.length, 1);
  if (data.length) for (const i of data) widths[i] = (widths[i] ?? 0) + rest;
  else widths[1] = (widths[1] ?? 0) + spare;
  return widths.map((w) => Math.floor(w * 100) / 100);
}

/**
 * The layout at one page shape and font size. `roomyNames` holds the unit column at the width that
 * keeps most names on one line (LAYOUT.appendix.columns.nameOneLineShare); otherwise names may wrap.
 */
function layoutAt(needsAt: (size: number) => Need[], fit: Fit, roomyNames: boolean): TableLayout {
  const line = lineWidth(fit.orientation) - A.ruleWidth;
  const needs = needsAt(fit.fontSize);
  const name = needs[1];
  if (name) {
    if (roomyNames) name.min = Math.max(name.min, name.roomy);
    name.min = Math.min(name.min, line * C.nameMaxShare);
  }
  const capacity = line - (needs[0]?.min ?? 0) - (name?.min ?? 0);
  // A column wider than a whole part still has to fit: its header wraps further.
  for (const x of needs.slice(LEAD_COLUMNS)) x.min = Math.min(x.min, capacity);
  const mins = needs.slice(LEAD_COLUMNS).map((x) => x.min);
  const groups = mins.length ? splitColumns(mins, capacity) : [[]];
  const parts = groups.map((g) => {
    const columns = [0, 1, ...g.map((i) => i + LEAD_COLUMNS)];
    return { columns, widths: partWidths(needs, columns, line) };
  });
  return { ...fit, parts };
}

/**
 * The layout of a table, trying the page shapes and font sizes of LAYOUT.appendix.fits in order:
 * first one table with most unit names on one line, then one table with names wrapped, and only
 * then parts, on the landscape shape that needs the fewest (a portrait page is never split).
 */
export function layoutTable(measure: TextMeasure, table: TableText): TableLayout {
  const needsAt = needsOf(measure, table);
  for (const roomyNames of [true, false]) {
    for (const fit of A.fits) {
      const layout = layoutAt(needsAt, fit, roomyNames);
      if (layout.parts.length === 1) return layout;
    }
  }
  let best: TableLayout | null = null;
  for (const fit of A.fits.filter((f) => f.orientation === 'landscape')) {
    const layout = layoutAt(needsAt, fit, true);
    if (!best || layout.parts.length < best.parts.length) best = layout;
  }
  if (!best) throw new Error('LAYOUT.appendix.fits cần ít nhất một khổ ngang.');
  return best;
}
