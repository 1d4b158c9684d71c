// A free-form workbook report (not the app's template): each sheet becomes a grid, the cells above
// the first table are the header block, the tables are read by grid-table. A sheet about another plan
// (its own title cites one) is left out: only the sheets about this plan count.
import { fold } from '../../../../shared/text';
import { CATALOGUE } from '../../vocabulary/indicator-catalogue';
import type { SheetCells, XlsxCells } from '../../readers/xlsx';
import type { NormalizedReport, ReaderContext, ReaderName } from '../normalized-report';
import { ReportCollector } from './collect';
import { detectReport } from './detect-report';
import { directiveSymbols } from './detect-plan';
import { findHeader } from './grid-columns';
import { readGrid } from './grid-table';
import type { Grid } from './grid-table';
import { placeAndDateIn, reportNumberIn } from './header-block';
import { readingTerms } from './indicator-match';
import { itemIndex } from './item-match';
import { finish } from './narrative-report';
import type { ReportCheck } from './report-check';
import { citesPlan } from './sections';
import { readUnitTable } from './unit-rows';
import { roundPeriod } from './detect-round';
import { periodsIn } from './periods';
import type { Period } from './periods';

const DEFAULT_SHEET_NAME = /^(sheet|trang tính|trang)\s*\d+$/iu;
const TYPE_LINE = /^(BÁO CÁO|KẾ HOẠCH|CÔNG VĂN|TỜ TRÌNH|BIỂU|KẾT QUẢ|SỐ LIỆU|BẢNG TỔNG HỢP)\b/u;

export function columnLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/**
 * A sheet's cells as a grid over the area that holds data. A merged cell's text is repeated over
 * the cells it covers (headers and labels read it anywhere); its value stays in its first cell only
 * (a figure counts once). Merges reaching past the data (a whole column) are clipped to it.
 */
export function sheetGrid(sheet: SheetCells): Grid {
  const rows = sheet.maxRow + 1;
  const cols = sheet.maxCol + 1;
  const text: string[][] = Array.from({ length: rows }, () => Array<string>(cols).fill(''));
  const value: (string | number | null)[][] = Array.from({ length: rows }, () => Array<string | number | null>(cols).fill(null));
  for (const [r, row] of sheet.cells) {
    for (const [c, cell] of row) {
      (text[r] as string[])[c] = cell.text;
      (value[r] as (string | number | null)[])[c] = cell.value;
    }
  }
  for (const m of sheet.merges) {
    const master = sheet.cells.get(m.r1)?.get(m.c1)?.text ?? '';
    if (master === '') continue;
    for (let r = m.r1; r <= Math.min(m.r2, rows - 1); r++) {
      for (let c = m.c1; c <= Math.min(m.c2, cols - 1); c++) {
        if (r === m.r1 && c === m.c1) continue;
        (text[r] as string[])[c] = master;
        (value[r] as (string | number | null)[])[c] = null;
      }
    }
  }
  const ref = (r: number, c: number): string => `${columnLetter(c + 1)}${r + 1}`;
  return {
    text,
    value,
    source: (r, c) => `${sheet.name}!${ref(r, c)}`,
    span: (a, z, c) => `${sheet.name}!${ref(a, c)}:${ref(z, c)}`,
  };
}

/** Cells of rows [from, to), one line each; a merged cell once. */
function cellsOf(grid: Grid, from: number, to: number, byColumn: boolean): string[] {
  const out: string[] = [];
  const width = Math.max(0, ...grid.text.slice(from, to).map((r) => r.length));
  const push = (r: number, c: number): void => {
    const row = grid.text[r] ?? [];
    const cell = row[c] ?? '';
    if (cell !== '' && row[c - 1] !== cell) out.push(cell);
  };
  if (byColumn) for (let c = 0; c < width; c++) for (let r = from; r < to; r++) push(r, c);
  else for (let r = from; r < to; r++) for (let c = 0; c < width; c++) push(r, c);
  return out;
}

/**
 * Cells above the first table, in reading order: the issuer block and the motto/date block sit side
 * by side above the type line, so they are read column by column; from the type line on, row by row.
 */
function headerLines(grid: Grid, until: number): string[] {
  const typeRow = grid.text.slice(0, until).findIndex((row) => row.some((c) => TYPE_LINE.test(c)));
  const split = typeRow < 0 ? until : typeRow;
  return [...cellsOf(grid, 0, split, true), ...cellsOf(grid, split, until, false)];
}

/** The first row with three different cells or more: a table's header or data, never the header block. */
function firstWideRow(grid: Grid): number {
  const r = grid.text.findIndex((row) => new Set(row.filter((c) => c !== '')).size >= 3);
  return r < 0 ? grid.text.length : r;
}

type Sheet = { ws: SheetCells; grid: Grid; lines: string[] };

