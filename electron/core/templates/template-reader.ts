// Reads a returned template exactly, through its metadata sheet.
import type ExcelJS from 'exceljs';
import type { XlsxCells } from '../readers/xlsx';
import { AppError } from '../../../shared/errors';
import { excelSerialToIso, parseViDate } from '../../../shared/dates';
import { parseEntryStatus } from '../../../shared/status-words';
import { parseViNumber } from '../../../shared/text';
import { certain } from '../imports/normalized-report';
import type { NormalizedReport } from '../imports/normalized-report';
import { cellNumber, cellText } from '../xlsx/cell-text';
import { COL, META_SHEET, REPORT_SHEET, TEMPLATE_FORMAT } from './template-meta';
import type { TemplateMeta } from './template-meta';

/** The app's template, known by its metadata sheet, from a workbook's cells (before any object model is built). */
export function isTemplateCells(wb: XlsxCells): boolean {
  return wb.sheets.some((s) => s.name === META_SHEET && s.cells.get(0)?.get(1)?.text === TEMPLATE_FORMAT);
}

export function isTemplate(wb: ExcelJS.Workbook): boolean {
  const ms = wb.getWorksheet(META_SHEET);
  return ms !== undefined && cellText(ms.getCell(1, 2).value) === TEMPLATE_FORMAT;
}

export function readTemplateMeta(wb: ExcelJS.Workbook, fileName: string): TemplateMeta {
  const ms = wb.getWorksheet(META_SHEET);
  const bad = (): AppError =>
    new AppError('NOT_A_TEMPLATE', `Tệp ${fileName}: phần thông tin ẩn của mẫu báo cáo bị hỏng; hãy tải lại mẫu.`);
  if (!ms) throw bad();
  const kv = new Map<string, string>();
  const meta: TemplateMeta = {
    planId: 0,
    planNumber: null,
    roundId: 0,
    roundLabel: '',
    unitCode: '',
    unitName: '',
    reportDateCell: 'B5',
    items: [],
    figures: [],
  };
  ms.eachRow((row) => {
    const key = cellText(row.getCell(1).value);
    const a = cellText(row.getCell(2).value);
    const b = Number(cellText(row.getCell(3).value));
    if (key === 'item') meta.items.push({ code: a, row: b });
    else if (key === 'figure') meta.figures.push({ key: a, row: b });
    else kv.set(key, a);
  });
  meta.planId = Number(kv.get('planId'));
  meta.roundId = Number(kv.get('roundId'));
  meta.planNumber = kv.get('planNumber') || null;
  meta.roundLabel = kv.get('roundLabel') ?? '';
  meta.unitCode = kv.get('unitCode') ?? '';
  meta.unitName = kv.get('unitName') ?? '';
  meta.reportDateCell = kv.get('reportDateCell') || 'B5';
  const rowsOk = [...meta.items, ...meta.figures].every((r) => Number.isInteger(r.row) && r.row > 0);
  if (!Number.isInteger(meta.planId) || !Number.isInteger(meta.roundId) || meta.unitCode === '' || !rowsOk) throw bad();
  return meta;
}

export function readTemplate(wb: ExcelJS.Workbook, fileName: string): NormalizedReport {
  const meta = readTemplateMeta(wb, fileName);
  const ws = wb.getWorksheet(REPORT_SHEET) ?? wb.worksheets.find((w) => w.name !== META_SHEET);
  if (!ws) throw new AppError('NOT_A_TEMPLATE', `Tệp ${fileName}: không có trang "${REPORT_SHEET}".`);
  const where = (col: number, row: number): string => `${ws.name}!${String.fromCharCode(64 + col)}${row}`;

  const entries: NormalizedReport['entries'] = [];
  for (const item of meta.items) {
    const rawStatus = cellText(ws.getCell(item.row, COL.status).value);
    const resultText = cellText(ws.getCell(item.row, COL.result).value);
    if (rawStatus === '' && resultText === '') continue; // left blank: the item is not reported
    const status = parseEntryStatus(rawStatus);
    if (status === null) {
      throw new AppError(
        'INVALID_INPUT',
        `Tệp ${fileName}, ô ${where(COL.status, item.row)}: tình trạng "${rawStatus || '(trống)'}" không hợp lệ; chọn Đã thực hiện, Đang thực hiện hoặc Chưa thực hiện.`,
      );
    }
    entries.push({ itemCode: item.code, status, resultText, source: where(COL.status, item.row), confidence: 1 });
  }

  const figures: NormalizedReport['figures'] = [];
  for (const f of meta.figures) {
    const raw = cellNumber(ws.getCell(f.row, COL.figureValue).value);
    if (raw === null) continue;
    const value = parseViNumber(raw);
    if (value === null) {
      throw new AppError(
        'INVALID_INPUT',
        `Tệp ${fileName}, ô ${where(COL.figureValue, f.row)}: "${raw}" không phải là số.`,
      );
    }
    figures.push({ indicatorKey: f.key, value, source: where(COL.figureValue, f.row) });
  }

  return {
    reader: 'template',
    unit: certain({ code: meta.unitCode, name: meta.unitName }, 'thông tin ẩn của mẫu'),
    plan: certain({ id: meta.planId, number: meta.planNumber }, 'thông tin ẩn của mẫu'),
    round: certain({ id: meta.roundId, label: meta.roundLabel }, 'thông tin ẩn của mẫu'),
    reportNumber: null,
    reportDate: readDate(ws.getCell(meta.reportDateCell).value),
    entries,
    figures,
    warnings: [],
    notes: [],
    replaces: [],
  };
}

function readDate(v: ExcelJS.CellValue): string | null {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'number') return excelSerialToIso(v);
  const t = cellText(v);
  return t === '' ? null : parseViDate(t);
}
