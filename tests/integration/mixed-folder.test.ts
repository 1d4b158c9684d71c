// Issue 4's "done means": a mixed folder of real-looking reports, imported through the service.
// Each file is accepted into the right unit/plan/round, sent to review with the reason, or
// rejected with a clear message — and a rejected file changes nothing.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fillTemplate } from '../../electron/core/demo/fill-template';
import { createService } from '../../electron/core/service';
import type { Service } from '../../electron/core/service';
import type { ImportResult, Plan } from '../../shared/domain';
import { freeFormXlsx, narrativeDocx, narrativePdf, scannedPdf } from '../fixtures/reports/build';
import { samplePlanDraft } from '../helpers/plan-fixture';
import { callOk, rowCounts } from '../helpers/service-calls';
import { SAMPLES, tempDir } from '../helpers/temp';
import { TEST_ENGINE } from '../helpers/engine';

let svc: Service;
let plan: Plan;
const results = new Map<string, ImportResult>();

async function template(unit: string, status: string, figures: Record<string, number>): Promise<Buffer> {
  const tpl = await callOk(svc, 'templates.generate', { planId: plan.id, roundId: plan.rounds[0]!.id, unitCode: unit });
  return fillTemplate(Buffer.from(tpl.dataBase64, 'base64'), { status, result: 'Kết quả', reportDate: '2019-07-10', figures });
}

beforeAll(async () => {
  svc = createService({ ...TEST_ENGINE, dbPath: path.join(tempDir(), 'mixed.sqlite') });
  await callOk(svc, 'units.importTable', { file: { name: 'u.csv', path: path.join(SAMPLES, 'units-binh-duong.csv') } });
  const draft = samplePlanDraft();
  draft.items.push({ code: 'III.2.1', parentCode: 'III', level: 1, kind: 'task', text: 'Tổ chức hội nghị quán triệt Chỉ thị số 32-CT/TW cho cán bộ chủ chốt', assignees: [{ label: 'Các Huyện, Thị, Thành ủy', unitCode: null, unitKinds: ['huyen-uy'] }], deadline: null, flags: [] });
  draft.indicators.push({ key: 'luot_tham_du', name: 'Lượt người tham dự', measure: 'lượt người', synonyms: ['lượt cán bộ, đảng viên'] });
  plan = await callOk(svc, 'plans.create', { draft });

  const dir = tempDir('tonghop-mixed-');
  const files: Record<string, Buffer> = {
    '01 THUTDM mau.xlsx': await template('THUTDM', 'Đã thực hiện', { hoi_nghi: 12, tin_bai: 35 }),
    '02 TXBC tre han.xlsx': await template('TXBC', 'Đang thực hiện', { hoi_nghi: 5 }),
    '03 Phu Giao bang tu lap.xlsx': await freeFormXlsx(),
    '04 Di An bao cao.docx': await narrativeDocx({ issuer: 'THỊ ỦY DĨ AN', number: 'Số 12-BC/TU' }),
    '05 Phu Giao bao cao.pdf': await narrativePdf(),
    '06 ban scan.pdf': await scannedPdf(),
    '07 hong.xlsx': Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(300, 9)]),
    '08 danh sach.xlsx': Buffer.from('Mã,Tên\nA,B\n'),
    '09 co mat khau.xlsx': Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(500), Buffer.from('EncryptionInfo', 'utf16le'), Buffer.alloc(500)]),
    '10 rong.docx': Buffer.alloc(0),
  };
  for (const [name, bytes] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), bytes);
  fs.copyFileSync(path.join(dir, '01 THUTDM mau.xlsx'), path.join(dir, '11 THUTDM gui lai.xlsx'));

  for (const name of fs.readdirSync(dir).sort()) {
    const before = rowCounts(svc);
    const received = name.startsWith('02') ? '2019-07-25' : '2019-07-10';
    const r = await callOk(svc, 'reports.import', { file: { name, path: path.join(dir, name) }, receivedAt: received });
    // A rejected file changes nothing at all.
    if (r.outcome === 'rejected' || r.outcome === 'duplicate') expect(rowCounts(svc), name).toEqual(before);
    results.set(name, r);
  }
});

