// Appendix tables of the consolidated report as pdfmake content: figures per unit, item statuses
// per unit, and the units that reported late or not at all. Each appendix starts on its own page.
// What they say comes from appendix-model.ts, shared with the Word and Excel outputs.
import type { Content, TableCell } from 'pdfmake/interfaces';
import {
  appendixColumnWidths,
  appendixFontSize,
  appendixModels,
  type AppendixInput,
  type AppendixModel,
  type ModelCell,
} from './appendix-model';
import { LAYOUT } from './layout-settings';

export { STATUS_MARKS, type AppendixInput, type UnitFigures } from './appendix-model';

/** Registered by the renderer (pdf-render.ts): thin rules and roomier cells than pdfmake's default. */
export const TABLE_LAYOUT_NAME = 'partyTable';

const A = LAYOUT.appendix;

function headerCell(text: string, fontSize: number): TableCell {
  return { text, bold: true, alignment: 'center', fontSize, fillColor: A.headerFill };
}

function pdfCell(c: ModelCell, fontSize: number): TableCell {
  const out: TableCell = { text: c.text, fontSize, alignment: c.align, bold: c.bold ?? false };
  if (c.italics) out.italics = true;
  if (c.colSpan) out.colSpan = c.colSpan;
  return out;
}

function appendixHeading(model: AppendixModel): Content[] {
  return [
    { text: `PHỤ LỤC ${model.index}`, fontSize: A.heading.fontSize, bold: true, alignment: 'center' },
    { text: model.title.toLocaleUpperCase('vi'), fontSize: A.title.fontSize, bold: true, alignment: 'center' },
    { text: model.attachedLine, fontSize: A.attachedTo.fontSize, italics: true, alignment: 'center' },
    { text: LAYOUT.title.rule.text, alignment: 'center', margin: [0, 0, 0, 8] },
  ];
}

function table(model: AppendixModel): Content {
  const fs = appendixFontSize(model);
  const rows = model.summaryRow ? [...model.rows, model.summaryRow] : model.rows;
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: appendixColumnWidths(model),
      body: [model.header.map((h) => headerCell(h, fs)), ...rows.map((r) => r.map((c) => pdfCell(c, fs)))],
    },
    layout: TABLE_LAYOUT_NAME,
  };
}

function legend(model: AppendixModel): Content[] {
  if (!model.legend) return [];
  const out: Content[] = [
    { text: [{ text: 'Ghi chú: ', bold: true }, model.legend.marks], fontSize: A.legendFontSize, margin: [0, 6, 0, 2] },
  ];
  if (model.legend.items.length) {
    out.push({ text: 'Nội dung nhiệm vụ:', bold: true, fontSize: A.legendFontSize, margin: [0, 2, 0, 0] });
    out.push({
      ul: model.legend.items.map((i) => ({ text: [{ text: `${i.code}: `, bold: true }, i.text] })),
      fontSize: A.legendFontSize,
      alignment: 'justify',
    });
  }
  return out;
}

/** The three appendices; the status matrix turns landscape when it has many item columns. */
export function buildAppendices(input: AppendixInput): Content[] {
  return appendixModels(input).map(
    (model): Content => ({
      stack: [...appendixHeading(model), table(model), ...legend(model)],
      pageBreak: 'before',
      pageOrientation: model.landscape ? 'landscape' : 'portrait',
    }),
  );
}
