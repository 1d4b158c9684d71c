// Appendix tables of the consolidated report as pdfmake content: figures per unit, item statuses
// per unit, and the units that reported late or not at all. Each appendix starts on its own page,
// portrait or landscape as its table needs, split into parts when even landscape is too narrow.
// What they say comes from appendix-model.ts, how they fit from appendix-layout.ts; both are
// shared with the Word document.
import type { Content, TableCell } from 'pdfmake/interfaces';
import { layoutAppendix, pdfmakeWidths, type AppendixPart } from './appendix-layout';
import { appendixModels, type AppendixInput, type AppendixModel, type ModelCell } from './appendix-model';
import { LAYOUT } from './layout-settings';
import { KEEP_WITH_NEXT } from './page-keeping';
import type { TextMeasure } from './text-measure';

export { STATUS_MARKS, type AppendixInput, type UnitFigures } from './appendix-model';

/** Registered by the renderer (pdf-render.ts): thin rules and roomier cells than pdfmake's default. */
export const TABLE_LAYOUT_NAME = 'partyTable';

const A = LAYOUT.appendix;

function headerCell(text: string): TableCell {
  return { text, bold: true, fillColor: A.headerFill };
}

/**
 * A centred plain cell is its bare text: the table carries the size and the centring, so pdfmake
 * has no style object to read for each of a matrix's 16 000 marks.
 */
function pdfCell(c: ModelCell): TableCell {
  if (c.align === 'center' && !c.bold && !c.italics && !c.colSpan) return c.text;
  const out: TableCell = { text: c.text, alignment: c.align };
  if (c.bold) out.bold = true;
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

/** A table of the part's rows; `ids` name its last unit row and its totals row for the renderer. */
function table(part: AppendixPart, rows: ModelCell[][], fontSize: number, ids: { row?: string; total?: string } = {}): Content {
  const body = rows.map((r) => r.map((c) => pdfCell(c)));
  const name = (row: TableCell[] | undefined, col: number, id: string | undefined) => {
    const cell = row?.[col];
    if (!id || !row || cell === undefined) return;
    if (typeof cell === 'string') row[col] = { text: cell, id };
    else if (cell && typeof cell === 'object' && !Array.isArray(cell)) Object.assign(cell, { id });
  };
  // The TT cell of the last unit row, the label cell of the totals row (empty cells are not placed).
  name(body[body.length - (part.hasSummary ? 2 : 1)], 0, ids.row);
  if (part.hasSummary) name(body[body.length - 1], 1, ids.total);
  return {
    // A row of one line cannot split across pages. Keeping rows whole makes pdfmake lay each row out
    // apart and copy it onto the page, so it is asked for only when some row wraps.
    table: { headerRows: 1, dontBreakRows: part.rowsWrap, widths: pdfmakeWidths(part.widths), body: [part.header.map((h) => headerCell(h)), ...body] },
    layout: TABLE_LAYOUT_NAME,
    fontSize,
    alignment: 'center',
  };
}

/**
 * The end of a table part: its last unit row, its totals row and (last part) the legend under it.
 * The renderer reports on which page each landed; when they part, the table's last rows are laid
 * out again in one block with what follows them, so neither totals nor legend start a page alone.
 */
type TailMark = 'row' | 'total' | 'legend';

function tailId(appendix: number, part: number, mark: TailMark): string {
  return `appendix-${appendix}-part-${part}-${mark}`;
}

/** "1.0" (appendix 1, first part) for an id of a table's end, null for any other id. */
export function tailKey(id: string): string | null {
  const m = /^appendix-(\d+)-part-(\d+)-(row|total|legend)$/.exec(id);
  return m ? `${m[1]}.${m[2]}` : null;
}

/** What goes under the table: the marks line, then the items' text. */
function legend(model: AppendixModel): { marks: Content[]; items: Content[] } {
  const out = { marks: [] as Content[], items: [] as Content[] };
  if (!model.legend) return out;
  const { marks, items } = model.legend;
  if (marks.length) {
    out.marks.push({
      text: [{ text: 'Ghi chú: ', bold: true }, `${marks.map((m) => `${m.mark}: ${m.meaning}`).join('; ')}.`],
      fontSize: A.legendFontSize,
      margin: [0, 6, 0, 2],
    });
  }
  if (items.length) {
    out.items.push({ text: 'Nội dung nhiệm vụ:', bold: true, fontSize: A.legendFontSize, margin: [0, 2, 0, 0], headlineLevel: KEEP_WITH_NEXT });
    out.items.push({
      ul: items.map((i) => ({ text: [{ text: `${i.code}: `, bold: true }, ...(i.reference ? [{ text: `(${i.reference}) `, italics: true }] : []), i.text] })),
      fontSize: A.legendFontSize,
      alignment: 'justify',
    });
  }
  return out;
}

/** The table's parts, each after the first on a page of its own, and the legend under the last. */
function tableAndLegend(model: AppendixModel, measure: TextMeasure, keepTails: ReadonlySet<string>): { orientation: 'portrait' | 'landscape'; content: Content[] } {
  const layout = layoutAppendix(model, measure);
  const { marks, items } = legend(model);
  const content: Content[] = [];
  layout.parts.forEach((part, i) => {
    if (part.caption) {
      content.push({
        text: part.caption,
        italics: true,
        fontSize: A.partCaptionFontSize,
        margin: [0, 0, 0, 4],
        headlineLevel: KEEP_WITH_NEXT,
        ...(i > 0 ? { pageBreak: 'before' as const } : {}),
      });
    }
    const under = i === layout.parts.length - 1 ? marks : [];
    if (keepTails.has(`${model.index}.${i}`)) {
      const moved = Math.min(part.rows.length, A.legendKeepsRows);
      if (moved < part.rows.length) content.push(table(part, part.rows.slice(0, -moved), layout.fontSize));
      content.push({ stack: [table(part, part.rows.slice(-moved), layout.fontSize), ...under], unbreakable: true });
      return;
    }
    content.push(table(part, part.rows, layout.fontSize, { row: tailId(model.index, i, 'row'), total: tailId(model.index, i, 'total') }));
    const first = under[0];
    if (first && typeof first === 'object' && !Array.isArray(first)) Object.assign(first, { id: tailId(model.index, i, 'legend') });
    content.push(...under);
  });
  content.push(...items);
  return { orientation: layout.orientation, content };
}

/** Table parts ("1.0": appendix 1, first part) whose last rows go in one block with what follows them. */
export type AppendixOptions = { keepTails?: ReadonlySet<string> };

/** The three appendices, each on pages of the shape its table needs. */
export function buildAppendices(input: AppendixInput, measure: TextMeasure, opts: AppendixOptions = {}): Content[] {
  return appendixModels(input).map((model): Content => {
    const { orientation, content } = tableAndLegend(model, measure, opts.keepTails ?? new Set());
    return { stack: [...appendixHeading(model), ...content], pageBreak: 'before', pageOrientation: orientation };
  });
}