export function readXlsxReport(wb: XlsxCells, fileName: string, ctx: ReaderContext, reader: ReaderName = 'xlsx'): { report: NormalizedReport; check: ReportCheck } {
  const visible = wb.sheets.filter((ws) => !ws.hidden && ws.cells.size > 0);
  const all: Sheet[] = visible.map((ws) => {
    const grid = sheetGrid(ws);
    // Before the plan is known its indicators are not: cut the header at the first row named like a
    // table header, or at the first row of three cells or more (an issuer and a motto make two).
    const first = Math.min(findHeader(grid.text, [])?.row ?? 15, firstWideRow(grid), grid.text.length);
    return { ws, grid, lines: headerLines(grid, first) };
  });
  // Sheets whose own header cites the plan (or a directive it carries out) first; sheets citing
  // only other documents are about something else.
  const about = (s: Sheet): 'plan' | 'other' | 'none' => {
    const head = s.lines.join('\n');
    if (ctx.plans.some((p) => citesPlan(head, p))) return 'plan';
    return directiveSymbols(head).length > 0 ? 'other' : 'none';
  };
  const kinds = all.map(about);
  // A sheet citing nothing whose header names another period than the sheets citing the plan is
  // that period's ("KẾT QUẢ QUÝ I" beside "KẾT QUẢ 6 THÁNG … THỰC HIỆN KẾ HOẠCH 64-KH/TU") — when
  // those name a part of a year: a cover citing "Kế hoạch … năm 2024" says nothing of its half-year sheet.
  const periodsOf = (sh: Sheet): Period[] => periodsIn(sh.lines.join('\n'));
  const ours = all.filter((_, i) => kinds[i] === 'plan').flatMap(periodsOf);
  const partOfYear = ours.some((p) => !(p.from.endsWith('-01-01') && p.to.endsWith('-12-31')));
  const otherPeriod = (sh: Sheet): Period | null => {
    const own = periodsOf(sh);
    return partOfYear && own.length > 0 && !own.some((p) => ours.some((q) => q.from === p.from && q.to === p.to)) ? (own[0] ?? null) : null;
  };
  const sheets = kinds.includes('plan') || kinds.includes('none') ? all.filter((s, i) => kinds[i] !== 'other' && otherPeriod(s) === null) : all;
  const skipped = all.filter((s) => !sheets.includes(s));
  // A cover sheet ("Bìa") may come first; the sheet whose header holds the document's number and
  // date is the one read as the document's header.
  const dated = (sh: Sheet): boolean => sh.lines.some((l) => reportNumberIn(l) !== null) && sh.lines.some((l) => placeAndDateIn(l) !== null);
  const headed = sheets.find(dated);
  const lines = [...(headed ? [headed] : []), ...sheets.filter((sh) => sh !== headed)].flatMap((sh) => sh.lines);
  const body = sheets.map((s) => s.grid.text.map((r) => r.filter((c) => c !== '').join(' ')).join('\n')).join('\n');
  const extraNames = sheets.map((s) => s.ws.name).filter((n) => !DEFAULT_SHEET_NAME.test(n));
  const d = detectReport({ lines, body: body.slice(0, 50_000), fileName, extraNames }, ctx);
  const out = new ReportCollector();
  for (const w of d.warnings) out.warn(w);
  for (const n of d.notes) out.note(n.message, n.code, n.source);
  for (const s of sheets) {
    if (s.ws.truncated) out.note(`Trang tính "${s.ws.name}" dài quá ${s.grid.text.length} dòng; phần sau không đọc.`, 'SHEET_TRUNCATED', s.ws.name);
    if (s.ws.cutCells.length > 0) out.note(`Ô ${s.ws.cutCells.slice(0, 5).join(', ')} có nội dung quá dài; chỉ đọc phần đầu.`, 'TEXT_CUT', s.ws.cutCells.join(', '));
  }
  for (const s of skipped) {
    const period = otherPeriod(s);
    const why = period ? `về kỳ khác (${s.lines.find((l) => fold(l).includes(period.phrase.trim())) ?? period.phrase})` : `về văn bản khác (${directiveSymbols(s.lines.join('\n')).map((x) => x.raw).join(', ')})`;
    out.note(`Bỏ qua trang tính "${s.ws.name}": ${why}.`, 'SHEET_SKIPPED', s.ws.name);
  }
  // A table of several units is read whoever sent it: the sender need not be in the directory.
  if (d.planObj) out.nameFigures([...CATALOGUE, ...d.planObj.indicators]);
  if (d.planObj && (!d.refusal || d.refusal.code === 'UNKNOWN_UNIT')) {
    const terms = readingTerms(d.planObj.indicators);
    const tables = sheets.flatMap(({ grid }) => readUnitTable(grid, terms, ctx.units, d.reportDate) ?? []);
    if (tables.length > 0) {
      for (const n of tables.flatMap((t) => t.notes)) out.note(n.message, n.code, n.source);
      const report: NormalizedReport = { ...finish(d, reader, out), entries: [], figures: [], unitRows: tables.flatMap((t) => t.rows) };
      return { report, check: { docType: d.docType, title: d.title, refusal: null } };
    }
  }
  if (d.planObj && !d.refusal) {
    const round = d.planObj.rounds.find((r) => r.id === d.round.id);
    const gc = { index: itemIndex(d.planObj, d.unit.code, ctx.units), terms: readingTerms(d.planObj.indicators), topic: d.planObj.title, period: round ? roundPeriod(round) : null };
    for (const { grid } of sheets) readGrid(grid, gc, out);
  }
  return { report: finish(d, reader, out), check: { docType: d.docType, title: d.title, refusal: d.refusal } };
}
