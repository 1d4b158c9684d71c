// An appendix table cut to the page: the model's columns grouped into the parts table-layout.ts
// chose, each part with its own header, rows, totals and widths, and a caption when there are
// several. The PDF and the Word document print these parts as they are.
import type { AppendixModel, ModelCell } from './appendix-model';
import type { Orientation } from './layout-settings';
import { LEAD_COLUMNS, cellOverhead, layoutTable } from './table-layout';
import type { TextMeasure } from './text-measure';

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

export function layoutAppendix(model: AppendixModel, measure: TextMeasure): AppendixLayout {
  const rows = model.summaryRow ? [...model.rows, model.summaryRow] : model.rows;
  const layout = layoutTable(measure, {
    header: model.header,
    rows: rows.map((r) => r.map((c) => ((c.colSpan ?? 1) > 1 ? null : { text: c.text, bold: c.bold }))),
  });
  return {
    orientation: layout.orientation,
    fontSize: layout.fontSize,
    parts: layout.parts.map((part, i) => ({
      caption: caption(model, i, layout.parts.length, part.columns),
      header: part.columns.map((c) => model.header[c] ?? ''),
      rows: rows.map((r) => sliceRow(r, part.columns)),
      hasSummary: model.summaryRow !== null,
      widths: part.widths,
    })),
  };
}
