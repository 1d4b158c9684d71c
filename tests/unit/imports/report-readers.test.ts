// Reports as units really send them, made with the real libraries, read through readReportFile.
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import { zipSync, strToU8 } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import type { NormalizedReport, ReaderContext } from '../../../electron/core/imports/normalized-report';
import { REVIEW_THRESHOLD } from '../../../electron/core/imports/normalized-report';
import { readReportFile } from '../../../electron/core/imports/read-report-file';
import * as F from '../../fixtures/reports/build';
import { REPO } from '../../helpers/temp';

let ctx: ReaderContext;
beforeAll(async () => {
  ctx = await F.readerContext();
});

const figure = (r: NormalizedReport, key: string) => r.figures.find((f) => f.indicatorKey === key);
const entry = (r: NormalizedReport, code: string) => r.entries.find((e) => e.itemCode === code);

describe('free-form .xlsx', () => {
  it('detects unit, plan, round, number and date from the header cells and the file name', async () => {
    const r = await readReportFile(await F.freeFormXlsx(), 'BC_HU_PhuGiao_6thang.xlsx', ctx);
    expect(r.reader).toBe('xlsx');
    expect(r.unit).toMatchObject({ code: 'HUPG', confidence: 1 });
    expect(r.unit.evidence).toContain('HUYỆN ỦY PHÚ GIÁO');
    expect(r.unit.evidence).toContain('tên tệp');
    expect(r.plan).toMatchObject({ id: F.PLAN_ID, number: '31-KH/BTGTU' });
    expect(r.plan.confidence).toBeGreaterThanOrEqual(REVIEW_THRESHOLD);
    expect(r.plan.evidence).toContain('31-KH/BTGTU');
    expect(r.round).toMatchObject({ id: F.ROUND_H1, label: '6 tháng đầu năm 2019' });
    expect(r.round.confidence).toBeGreaterThanOrEqual(REVIEW_THRESHOLD);
    expect(r.reportNumber).toBe('45-BC/HU');
    expect(r.reportDate).toBe('2019-07-10');
  });

  it('reads rows under a two-row merged header, by text and by code, with their cells as sources', async () => {
    const r = await readReportFile(await F.freeFormXlsx(), 'BC_HU_PhuGiao_6thang.xlsx', ctx);
    expect(entry(r, 'III.2.1')).toMatchObject({ status: 'done', source: 'Báo cáo!C8', resultText: 'Quán triệt đến 100% chi bộ' });
    expect(entry(r, 'III.2.4')).toMatchObject({ status: 'in_progress', source: 'Báo cáo!C9' });
    expect(entry(r, 'III.2.4')?.resultText).toContain('Ghi chú: Dự kiến xong tháng 8');
    for (const e of r.entries) expect(e.confidence).toBeGreaterThan(0.9);
    expect(r.entries).toHaveLength(2);
  });

  it('takes a "Tổng cộng" row as the unit\'s figure, never adds it to its rows, and notes rows that do not add up', async () => {
    const r = await readReportFile(await F.freeFormXlsx(), 'BC_HU_PhuGiao_6thang.xlsx', ctx);
    expect(figure(r, 'hoi_nghi')).toEqual({ indicatorKey: 'hoi_nghi', value: 12, source: 'Báo cáo!E10' });
    expect(figure(r, 'luot_tham_du')).toEqual({ indicatorKey: 'luot_tham_du', value: 1450, source: 'Báo cáo!F10' });
    expect(figure(r, 'chuyen_muc')).toEqual({ indicatorKey: 'chuyen_muc', value: 2, source: 'Báo cáo!B13' });
    // The unit wrote 40 under rows that add up to 35: its total counts, the difference is a note, not a review.
    expect(figure(r, 'tin_bai')).toEqual({ indicatorKey: 'tin_bai', value: 40, source: 'Tuyên truyền!C4' });
    expect(r.warnings).toEqual([]);
    const mismatch = r.notes.filter((n) => n.code === 'TOTAL_MISMATCH');
    expect(mismatch).toHaveLength(1);
    expect(mismatch[0]?.source).toBe('Tuyên truyền!C4; Tuyên truyền!C2:C3');
    expect(mismatch[0]?.message).toContain('40');
    expect(mismatch[0]?.message).toContain('35');
  });

  it('keeps a workbook that is not a report out, as before', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').addRow(['STT', 'Nội dung', 'Kết quả']);
    await expect(readReportFile(Buffer.from(await wb.xlsx.writeBuffer()), 'own-table.xlsx', ctx)).rejects.toMatchObject({ code: 'NOT_A_TEMPLATE' });
  });
});

