// The appendices as Word tables, one section each so the wide status matrix can turn landscape.
// Header rows repeat on every page and rows never split, as in the PDF (headerRows, dontBreakRows).
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlign,
  WidthType,
} from 'docx';
import { appendixColumnWidths, appendixFontSize, type AppendixModel, type CellAlign, type ModelCell } from '../appendix-model';
import { LAYOUT } from '../layout-settings';
import { contentWidth, halfPoints, resolveWidths, twip } from './word-geometry';
import { LEGEND_BULLETS, STYLE } from './word-styles';
import { run, styled } from './word-text';

const A = LAYOUT.appendix;
const ALIGN: Record<CellAlign, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
};
/** 0.5 pt rules, as the PDF's table layout draws (w:sz is in eighths of a point). */
const RULE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const BORDERS = { top: RULE, bottom: RULE, left: RULE, right: RULE, insideHorizontal: RULE, insideVertical: RULE };
const PADDING = twip(A.cellPadding);
const CELL_MARGINS = { top: PADDING, bottom: PADDING, left: PADDING, right: PADDING };

function wordCell(c: ModelCell, widths: number[], col: number, fontSize: number): TableCell {
  const span = c.colSpan ?? 1;
  const width = widths.slice(col, col + span).reduce((a, b) => a + b, 0);
  const size = fontSize === A.tableFontSize ? undefined : halfPoints(fontSize);
  return new TableCell({
    columnSpan: span > 1 ? span : undefined,
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    children: [
      new Paragraph({
        style: STYLE.tableText,
        alignment: ALIGN[c.align],
        children: [run(c.text, { bold: c.bold || undefined, italics: c.italics || undefined, size })],
      }),
    ],
  });
}

/** A row of model cells; the placeholders a spanning cell covers are skipped. */
function wordRow(cells: ModelCell[], widths: number[], fontSize: number): TableRow {
  const children: TableCell[] = [];
  for (let col = 0; col < cells.length; ) {
    const c = cells[col];
    if (!c) break;
    children.push(wordCell(c, widths, col, fontSize));
    col += c.colSpan ?? 1;
  }
  return new TableRow({ cantSplit: true, children });
}

function headerRow(model: AppendixModel, widths: number[], fontSize: number): TableRow {
  const size = fontSize === A.tableFontSize ? undefined : halfPoints(fontSize);
  return new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: model.header.map(
      (text, col) =>
        new TableCell({
          width: { size: widths[col] ?? 0, type: WidthType.DXA },
          verticalAlign: VerticalAlign.CENTER,
          shading: { type: ShadingType.CLEAR, color: 'auto', fill: A.headerFill.replace('#', '').toUpperCase() },
          children: [new Paragraph({ style: STYLE.tableHeading, children: [run(text, { size })] })],
        }),
    ),
  });
}

function appendixTable(model: AppendixModel): Table {
  const total = contentWidth(model.landscape);
  const widths = resolveWidths(appendixColumnWidths(model), total);
  const fontSize = appendixFontSize(model);
  const rows = model.summaryRow ? [...model.rows, model.summaryRow] : model.rows;
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
    margins: CELL_MARGINS,
    rows: [headerRow(model, widths, fontSize), ...rows.map((r) => wordRow(r, widths, fontSize))],
  });
}

function legend(model: AppendixModel): Paragraph[] {
  if (!model.legend) return [];
  const out = [
    new Paragraph({
      style: STYLE.legend,
      spacing: { before: twip(LAYOUT.word.legendSpaceBefore) },
      children: [run('Ghi chú: ', { bold: true }), run(model.legend.marks)],
    }),
  ];
  if (model.legend.items.length) {
    out.push(styled(STYLE.legend, 'Nội dung nhiệm vụ:', { bold: true }));
    for (const item of model.legend.items) {
      out.push(new Paragraph({ style: STYLE.legend, numbering: { reference: LEGEND_BULLETS, level: 0 }, children: [run(`${item.code}: `, { bold: true }), run(item.text)] }));
    }
  }
  return out;
}

/** One appendix: PHỤ LỤC n, its title, what report it is attached to, the table and the legend. */
export function appendixContent(model: AppendixModel): Array<Paragraph | Table> {
  return [
    styled(STYLE.appendixHeading, `PHỤ LỤC ${model.index}`),
    styled(STYLE.appendixHeading, model.title.toLocaleUpperCase('vi')),
    styled(STYLE.appendixNote, model.attachedLine),
    new Paragraph({ style: STYLE.rule, spacing: { after: twip(LAYOUT.word.appendixRuleSpaceAfter) }, children: [run(LAYOUT.title.rule.text)] }),
    appendixTable(model),
    ...legend(model),
  ];
}
