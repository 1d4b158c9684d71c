// An appendix table cut to the page: the model's columns grouped into the parts table-layout.ts
// chose, each part with its own header, rows, totals and widths, and a caption when there are
// several. The PDF and the Word document print these parts as they are.
import type { AppendixModel, ModelCell } from './appendix-model';
import type { Orientation } from './layout-settings';
import { LEAD_COLUMNS, cellOverhead, layoutTable } from './table-layout';
import { wordWidths, wrappedLines, type TextMeasure } from './text-measure';

export type AppendixPart = {
  /** "Phần 2/2 (chỉ tiêu 9–16)" when the table is split, else null. */
  caption: string | null;
  header: string[];
  /** The unit rows, then the summary row when the model has one. */
  rows: ModelCell[][];
  /** Whether the last row is the model's summary row (printed bold, never separated from the table). */
  hasSummary: boolean;
  /** Column widths in points, rules and padding included (Word's cell widths). */
  widths: number[];
  /** Whether some row's text takes two lines or more at these widths (a row of one line cannot split across pages). */
  rowsWrap: boolean;
};

export type AppendixLayout = { orientation: Orientation; fontSize: number; parts: AppendixPart[] };

/** pdfmake's widths leave out cell padding and rules; Word's include them. */
export function pdfmakeWidths(widths: readonly number[]): number[] {
  return widths.map((w) => Math.floor((w - cellOverhead()) * 100) / 100);
}

/** The cells of `row` in `columns`; a spanning cell keeps only the columns the part still has next to it. */
function sliceRow(row: readonly ModelCell[], columns: readonly number[]): ModelCell[] {
  return columns.map((col, k) => {
    const c = row[col] ?? { text: '', align: 'left' };
    const span = c.colSpan ?? 1;
    if (span <= 1) return c;
    let kept = 1;
    while (kept < span && columns[k + kept] === col + kept) kept++;
    return kept > 1 ? { ...c, colSpan: kept } : { ...c, colSpan: undefined };
  });
}

function caption(model: AppendixModel, index: number, count: number, columns: readonly number[]): string | null {
  if (count <= 1) return null;
  const data = columns.filter((c) => c >= LEAD_COLUMNS).map((c) => c - LEAD_COLUMNS + 1);
  const first = data[0] ?? 1;
  const last = data[data.length - 1] ?? first;
  const range = first === last ? `${first}` : `${first}–${last}`;
  return `Phần ${index + 1}/${count} (${model.columnNoun} ${range})`;
}

/** Whether a cell of these rows wraps at its column's width, each distinct text measured once per column. */
function anyRowWraps(rows: readonly ModelCell[][], widths: readonly number[], measure: TextMeasure, fontSize: number): boolean {
  const space = measure.width(' ', fontSize);
  const text = pdfmakeWidths(widths);
  return text.some((width, col) => {
    const seen = new Set<string>();
    return rows.some((row) => {
      const c = row[col];
      if (!c) return false;
      // A cell spanning columns is laid out across them: kept whole, as if it wrapped.
      if ((c.colSpan ?? 1) > 1) return true;
      const key = `${c.bold ? 'b' : 'r'}${c.text}`;
      if (seen.has(key)) return false;
      seen.add(key);
      // A line break typed into the cell (Alt+Enter in a directory's Excel) is a second line too.
      return /[\r\n]/.test(c.text) || wrappedLines(wordWidths(measure, c.text, fontSize, c.bold ?? false), space, width) > 1;
    });
  });
}

export function layoutAppendix(model: AppendixModel, measure: TextMeasure): AppendixLayout {
  const rows = model.summaryRow ? [...model.rows, model.summaryRow] : model.rows;
  const layout = layoutTable(measure, {
    header: model.header,
    rows: rows.map((r) => r.map((c) => ((c.colSpan ?? 1) > 1 ? null : { text: c.text, bold: c.bold }))),
  });
  return {
    orientation: layout.orientation,
    fontSize: layout.fontSize,
    parts: layout.parts.map((part, i) => {
      const sliced = rows.map((r) => sliceRow(r, part.columns));
      return {
        caption: caption(model, i, layout.parts.length, part.columns),
        header: part.columns.map((c) => model.header[c] ?? ''),
        rows: sliced,
        hasSummary: model.summaryRow !== null,
        widths: part.widths,
        rowsWrap: anyRowWraps(sliced, part.widths, measure, layout.fontSize),
      };
    }),
  };
}