describe('.docx narrative', () => {
  it('reads the header table, prose figures, the figure table and item statuses', async () => {
    const r = await readReportFile(await F.narrativeDocx(), 'bao-cao-phu-giao.docx', ctx);
    expect(r.reader).toBe('docx');
    expect(r.unit).toMatchObject({ code: 'HUPG', confidence: 0.95 });
    expect(r.plan).toMatchObject({ id: F.PLAN_ID, confidence: 0.95 });
    expect(r.round).toMatchObject({ id: F.ROUND_H1, confidence: 0.95 });
    expect(r.reportNumber).toBe('45-BC/HU');
    expect(r.reportDate).toBe('2019-07-10');
    // Table 1 is the header; the figure table is table 2, read before the prose.
    expect(figure(r, 'hoi_nghi')).toEqual({ indicatorKey: 'hoi_nghi', value: 12, source: 'bảng 2, dòng 2' });
    expect(figure(r, 'luot_tham_du')).toEqual({ indicatorKey: 'luot_tham_du', value: 1450, source: 'bảng 2, dòng 3' });
    expect(figure(r, 'tin_bai')).toMatchObject({ value: 35, cumulative: true });
    expect(figure(r, 'tin_bai')?.source).toMatch(/^đoạn \d+$/);
    expect(figure(r, 'chuyen_muc')).toMatchObject({ value: 2 });
    expect(figure(r, 'chuyen_muc')?.cumulative).toBeUndefined();
    expect(entry(r, 'III.2.1')).toMatchObject({ status: 'done' });
    expect(entry(r, 'III.2.4')).toMatchObject({ status: 'in_progress' });
    expect(entry(r, 'III.2.4')?.resultText).toContain('đang triển khai');
    // The newspapers' task (III.2.5) only sounds like the district's prose: not read as reported.
    expect(entry(r, 'III.2.5')).toBeUndefined();
    for (const e of r.entries) {
      expect(e.confidence).toBeLessThan(1);
      expect(e.source).toMatch(/^đoạn \d+$/);
    }
    expect(r.warnings).toEqual([]);
  });

  it('refuses a report whose header names a sender the directory does not hold, naming it', async () => {
    const bytes = await F.narrativeDocx({ issuer: 'ỦY BAN NHÂN DÂN XÃ AN LONG', number: 'Số 12-BC/UBND' });
    const err = await readReportFile(bytes, 'baocao.docx', ctx).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'UNKNOWN_UNIT' });
    expect((err as Error).message).toContain('ỦY BAN NHÂN DÂN XÃ AN LONG');
    expect((err as Error).message).toContain('danh mục');
  });

  it('rejects a truncated .docx and one without a body as FILE_CORRUPT', async () => {
    const good = await F.narrativeDocx();
    await expect(readReportFile(good.subarray(0, Math.floor(good.length / 2)), 'hong.docx', ctx)).rejects.toMatchObject({ code: 'FILE_CORRUPT' });
    const noBody = Buffer.from(zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8('<w:document>rác</w:document>') }));
    const err = await readReportFile(noBody, 'rong.docx', ctx).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'FILE_CORRUPT' });
    expect((err as Error).message).toContain('rong.docx');
  });
});

describe('.pdf with a text layer', () => {
  it('reads the same report as the .docx: header columns, table, prose', async () => {
    const r = await readReportFile(await F.narrativePdf(), 'bao-cao-phu-giao.pdf', ctx);
    expect(r.reader).toBe('pdf');
    expect(r.unit).toMatchObject({ code: 'HUPG' });
    expect(r.unit.confidence).toBeGreaterThanOrEqual(REVIEW_THRESHOLD);
    expect(r.plan.id).toBe(F.PLAN_ID);
    expect(r.round.id).toBe(F.ROUND_H1);
    expect(r.reportNumber).toBe('45-BC/HU');
    expect(r.reportDate).toBe('2019-07-10');
    expect(figure(r, 'hoi_nghi')).toMatchObject({ value: 12, source: 'bảng 2, dòng 2' });
    expect(figure(r, 'luot_tham_du')).toMatchObject({ value: 1450 });
    expect(figure(r, 'tin_bai')).toMatchObject({ value: 35, cumulative: true });
    expect(entry(r, 'III.2.1')?.status).toBe('done');
    expect(entry(r, 'III.2.4')?.status).toBe('in_progress');
  });

  it('reads a PDF without a text layer by OCR; one whose pages hold no letters at all is FILE_EMPTY', async () => {
    const err = await readReportFile(await F.scannedPdf(), 'scan.pdf', ctx, { ocrModelDir: path.join(REPO, 'resources', 'ocr') }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'FILE_EMPTY' });
    expect((err as Error).message).toContain('scan.pdf');
    expect((err as Error).message).toContain('không nhận ra được chữ nào');
  });

  it('says the OCR model is missing rather than guessing where it is', async () => {
    await expect(readReportFile(await F.scannedPdf(), 'scan.pdf', ctx)).rejects.toMatchObject({ code: 'INTERNAL', message: expect.stringContaining('vie.traineddata') });
  });
});

