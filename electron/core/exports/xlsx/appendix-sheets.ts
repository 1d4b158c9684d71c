// One worksheet per appendix, from the same model as the PDF and Word tables. Figures stay numbers
// (formatted '#,##0') and the totals row sums them with real formulas, so a specialist who corrects
// a unit's figure in Excel sees the total follow.
import type ExcelJS from 'exceljs';
import { CELL_STATUS_LABELS } from '../../../../shared/labels';
import type { AppendixKind, AppendixModel, ModelCell } from '../appendix-model';
import { LAYOUT } from '../layout-settings';
import { setText } from './safe-text';
import { HEADER_ROW, font, setupSheet, styleCell, writeHeader, writeTitle } from './sheet-style';

const X = LAYOUT.xlsx;
const W = X.columnWidths;

/** Sheet names are capped at 31 characters by Excel, so the third one is shortened. */
const SHEET_SUFFIX: Record<AppendixKind, string> = {
  figures: 'Số liệu',
  matrix: 'Nhiệm vụ',
  lateMissing: 'Chưa gửi, trễ hạn',
};

export function sheetName(model: AppendixModel): string {
  return `Phụ lục ${model.index} - ${SHEET_SUFFIX[model.kind]}`;
}

function columnLetter(col: number): string {
  let n = col;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Writes one model cell: a number with the thousands format, a status as its Vietnamese label, or text. */
function writeCell(cell: ExcelJS.Cell, c: ModelCell): void {
  if (c.value !== undefined) {
    cell.value = c.value;
    cell.numFmt = X.numberFormat;
  } else {
    setText(cell, c.status ? CELL_STATUS_LABELS[c.status] : c.text);
  }
  styleCell(cell, c.align, c.bold, c.italics);
}

function writeRow(ws: ExcelJS.Worksheet, rowNumber: number, cells: readonly ModelCell[]): void {
  const row = ws.getRow(rowNumber);
  cells.forEach((c, i) => writeCell(row.getCell(i + 1), c));
  cells.forEach((c, i) => {
    if ((c.colSpan ?? 1) > 1) ws.mergeCells(rowNumber, i + 1, rowNumber, i + (c.colSpan ?? 1));
  });
}

/** Totals as SUM over the unit rows, with the computed result cached for readers that do not recalculate. */
function writeTotals(ws: ExcelJS.Worksheet, model: AppendixModel, rowNumber: number): void {
  const summary = model.summaryRow ?? [];
  const first = HEADER_ROW + 1;
  const last = HEADER_ROW + model.rows.length;
  summary.forEach((c, i) => {
    const cell = ws.getRow(rowNumber).getCell(i + 1);
    if (c.value !== undefined && model.rows.length > 0) {
      const result = model.rows.reduce((sum, r) => sum + (r[i]?.value ?? 0), 0);
      const col = columnLetter(i + 1);
      cell.value = { formula: `SUM(${col}${first}:${col}${last})`, result };
      cell.numFmt = X.numberFormat;
      styleCell(cell, c.align, true);
    } else {
      writeCell(cell, c);
    }
  });
}

function writeNotes(ws: ExcelJS.Worksheet, startRow: number, columns: number, lines: Array<[string, boolean]>): void {
  lines.forEach(([text, bold], i) => {
    const row = startRow + i;
    ws.mergeCells(row, 1, row, columns);
    const cell = ws.getCell(row, 1);
    setText(cell, text);
    cell.font = font({ bold }, X.noteFontSize);
    cell.alignment = { horizontal: 'left', vertical: 'top', wrapText: true };
  });
}

function widths(model: AppendixModel): number[] {
  const extra = model.header.length - 2;
  if (model.kind === 'figures') return [W.number, W.unit, ...Array.from({ length: extra }, () => W.figure)];
  if (model.kind === 'matrix') return [W.number, W.unit, ...Array.from({ length: extra }, () => W.status)];
  return [W.number, W.unit, W.state, W.note];
}

/** Adds the appendix as a formatted sheet. */
export function addAppendixSheet(wb: ExcelJS.Workbook, model: AppendixModel): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(sheetName(model));
  const columns = model.header.length;
  setupSheet(ws, widths(model));
  writeTitle(ws, model, columns);
  writeHeader(ws, model.header);
  model.rows.forEach((cells, i) => writeRow(ws, HEADER_ROW + 1 + i, cells));
  let next = HEADER_ROW + 1 + model.rows.length;
  if (model.summaryRow) {
    if (model.kind === 'figures') writeTotals(ws, model, next);
    else writeRow(ws, next, model.summaryRow);
    next += 1;
  }
  if (model.legend) {
    const lines: Array<[string, boolean]> = [];
    // The matrix sheet spells statuses out in words; the figures sheet keeps its marks, so they are explained.
    const marks = model.kind === 'figures' ? model.legend.marks : [];
    if (marks.length) lines.push([`Ghi chú: ${marks.map((m) => `${m.mark}: ${m.meaning}`).join('; ')}.`, false]);
    if (model.legend.items.length) {
      lines.push(['Nội dung nhiệm vụ:', true], ...model.legend.items.map((i): [string, boolean] => [`${i.code}: ${i.text}`, false]));
    }
    writeNotes(ws, next + 1, columns, lines);
  }
  return ws;
}
