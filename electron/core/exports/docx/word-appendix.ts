// The appendices as Word tables, one section each so a wide table can turn landscape; a table split
// into parts (appendix-layout.ts) prints each part after a page break, under its caption. Header
// rows repeat on every page and rows never split, as in the PDF (headerRows, dontBreakRows).
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
import type { AppendixLayout, AppendixPart } from '../appendix-layout';
import type { AppendixModel, CellAlign, ModelCell } from '../appendix-model';
import { LAYOUT } from '../layout-settings';
import { halfPoints, twip } from './word-geometry';
import { LEGEND_BULLETS, STYLE } from './word-styles';
import { run, styled } from './word-text';

const A = LAYOUT.appendix;
const ALIGN: Record<CellAlign, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
};
/** The rules the PDF's table layout draws (w:sz is in eighths of a point). */
const RULE = { style: BorderStyle.SINGLE, size: Math.round(A.ruleWidth * 8), color: '000000' } as const;
const BORDERS = { top: RULE, bottom: RULE, left: RULE, right: RULE, insideHorizontal: RULE, insideVertical: RULE };
const PADDING = twip(A.cellPadding);
const CELL_MARGINS = { top: PADDING, bottom: PADDING, left: PADDING, right: PADDING };

function wordCell(c: ModelCell, widths: number[], col: number, fontSize: number, keepNext: boolean): TableCell {
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
        keepNext: keepNext || undefined,
        children: [run(c.text, { bold: c.bold || undefined, italics: c.italics || undefined, size })],
      }),
    ],
  });
}

/** A row of model cells; the placeholders a spanning cell covers are skipped. */
/** `keepNext` holds the row on the page of the next row (or of the legend after the last). */
function wordRow(cells: ModelCell[], widths: number[], fontSize: number, keepNext = false): TableRow {
  const children: TableCell[] = [];
  for (let col = 0; col < cells.length; ) {
    const c = cells[col];
    if (!c) break;
    children.push(wordCell(c, widths, col, fontSize, keepNext));
    col += c.colSpan ?? 1;
  }
  return new TableRow({ cantSplit: true, children });
}

function headerRow(header: readonly string[], widths: number[], fontSize: number): TableRow {
  const size = fontSize === A.tableFontSize ? undefined : halfPoints(fontSize);
  return new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: header.map(
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

/**
 * Word's cell widths include the cell margins and rules, as the layout's widths do; twips round
 * down so the sum stays within the line. `keepWithLegend`: the last rows stay on the legend's page.
 */
function partTable(part: AppendixPart, fontSize: number, keepWithLegend: boolean): Table {
  const widths = part.widths.map((w) => Math.floor(w * 20));
  const total = widths.reduce((a, b) => a + b, 0);
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
    margins: CELL_MARGINS,
    rows: [
      headerRow(part.header, widths, fontSize),
      ...part.rows.map((r, i) => wordRow(r, widths, fontSize, keepWithLegend && i >= part.rows.length - A.legendKeepsRows)),
    ],
  });
}

function legend(model: AppendixModel): Paragraph[] {
  if (!model.legend) return [];
  const { marks, items } = model.legend;
  const out: Paragraph[] = [];
  if (marks.length) {
    out.push(
      new Paragraph({
        style: STYLE.legend,
        spacing: { before: twip(LAYOUT.word.legendSpaceBefore) },
        children: [run('Ghi chú: ', { bold: true }), run(`${marks.map((m) => `${m.mark}: ${m.meaning}`).join('; ')}.`)],
      }),
    );
  }
  if (items.length) {
    out.push(new Paragraph({ style: STYLE.legend, keepNext: true, children: [run('Nội dung nhiệm vụ:', { bold: true })] }));
    for (const item of items) {
      out.push(
        new Paragraph({
          style: STYLE.legend,
          numbering: { reference: LEGEND_BULLETS, level: 0 },
          children: [run(`${item.code}: `, { bold: true }), ...(item.reference ? [run(`(${item.reference}) `, { italics: true })] : []), run(item.text)],
        }),
      );
    }
  }
  return out;
}

/** The parts of the table; each after the first starts a new page under its caption. */
function partsContent(layout: AppendixLayout, hasLegend: boolean): Array<Paragraph | Table> {
  const out: Array<Paragraph | Table> = [];
  layout.parts.forEach((part, i) => {
    if (part.caption) {
      out.push(
        new Paragraph({
          style: STYLE.tableText,
          keepNext: true,
          pageBreakBefore: i > 0,
          spacing: { after: twip(LAYOUT.word.partCaptionSpaceAfter) },
          children: [run(part.caption, { italics: true, size: halfPoints(A.partCaptionFontSize) })],
        }),
      );
    } else if (i > 0) out.push(new Paragraph({ pageBreakBefore: true, children: [] }));
    out.push(partTable(part, layout.fontSize, hasLegend && i === layout.parts.length - 1));
  });
  return out;
}

/** One appendix: PHỤ LỤC n, its title, what report it is attached to, the table's parts and the legend. */
export function appendixContent(model: AppendixModel, layout: AppendixLayout): Array<Paragraph | Table> {
  return [
    styled(STYLE.appendixHeading, `PHỤ LỤC ${model.index}`),
    styled(STYLE.appendixHeading, model.title.toLocaleUpperCase('vi')),
    styled(STYLE.appendixNote, model.attachedLine),
    new Paragraph({ style: STYLE.rule, keepNext: true, spacing: { after: twip(LAYOUT.word.appendixRuleSpaceAfter) }, children: [run(LAYOUT.title.rule.text)] }),
    ...partsContent(layout, model.legend !== null),
    ...legend(model),
  ];
}
