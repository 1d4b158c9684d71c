import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { looksLikeFormula } from '../../../electron/core/exports/xlsx/safe-text';
import { buildAppendixXlsx } from '../../../electron/core/exports/xlsx/appendix-xlsx';
import { draftReportBody } from '../../../electron/core/exports/report-draft';
import type { ReportDocumentInput } from '../../../electron/core/exports/report-document';
import { HOSTILE_UNITS, PLAN, ROUND, SETTINGS, STATUS, UNIT_FIGURES, UNITS, hostileCase } from './fixture';

/** Set REPORT_XLSX_OUT to keep the workbooks for a look. */
const outDir = process.env.REPORT_XLSX_OUT ?? mkdtempSync(join(tmpdir(), 'report-xlsx-'));
const SHEETS = ['Phụ lục 1 - Số liệu', 'Phụ lục 2 - Nhiệm vụ', 'Phụ lục 3 - Chưa gửi, trễ hạn'];

function input(overrides: Partial<ReportDocumentInput> = {}): ReportDocumentInput {
  const status = overrides.status ?? STATUS;
  return {
    settings: SETTINGS,
    plan: PLAN,
    round: ROUND,
    status,
    body: draftReportBody({ plan: PLAN, round: ROUND, status }),
    number: '125-BC/TU',
    issueDate: '2026-02-08',
    unitFigures: UNIT_FIGURES,
    ...overrides,
  };
}

async function open(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

/** The row whose column B holds `text`. */
function rowOf(ws: ExcelJS.Worksheet, text: string): ExcelJS.Row {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getRow(r).getCell(2).value === text) return ws.getRow(r);
  throw new Error(`no row "${text}" in ${ws.name}`);
}

describe('buildAppendixXlsx', () => {
  let bytes: Buffer;
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    bytes = await buildAppendixXlsx(input());
    writeFileSync(join(outDir, 'phu-luc.xlsx'), bytes);
    wb = await open(bytes);
  });

  it('has one sheet per appendix, each within Excel’s 31-character name limit', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(SHEETS);
    for (const name of SHEETS) expect(name.length).toBeLessThanOrEqual(31);
  });

  it('totals the figures with SUM formulas that give the reconcile totals', () => {
    const ws = sheet(wb, SHEETS[0] ?? '');
    expect(ws.getCell('A1').value).toBe('PHỤ LỤC 1');
    expect(ws.getCell('A3').value).toBe('(Kèm theo Báo cáo số 125-BC/TU, ngày 08/02/2026)');
    expect(ws.getRow(5).getCell(3).value).toBe('Hội nghị quán triệt, triển khai (hội nghị)');
    const totals = rowOf(ws, 'Tổng cộng');
    STATUS.indicators.forEach((ind, i) => {
      const cell = totals.getCell(3 + i);
      const col = String.fromCharCode(67 + i);
      expect(cell.formula).toBe(`SUM(${col}6:${col}11)`);
      expect(cell.result).toBe(STATUS.totals[ind.key]);
      expect(cell.numFmt).toBe('#,##0');
      let sum = 0;
      for (let r = 6; r <= 11; r++) {
        const v = ws.getRow(r).getCell(3 + i).value;
        if (typeof v === 'number') sum += v;
      }
      expect(sum).toBe(STATUS.totals[ind.key]);
    });
    expect(rowOf(ws, UNITS.bienHoa.name).getCell(4).value).toBe(3200);
    expect(rowOf(ws, UNITS.dinhQuan.name).getCell(3).value).toBe('CBC');
  });

  it('freezes the header, sets column widths and prints A4 landscape one page wide with the header repeated', () => {
    for (const ws of wb.worksheets) {
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 5, xSplit: 2 });
      expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '5:5' });
      expect(ws.getColumn(2).width).toBeGreaterThan(30);
      expect(ws.getRow(5).getCell(1).border?.top?.style).toBe('thin');
    }
  });

  it('shows item statuses with Vietnamese labels and a legend of the items', () => {
    const ws = sheet(wb, SHEETS[1] ?? '');
    expect(ws.getRow(5).values).toEqual([undefined, 'TT', 'Đơn vị', 'II.1', 'II.2', 'II.3', 'III.1', 'III.2']);
    const nt = rowOf(ws, UNITS.nhonTrach.name);
    expect([3, 4, 5].map((c) => nt.getCell(c).value)).toEqual(['Đã thực hiện', 'Đang thực hiện', 'Chưa thực hiện']);
    expect(rowOf(ws, UNITS.dinhQuan.name).getCell(3).value).toBe('Chưa báo cáo');
    expect(rowOf(ws, UNITS.baoDn.name).getCell(3).value).toBe('Không giao');
    expect(rowOf(ws, 'Số đơn vị đã thực hiện / được giao').getCell(3).value).toBe('4/5');
    const texts = ws.getColumn(1).values.filter((v): v is string => typeof v === 'string');
    expect(texts).toContain('Nội dung nhiệm vụ:');
    expect(texts).toContain('II.1: Tổ chức hội nghị quán triệt, triển khai Kế hoạch đến cán bộ, đảng viên');
  });

  it('lists the missing and late units', () => {
    const ws = sheet(wb, SHEETS[2] ?? '');
    expect(rowOf(ws, UNITS.dinhQuan.name).getCell(3).value).toBe('Chưa gửi báo cáo');
    expect(rowOf(ws, UNITS.khoiDn.name).getCell(3).value).toBe('Gửi báo cáo chậm');
    expect(rowOf(ws, UNITS.khoiDn.name).getCell(4).value).toBe('Hạn 15/06/2025');
  });

  it('stores unit names that look like formulas as literal text', async () => {
    const { status, unitFigures } = hostileCase();
    const hostile = await buildAppendixXlsx(input({ status, unitFigures }));
    writeFileSync(join(outDir, 'phu-luc-ten-la.xlsx'), hostile);
    const ws = sheet(await open(hostile), SHEETS[0] ?? '');
    for (const unit of [HOSTILE_UNITS.formula, HOSTILE_UNITS.plus]) {
      const cell = rowOf(ws, unit.name).getCell(2);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeUndefined();
      expect(cell.numFmt).toBe('@');
    }
    expect(rowOf(ws, HOSTILE_UNITS.markup.name).getCell(2).numFmt).not.toBe('@');
    // In the package: the only formulas are the three SUMs; the name is a shared string.
    const files = unzipSync(new Uint8Array(hostile));
    const sheetXml = strFromU8(files['xl/worksheets/sheet1.xml'] ?? new Uint8Array());
    expect([...sheetXml.matchAll(/<f>([^<]*)<\/f>/g)].map((m) => m[1])).toEqual(['SUM(C6:C14)', 'SUM(D6:D14)', 'SUM(E6:E14)']);
    expect(strFromU8(files['xl/sharedStrings.xml'] ?? new Uint8Array())).toContain('=HYPERLINK(&quot;x&quot;)');
    expect(rowOf(ws, 'Tổng cộng').getCell(3).result).toBe(status.totals.hoi_nghi);
  });

  it('recognises the characters that start a formula', () => {
    for (const t of ['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1']) expect(looksLikeFormula(t)).toBe(true);
    for (const t of ['Thành ủy Biên Hòa', '1.450', '4/5', '']) expect(looksLikeFormula(t)).toBe(false);
  });
});