describe('plain text', () => {
  it('finds the unit in the file name only (unambiguous: enough), the plan by its directive, the round by "năm 2019"', async () => {
    const r = await readReportFile(F.plainTextReport(), 'Bao_Binh_Duong_nam2019.txt', ctx);
    expect(r.reader).toBe('text');
    expect(r.unit).toMatchObject({ code: 'BAOBD' });
    expect(r.unit.confidence).toBeGreaterThanOrEqual(REVIEW_THRESHOLD);
    expect(r.unit.evidence).toContain('tên tệp');
    expect(r.plan).toMatchObject({ id: F.PLAN_ID });
    expect(r.plan.evidence).toContain('32-CT/TW');
    // The title names the directive, which one plan alone carries out: that plan, sure enough.
    expect(r.plan.evidence).toContain('trích yếu');
    expect(r.plan.confidence).toBeGreaterThanOrEqual(REVIEW_THRESHOLD);
    // Named only in the body, the directive leaves the plan for a person to confirm.
    const inBody = Buffer.from(F.plainTextReport().toString('utf8').replace('Kết quả tuyên truyền Chỉ thị số 32-CT/TW năm 2019', 'Kết quả tuyên truyền năm 2019\nVề Chỉ thị số 32-CT/TW, Báo đã quán triệt.'), 'utf8');
    const body = await readReportFile(inBody, 'Bao_Binh_Duong_nam2019.txt', ctx);
    expect(body.plan).toMatchObject({ id: F.PLAN_ID });
    expect(body.plan.confidence).toBeLessThan(REVIEW_THRESHOLD);
    expect(r.round).toMatchObject({ id: F.ROUND_YEAR, label: 'Năm 2019' });
    expect(figure(r, 'tin_bai')).toEqual({ indicatorKey: 'tin_bai', value: 120, source: 'bảng 1, dòng 2' });
    expect(figure(r, 'chuyen_muc')).toEqual({ indicatorKey: 'chuyen_muc', value: 3, source: 'bảng 1, dòng 3' });
    expect(entry(r, 'III.2.5')).toMatchObject({ status: 'done', source: 'đoạn 3' });
  });

  it('the user\'s plan and round are evidence; a file that cites another plan by number goes to that plan, and says so', async () => {
    const agree = await readReportFile(await F.freeFormXlsx(), 'x.xlsx', { ...ctx, planId: F.PLAN_ID, roundId: F.ROUND_H1 });
    expect(agree.plan.confidence).toBe(1);
    expect(agree.plan.evidence).toContain('người dùng chọn');
    expect(agree.round.confidence).toBe(1);
    const clash = await readReportFile(await F.freeFormXlsx(), 'x.xlsx', { ...ctx, planId: F.OTHER_PLAN_ID });
    expect(clash.plan).toMatchObject({ id: F.PLAN_ID });
    expect(clash.plan.confidence).toBeGreaterThanOrEqual(REVIEW_THRESHOLD);
    expect(clash.warnings).toEqual([]);
    expect(clash.notes.some((n) => n.code === 'ROUTED' && n.message.includes('31-KH/BTGTU') && n.message.includes('05-KH/TU'))).toBe(true);
    const silent = await readReportFile(Buffer.from('BÁO CÁO\nKết quả công tác tuyên truyền\nĐã tổ chức tuyên truyền.'), 'bc.txt', { ...ctx, planId: F.PLAN_ID });
    expect(silent.plan).toMatchObject({ id: F.PLAN_ID, confidence: 0.9 });
  });
});

