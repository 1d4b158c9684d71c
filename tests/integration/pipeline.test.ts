// End to end on the real stack: unit directory → plan → templates → import → reconcile → PDF.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { fillTemplate } from '../../electron/core/demo/fill-template';
import { createService } from '../../electron/core/service';
import type { Service } from '../../electron/core/service';
import { samplePlanDraft } from '../helpers/plan-fixture';
import { b64, callOk, rowCounts } from '../helpers/service-calls';
import { SAMPLES, tempDir } from '../helpers/temp';
import { TEST_ENGINE } from '../helpers/engine';

let svc: Service;
let dir: string;
let planId: number;
let roundId: number;

async function template(unitCode: string): Promise<Buffer> {
  const out = await callOk(svc, 'templates.generate', { planId, roundId, unitCode });
  return Buffer.from(out.dataBase64, 'base64');
}

async function importBytes(name: string, bytes: Buffer, receivedAt?: string) {
  return callOk(svc, 'reports.import', { file: { name, dataBase64: b64(bytes) }, receivedAt });
}

beforeAll(async () => {
  dir = tempDir();
  svc = createService({ ...TEST_ENGINE, dbPath: path.join(dir, 'data.sqlite') });
  await callOk(svc, 'units.importTable', { file: { name: 'units.csv', path: path.join(SAMPLES, 'units-binh-duong.csv') } });
  const plan = await callOk(svc, 'plans.create', { draft: samplePlanDraft() });
  planId = plan.id;
  roundId = plan.rounds[0]!.id;
});

describe('report import from filled templates', () => {
  it('imports an on-time and a late report, recognising unit, plan and round', async () => {
    const ontime = await fillTemplate(await template('THUTDM'), {
      status: 'Đã thực hiện',
      result: 'Tổ chức 12 hội nghị với 1.450 lượt cán bộ, đảng viên tham dự.',
      reportDate: '2019-07-09',
      figures: { hoi_nghi: 12, tin_bai: '1.450' },
    });
    const r1 = await importBytes('THUTDM.xlsx', ontime, '2019-07-09');
    expect(r1).toMatchObject({ outcome: 'imported', unit: { code: 'THUTDM' }, plan: { id: planId, number: '31-KH/BTGTU' }, round: { id: roundId }, error: null });

    const late = await fillTemplate(await template('TXBC'), { status: 'Đang thực hiện', result: 'Đang triển khai', reportDate: '2019-07-20', figures: { hoi_nghi: 5, tin_bai: 9 } });
    const r2 = await importBytes('TXBC.xlsx', late, '2019-07-22');
    expect(r2.outcome).toBe('imported');
  });

  it('recognises the same bytes again as a duplicate and writes nothing', async () => {
    const before = rowCounts(svc);
    const reports = await callOk(svc, 'reports.list', { planId, roundId });
    const stored = fs.readFileSync(path.join(`${dir}/data.sqlite-files`, reports[0]!.file.sha256.slice(0, 2), reports[0]!.file.sha256));
    const again = await importBytes('copy.xlsx', stored);
    expect(again.outcome).toBe('duplicate');
    expect(again.unit?.code).toBe('THUTDM');
    expect(rowCounts(svc)).toEqual(before);
  });

  it('a revised report supersedes the earlier one, which stays in history', async () => {
    const revised = await fillTemplate(await template('TXBC'), { status: 'Đã thực hiện', result: 'Hoàn thành', reportDate: '2019-07-25', figures: { hoi_nghi: 6, tin_bai: 10 } });
    const r = await importBytes('TXBC-v2.xlsx', revised, '2019-07-25');
    expect(r.outcome).toBe('superseded');
    const reports = await callOk(svc, 'reports.list', { planId, roundId });
    const txbc = reports.filter((x) => x.unit.code === 'TXBC');
    expect(txbc).toHaveLength(2);
    expect(txbc[0]!.supersededBy).toBe(txbc[1]!.id);
    expect(txbc[1]!.supersededBy).toBeNull();
  });

  it.each([
    ['empty file', Buffer.alloc(0), 'FILE_EMPTY'],
    ['CSV renamed to .xlsx', Buffer.from('Mã,Tên\nA,B\n'), 'UNSUPPORTED_FORMAT'],
    ['corrupt zip', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]), 'FILE_CORRUPT'],
    ['random binary', Buffer.from([0, 1, 2, 3, 0, 0, 5, 6]), 'UNSUPPORTED_FORMAT'],
  ])('rejects %s with a typed Vietnamese error and writes nothing', async (_name, bytes, code) => {
    const before = rowCounts(svc);
    const r = await importBytes('bad.xlsx', bytes);
    expect(r.outcome).toBe('rejected');
    expect(r.error?.code).toBe(code);
    expect(r.error?.message).toContain('bad.xlsx');
    expect(rowCounts(svc)).toEqual(before);
  });

  it('rejects a workbook that is not the app template', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').addRow(['STT', 'Nội dung', 'Kết quả']);
    const r = await importBytes('own-table.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    expect(r.error?.code).toBe('NOT_A_TEMPLATE');
  });

  it('rejects a template whose unit is not in the directory', async () => {
    const bytes = await template('HUDT');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const meta = wb.getWorksheet('_meta')!;
    meta.eachRow((row) => {
      if (row.getCell(1).value === 'unitCode') row.getCell(2).value = 'NOPE';
      if (row.getCell(1).value === 'unitName') row.getCell(2).value = 'Huyện ủy Không Có';
    });
    const before = rowCounts(svc);
    const r = await importBytes('unknown.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    expect(r.error?.code).toBe('UNKNOWN_UNIT');
    expect(r.error?.message).toContain('Huyện ủy Không Có');
    expect(rowCounts(svc)).toEqual(before);
  });

  it('rejects a report for another plan when a plan is chosen', async () => {
    const other = await callOk(svc, 'plans.create', { draft: { ...samplePlanDraft(), number: '99-KH/TU' } });
    const bytes = await fillTemplate(await template('HUDT'), { status: 'x', result: '', reportDate: null, figures: {} });
    const r = await callOk(svc, 'reports.import', { file: { name: 'h.xlsx', dataBase64: b64(bytes) }, planId: other.id });
    expect(r.error?.code).toBe('PLAN_MISMATCH');
  });

  it('rejects a figure that is not a number, naming the cell', async () => {
    const bytes = await fillTemplate(await template('HUDT'), { status: 'Đã thực hiện', result: '', reportDate: null, figures: { hoi_nghi: 'mười hai' } });
    const r = await importBytes('nan.xlsx', bytes);
    expect(r.error?.code).toBe('INVALID_INPUT');
    expect(r.error?.message).toMatch(/ô Báo cáo!D\d+/);
  });
});