describe('a mixed folder of unit reports', () => {
  it('accepts the app templates into the right unit, plan and round', () => {
    for (const [name, unit] of [['01 THUTDM mau.xlsx', 'THUTDM'], ['02 TXBC tre han.xlsx', 'TXBC']] as const) {
      expect(results.get(name)).toMatchObject({ outcome: 'imported', unit: { code: unit }, plan: { id: plan.id }, round: { id: plan.rounds[0]!.id }, error: null });
    }
  });

  it('reads the units’ own files and sends each to import or review with its reasons', () => {
    for (const [name, unit] of [['03 Phu Giao bang tu lap.xlsx', 'HUPG'], ['04 Di An bao cao.docx', 'TXDA'], ['05 Phu Giao bao cao.pdf', 'HUPG']] as const) {
      const r = results.get(name)!;
      expect(['imported', 'superseded', 'review'], `${name}: ${r.outcome} ${r.error?.message ?? ''}`).toContain(r.outcome);
      expect(r.unit?.code, name).toBe(unit);
      expect(r.plan?.id, name).toBe(plan.id);
      if (r.outcome === 'review') expect(r.error?.message, name).toMatch(/Cần xem lại/);
    }
    // The free-form workbook's second sheet has a "Tổng cộng" that does not match its rows: the unit's
    // total counts and the difference is kept with the report — a note, not a reason to hold it.
    expect(results.get('03 Phu Giao bang tu lap.xlsx')).toMatchObject({ outcome: 'imported', error: null });
    const notes = svc.db
      .prepare("SELECT n.code, n.message FROM report_notes n JOIN reports r ON r.id = n.report_id JOIN stored_files f ON f.sha256 = r.file_sha WHERE f.original_name = ?")
      .all('03 Phu Giao bang tu lap.xlsx') as { code: string; message: string }[];
    expect(notes.find((n) => n.code === 'TOTAL_MISMATCH')?.message).toMatch(/[Dd]òng tổng .* ghi 40 .* 35/);
  });

  it('rejects what is not a usable report, saying why', () => {
    const codes = Object.fromEntries(['06 ban scan.pdf', '07 hong.xlsx', '08 danh sach.xlsx', '09 co mat khau.xlsx', '10 rong.docx'].map((n) => [n, results.get(n)?.error?.code]));
    expect(codes).toEqual({
      '06 ban scan.pdf': 'FILE_EMPTY',
      '07 hong.xlsx': 'FILE_CORRUPT',
      '08 danh sach.xlsx': 'UNSUPPORTED_FORMAT',
      '09 co mat khau.xlsx': 'FILE_ENCRYPTED',
      '10 rong.docx': 'FILE_EMPTY',
    });
    for (const n of Object.keys(codes)) expect(results.get(n)?.error?.message).toContain(n);
    // A CSV named .xlsx: the message says what the file really is.
    expect(results.get('08 danh sach.xlsx')?.error?.message).toContain('tệp văn bản thuần mang đuôi .xlsx');
    expect(results.get('08 danh sach.xlsx')?.error?.message).toContain('gửi lại đúng tệp Excel');
  });

  it('recognises a file sent twice', () => {
    expect(results.get('11 THUTDM gui lai.xlsx')).toMatchObject({ outcome: 'duplicate', unit: { code: 'THUTDM' } });
  });

  it('reconciles what was accepted: late unit, figures traced to cells, nothing held for review', async () => {
    const s = await callOk(svc, 'status.get', { planId: plan.id, roundId: plan.rounds[0]!.id });
    expect(s.late.map((u) => u.code)).toContain('TXBC');
    expect(s.reported.map((u) => u.code)).toEqual(expect.arrayContaining(['THUTDM', 'TXBC', 'HUPG', 'TXDA']));
    expect(await callOk(svc, 'reviews.list', {})).toEqual([]);
  });
});
