// A free-form .xlsx report (not the app's template): each sheet becomes a grid, the cells above the
// first table are the header block, the tables are read by grid-table.
import type ExcelJS from 'exceljs';
import { cellNumber, cellText } from '../../xlsx/cell-text';
import type { NormalizedReport, ReaderContext } from '../normalized-report';
import { ReportCollector } from './collect';
import { detectReport } from './detect-report';
import { findHeader } from './grid-columns';
import { readGrid } from './grid-table';
import type { Grid } from './grid-table';
import { indicatorTerms } from './indicator-match';
import { itemIndex } from './item-match';
import { finish } from './narrative-report';

// Bounds so a sheet with a stray cell at XFD1048576 cannot make us build a billion-cell grid.
const MAX_ROWS = 3000;
const MAX_COLS = 60;
const DEFAULT_SHEET_NAME = /^(sheet|trang tính|trang)\s*\d+$/iu;

export function columnLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function sheetGrid(ws: ExcelJS.Worksheet): Grid {
  const rows = Math.min(ws.rowCount, MAX_ROWS);
  const cols = Math.min(ws.columnCount, MAX_COLS);
  const text: string[][] = [];
  const value: (string | number | null)[][] = [];
  for (let r = 1; r <= rows; r++) {
    const t: string[] = [];
    const v: (string | number | null)[] = [];
    for (let c = 1; c <= cols; c++) {
      const cell = ws.getCell(r, c);
      const master = cell.isMerged ? cell.master : cell;
      t.push(cellText(master.value));
      v.push(master.address === cell.address ? cellNumber(cell.value) : null);
    }
    text.push(t);
    value.push(v);
  }
  const ref = (r: number, c: number): string => `${columnLetter(c + 1)}${r + 1}`;
  return {
    text,
    value,
    source: (r, c) => `${ws.name}!${ref(r, c)}`,
    span: (a, z, c) => `${ws.name}!${ref(a, c)}:${ref(z, c)}`,
  };
}

/** Cells above the first table, one line each, in reading order (a merged cell once). */
function headerLines(grid: Grid, until: number): string[] {
  const out: string[] = [];
  for (let r = 0; r < until; r++) {
    (grid.text[r] ?? []).forEach((c, i, row) => {
      if (c !== '' && row[i - 1] !== c) out.push(c);
    });
  }
  return out;
}

export function readXlsxReport(wb: ExcelJS.Workbook, fileName: string, ctx: ReaderContext): { report: NormalizedReport; docType: string | null } {
  const sheets = wb.worksheets.filter((ws) => ws.state !== 'hidden' && ws.state !== 'veryHidden' && ws.rowCount > 0);
  const grids = sheets.map((ws) => ({ ws, grid: sheetGrid(ws) }));
  const lines: string[] = [];
  const bodyParts: string[] = [];
  for (const { grid } of grids) {
    // Before the plan is known its indicators are not: cut the header at the first row named like a table header.
    const first = findHeader(grid.text, [])?.row ?? Math.min(grid.text.length, 15);
    lines.push(...headerLines(grid, first));
    bodyParts.push(grid.text.map((r) => r.filter((c) => c !== '').join(' ')).join('\n'));
  }
  const extraNames = sheets.map((ws) => ws.name).filter((n) => !DEFAULT_SHEET_NAME.test(n));
  const d = detectReport({ lines, body: bodyParts.join('\n').slice(0, 50_000), fileName, extraNames }, ctx);
  const out = new ReportCollector();
  for (const w of d.warnings) out.warn(w);
  if (d.planObj) {
    const gc = { index: itemIndex(d.planObj, d.unit.code, ctx.units), terms: indicatorTerms(d.planObj.indicators) };
    for (const { grid } of grids) readGrid(grid, gc, out);
  }
  return { report: finish(d, 'xlsx', out), docType: d.docType };
}