describe('rejections', () => {
  it.each([
    ['a shopping list', 'Danh sách mua sắm\nGạo 10 kg\nMuối 2 gói\n', 'UNSUPPORTED_FORMAT', 'không giống một báo cáo'],
    ['a plan dropped on the import screen', 'TỈNH ỦY BÌNH DƯƠNG\nSố 31-KH/TU\nKẾ HOẠCH\nTuyên truyền Chỉ thị số 32-CT/TW\n', 'NOT_A_REPORT', 'Kế hoạch'],
  ])('rejects %s', async (_name, text, code, words) => {
    const err = await readReportFile(Buffer.from(text, 'utf8'), 'tep.txt', ctx).catch((e: unknown) => e);
    expect(err).toMatchObject({ code });
    expect((err as Error).message).toContain(words);
    expect((err as Error).message).toContain('tep.txt');
  });

  it('reads an Excel 97–2003 .xls like the same workbook saved as .xlsx', async () => {
    // The .xls is written by SheetJS itself from the free-form report: real BIFF8 bytes.
    const xls = Buffer.from(XLSX.write(XLSX.read(await F.freeFormXlsx(), { type: 'buffer' }), { type: 'buffer', bookType: 'xls' }) as Uint8Array);
    expect(xls.subarray(0, 4)).toEqual(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]));
    const fromXls = await readReportFile(xls, 'BC_HU_PhuGiao_6thang.xls', ctx);
    const fromXlsx = await readReportFile(await F.freeFormXlsx(), 'BC_HU_PhuGiao_6thang.xlsx', ctx);
    expect(fromXls.reader).toBe('xls');
    expect(fromXls.unit.code).toBe(fromXlsx.unit.code);
    expect(fromXls.entries.map((e) => [e.itemCode, e.status])).toEqual(fromXlsx.entries.map((e) => [e.itemCode, e.status]));
    expect(fromXls.figures.map((f) => [f.indicatorKey, f.value])).toEqual(fromXlsx.figures.map((f) => [f.indicatorKey, f.value]));
  });

  it('refuses a damaged .xls by name', async () => {
    const cfb = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504), Buffer.from('Workbook', 'utf16le'), Buffer.alloc(64)]);
    const err = await readReportFile(cfb, 'bc.xls', ctx).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'FILE_CORRUPT' });
    expect((err as Error).message).toContain('bc.xls');
  });

  it('converts a TCVN3 text file (typed with .VnTime, saved as ANSI) and says so', async () => {
    const iconv = (await import('iconv-lite')).default;
    const { unicodeToTcvn3 } = await import('../../../shared/legacy-encodings');
    // Plain .VnTime has no accented capitals (those need .VnTimeH): the text is in mixed case.
    const text = 'Huyện ủy Phú Giáo\nSố 45-BC/HU\nBáo cáo kết quả 6 tháng đầu năm 2019 thực hiện Kế hoạch số 31-KH/BTGTU\nĐã tổ chức 12 hội nghị quán triệt.';
    const r = await readReportFile(iconv.encode(unicodeToTcvn3(text), 'windows1252'), 'tcvn3.txt', ctx);
    expect(r.unit.code).toBe('HUPG');
    expect(figure(r, 'hoi_nghi')?.value).toBe(12);
    expect(r.warnings).toEqual([]);
    expect(r.notes.some((n) => n.code === 'LEGACY_FONT' && n.message.includes('mã cũ'))).toBe(true);
  });

  it('reads a Windows-1258 ("ANSI") text file and a UTF-16 one', async () => {
    const iconv = (await import('iconv-lite')).default;
    const text = 'HUYỆN ỦY PHÚ GIÁO\nSố 45-BC/HU\nBÁO CÁO\nKết quả 6 tháng đầu năm 2019 thực hiện Kế hoạch số 31-KH/BTGTU';
    // Windows-1258 has the vowels with hats and horns but writes tones as combining marks after them.
    const TONES = /[\u0300\u0301\u0303\u0309\u0323]/gu;
    const cp1258Form = [...text].map((c) => c.normalize('NFD').replace(TONES, '').normalize('NFC') + (c.normalize('NFD').match(TONES) ?? []).join('')).join('');
    for (const enc of ['windows1258', 'utf16le'] as const) {
      const bytes = enc === 'utf16le' ? Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, enc)]) : iconv.encode(cp1258Form, enc);
      expect(bytes.includes(0x3f)).toBe(false); // no "?" for a letter the code page lacks
      const r = await readReportFile(bytes, `bc-${enc}.txt`, ctx);
      expect(r.unit.code).toBe('HUPG');
      expect(r.round.id).toBe(F.ROUND_H1);
    }
  });
});
