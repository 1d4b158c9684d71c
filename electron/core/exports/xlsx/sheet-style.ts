// Shared look of the appendix sheets: Times New Roman, thin rules, a grey header row, the PHỤ LỤC
// title block, and a print setup that puts each sheet on A4 landscape, one page wide.
import type ExcelJS from 'exceljs';
import type { AppendixModel, CellAlign } from '../appendix-model';
import { LAYOUT } from '../layout-settings';
import { setText } from './safe-text';

const X = LAYOUT.xlsx;
const THIN: ExcelJS.Border = { style: 'thin', color: { argb: 'FF000000' } };
export const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** Rows taken by the title block; the table header row comes right after. */
export const TITLE_ROWS = 4;
export const HEADER_ROW = TITLE_ROWS + 1;

export function font(opts: Partial<ExcelJS.Font> = {}, size: number = X.fontSize): Partial<ExcelJS.Font> {
  return { name: X.font, size, ...opts };
}

/** A text cell of the table body: font, rules, alignment; long names wrap. */
export function styleCell(cell: ExcelJS.Cell, align: CellAlign, bold = false, italic = false): void {
  cell.font = font({ bold, italic });
  cell.border = BORDER;
  cell.alignment = { horizontal: align, vertical: 'middle', wrapText: true };
}

/** PHỤ LỤC n, the title in capitals and the "(Kèm theo Báo cáo …)" line, centred across the table. */
export function writeTitle(ws: ExcelJS.Worksheet, model: AppendixModel, columns: number): void {
  const lines: Array<[string, Partial<ExcelJS.Font>]> = [
    [`PHỤ LỤC ${model.index}`, font({ bold: true }, X.titleFontSize)],
    [model.title.toLocaleUpperCase('vi'), font({ bold: true }, X.titleFontSize)],
    [model.attachedLine, font({ italic: true })],
  ];
  lines.forEach(([text, f], i) => {
    const row = i + 1;
    ws.mergeCells(row, 1, row, columns);
    const cell = ws.getCell(row, 1);
    setText(cell, text);
    cell.font = f;
    cell.alignment = { horizontal: 'center', vertical: 'middle' };
  });
}

export function writeHeader(ws: ExcelJS.Worksheet, header: readonly string[]): void {
  const row = ws.getRow(HEADER_ROW);
  header.forEach((text, i) => {
    const cell = row.getCell(i + 1);
    setText(cell, text);
    cell.font = font({ bold: true });
    cell.border = BORDER;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: X.headerFill } };
  });
}

/** Freeze the header and the TT/Đơn vị columns; print A4 landscape, one page wide, header row on every page. */
export function setupSheet(ws: ExcelJS.Worksheet, widths: readonly number[]): void {
  ws.columns = widths.map((width) => ({ width }));
  ws.views = [{ state: 'frozen', xSplit: 2, ySplit: HEADER_ROW, topLeftCell: `C${HEADER_ROW + 1}`, activeCell: `C${HEADER_ROW + 1}` }];
  const m = LAYOUT.margins;
  ws.pageSetup = {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
    margins: {
      left: m.left / 72,
      right: m.right / 72,
      top: m.top / 72,
      bottom: m.bottom / 72,
      header: X.printHeaderFooter,
      footer: X.printHeaderFooter,
    },
  };
  // HD 36 numbers pages at the top centre.
  ws.headerFooter = { oddHeader: '&C&"Times New Roman"&12&P' };
}