describe('reconcile and export', () => {
  it('computes expected, reported, missing, late, totals and matrix', async () => {
    const s = await callOk(svc, 'status.get', { planId, roundId });
    const codes = (l: { code: string }[]) => l.map((u) => u.code).sort();
    // huyen-uy (6) + bao-chi (2) + the one named BCS unit; the commune committee is not yet valid in 2019.
    expect(codes(s.expected)).toEqual(['BAOBD', 'BCSUBND', 'DAIBD', 'HUDT', 'HUPG', 'THUTDM', 'TXBC', 'TXDA', 'TXTA'].sort());
    expect(codes(s.reported)).toEqual(['THUTDM', 'TXBC']);
    expect(codes(s.late)).toEqual(['TXBC']);
    expect(s.missing).toHaveLength(7);
    expect(s.rates.completeness).toBeCloseTo(2 / 9);
    expect(s.rates.timeliness).toBeCloseTo(1 / 9);
    // THUTDM 12 + TXBC's revision 6; "1.450" was read as one thousand four hundred fifty.
    expect(s.totals).toEqual({ hoi_nghi: 18, tin_bai: 1460 });
    const row = s.matrix.find((m) => m.unit.code === 'TXBC')!;
    expect(row.items).toEqual({ 'III.2.4': 'done', 'III.2.5': 'not_assigned', 'III.2.2': 'not_assigned' });
    const bao = s.matrix.find((m) => m.unit.code === 'BAOBD')!;
    expect(bao.items['III.2.5']).toBe('not_reported');
  });

  it('exports a PDF whose text holds the Party header, the plan number and the missing units', async () => {
    const out = await callOk(svc, 'export.pdf', { planId, roundId });
    const file = path.join(dir, out.fileName);
    fs.writeFileSync(file, Buffer.from(out.dataBase64, 'base64'));
    const text = execFileSync('pdftotext', ['-layout', file, '-']).toString('utf8');
    expect(text).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(text).toContain('31-KH/BTGTU');
    expect(text).toContain('Huyện ủy Phú Giáo');
    expect(text).toContain('Báo Bình Dương');
  });
});

describe('received date correction', () => {
  it('moves a report from late to on time, and is audited', async () => {
    const reports = await callOk(svc, 'reports.list', { planId, roundId });
    const txbc = reports.filter((r) => r.unit.code === 'TXBC');
    for (const r of txbc) await callOk(svc, 'reports.setReceivedAt', { planId, roundId, reportId: r.id, receivedAt: '2019-07-14' });
    const s = await callOk(svc, 'status.get', { planId, roundId });
    expect(s.late).toEqual([]);
    const audit = svc.db.prepare("SELECT detail FROM audit_log WHERE action = 'update' AND entity = 'report'").all() as { detail: string }[];
    expect(audit.map((a) => a.detail)).toContain('ngày nhận 2019-07-22 → 2019-07-14');
  });
});

describe('editing the drafted body before export', () => {
  it('drafts from the data and exports the specialist’s words and number instead', async () => {
    const draft = await callOk(svc, 'export.draft', { planId, roundId });
    expect(draft.length).toBeGreaterThan(1);
    expect(draft.flatMap((d) => d.paragraphs).join(' ')).toContain('Huyện ủy Phú Giáo');
    const edited = [{ heading: 'ĐÁNH GIÁ CHUNG', paragraphs: ['Nội dung do chuyên viên viết lại: các đơn vị thực hiện nghiêm túc.'] }, ...draft.slice(1)];
    const out = await callOk(svc, 'export.pdf', { planId, roundId, body: edited, number: '125-BC/BTGTU' });
    const file = path.join(dir, 'edited.pdf');
    fs.writeFileSync(file, Buffer.from(out.dataBase64, 'base64'));
    const text = execFileSync('pdftotext', [file, '-']).toString('utf8').replace(/\s+/g, ' ');
    expect(text).toContain('Nội dung do chuyên viên viết lại');
    expect(text).toContain('Số 125-BC/BTGTU');
    expect(text).toContain('ĐÁNH GIÁ CHUNG');
  });
});

