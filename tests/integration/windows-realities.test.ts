// What a specialist's Windows machine does to files, in tests that run everywhere (and, in the
// Windows workflow, on Windows): folders and file names with diacritics and spaces, paths past the
// old 260-character limit, and a report still open in Excel, whose read fails with EBUSY or EPERM —
// that must be a clear Vietnamese "close it in Excel and try again" that writes nothing.
// (Documents redirected to OneDrive: tests/unit/core/data-dir.test.ts.)
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/dispatch';
import { realFs } from '../../electron/core/files/fs-port';
import type { WriteFs } from '../../electron/core/files/fs-port';
import { fillTemplate } from '../../electron/core/demo/fill-template';
import { createService } from '../../electron/core/service';
import { runCli } from '../../electron/cli/program';
import { TEST_ENGINE } from '../helpers/engine';
import { callOk, rowCounts } from '../helpers/service-calls';
import { SAMPLES, tempDir } from '../helpers/temp';

const PLAN = path.join(SAMPLES, 'plans', 'plan-btg-binh-duong-31-kh-2019.txt');
const UNITS = path.join(SAMPLES, 'units-binh-duong.csv');
const ROUND = 'Sáu tháng đầu năm 2019';

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (s) => out.push(s), err: (s) => err.push(s) }, TEST_ENGINE);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** A fresh database under `home` with the sample units, plan and one round; returns its path. */
async function seeded(home: string): Promise<string> {
  const db = path.join(home, 'AppData', 'Local', 'TongHopBaoCao', 'tonghop.sqlite');
  expect((await cli(['units', 'import', UNITS, '--db', db])).code).toBe(0);
  expect((await cli(['plan', 'import', PLAN, '--db', db])).code).toBe(0);
  expect((await cli(['plan', 'round', 'add', '31-KH/BTGTU', '--label', ROUND, '--due', '2019-07-15', '--from', '2019-01-01', '--to', '2019-06-30', '--db', db])).code).toBe(0);
  return db;
}

/** HUDT's template, filled in and saved as `file`, the way a unit sends it back. */
async function returnedReport(db: string, file: string): Promise<void> {
  const tpl = `${file}.mau.xlsx`;
  const r = await cli(['template', '31-KH/BTGTU', '--round', ROUND, '--unit', 'HUDT', '--out', tpl, '--db', db]);
  expect(r.code, r.err).toBe(0);
  fs.writeFileSync(file, await fillTemplate(fs.readFileSync(tpl), { status: 'Đã thực hiện', result: 'Đã quán triệt đến 100% chi bộ.', reportDate: '2019-07-08', figures: { hoi_nghi: 3 } }));
}

async function importAndExport(db: string, report: string, pdf: string): Promise<void> {
  const imp = await cli(['import', report, '--plan', '31-KH/BTGTU', '--round', ROUND, '--received', '2019-07-09', '--db', db, '--json']);
  expect(imp.code, imp.err).toBe(0);
  expect(JSON.parse(imp.out)).toEqual([expect.objectContaining({ file: path.basename(report), outcome: 'imported', unit: { code: 'HUDT', name: 'Huyện ủy Dầu Tiếng' } })]);
  const exp = await cli(['export', '--plan', '31-KH/BTGTU', '--round', ROUND, '--pdf', pdf, '--db', db, '--json']);
  expect(exp.code, exp.err).toBe(0);
  expect(fs.readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
}

describe('a specialist’s folders and file names', () => {
  it('imports a report from a Vietnamese user folder synced by OneDrive, and exports beside it', async () => {
    const home = path.join(tempDir(), 'Users', 'Nguyễn Văn Ánh');
    const db = await seeded(home);
    const folder = path.join(home, 'OneDrive - Văn phòng Tỉnh ủy', 'Tài liệu', 'Báo cáo 6 tháng đầu năm 2019');
    fs.mkdirSync(folder, { recursive: true });
    const report = path.join(folder, 'Báo cáo Huyện ủy Dầu Tiếng (bản ký số) – lần 1.xlsx');
    await returnedReport(db, report);
    await importAndExport(db, report, path.join(folder, 'Báo cáo tổng hợp 6 tháng – Ban Tuyên giáo.pdf'));
  });

  it('reads and writes past 260 characters', async () => {
    const home = path.join(tempDir(), 'Users', 'Trần Thị Bình');
    const db = await seeded(home);
    let folder = path.join(home, 'Tài liệu');
    while (folder.length < 280) folder = path.join(folder, 'Thư mục báo cáo của các đơn vị trực thuộc');
    fs.mkdirSync(folder, { recursive: true });
    const report = path.join(folder, 'Báo cáo Huyện ủy Dầu Tiếng.xlsx');
    const pdf = path.join(folder, 'Báo cáo tổng hợp.pdf');
    expect(report.length).toBeGreaterThan(260);
    await returnedReport(db, report);
    await importAndExport(db, report, pdf);
    expect(pdf.length).toBeGreaterThan(260);
  });
});

/** node:fs whose reads of `locked` fail the way Windows fails them while Excel holds the file. */
function excelHolds(locked: Set<string>, code: 'EBUSY' | 'EPERM'): WriteFs {
  const readFileSync = ((file: fs.PathOrFileDescriptor, ...rest: unknown[]) => {
    if (typeof file === 'string' && locked.has(path.resolve(file))) {
      throw Object.assign(new Error(`${code}: resource busy or locked, open '${file}'`), { code, errno: code === 'EBUSY' ? -4082 : -4048, syscall: 'open', path: file });
    }
    return (realFs.readFileSync as (...a: unknown[]) => unknown)(file, ...rest);
  }) as WriteFs['readFileSync'];
  return { ...realFs, readFileSync };
}

describe('a report still open in Excel', () => {
  for (const code of ['EBUSY', 'EPERM'] as const) {
    it(`${code} on read: "đóng tệp trong Excel rồi thử lại", nothing written, and the file imports once closed`, async () => {
      const dir = tempDir();
      const db = await seeded(dir);
      const report = path.join(dir, 'Tải về', 'Báo cáo Huyện ủy Dầu Tiếng.xlsx');
      fs.mkdirSync(path.dirname(report), { recursive: true });
      await returnedReport(db, report);
      const plan = path.join(dir, 'Tải về', 'Kế hoạch 31.txt');
      fs.copyFileSync(PLAN, plan);
      const locked = new Set([report, plan, UNITS].map((p) => path.resolve(p)));
      const svc = createService({ ...TEST_ENGINE, dbPath: db, allowPaths: true, fs: excelHolds(locked, code) });
      try {
        const before = rowCounts(svc);
        const stored = (): string[] => (fs.existsSync(`${db}-files`) ? (fs.readdirSync(`${db}-files`, { recursive: true }) as string[]).sort() : []);
        const store = stored();
        const closeAndRetry = /đóng tệp trong Excel rồi thử lại/;

        const res = await callOk(svc, 'reports.import', { file: { name: path.basename(report), path: report } });
        expect(res).toMatchObject({ outcome: 'rejected', reportId: null, error: { code: 'FILE_UNREADABLE' } });
        expect(res.error?.message).toContain('Báo cáo Huyện ủy Dầu Tiếng.xlsx');
        expect(res.error?.message).toMatch(closeAndRetry);
        // The plan and the unit table are refused the same way.
        for (const [method, input] of [
          ['plans.extract', { file: { name: path.basename(plan), path: plan } }],
          ['units.importTable', { file: { name: path.basename(UNITS), path: UNITS } }],
        ] as const) {
          const r = await dispatch(svc.handlers, method, input);
          expect(r.ok, method).toBe(false);
          if (!r.ok) expect(r.error.message, method).toMatch(closeAndRetry);
        }
        expect(rowCounts(svc)).toEqual(before);
        expect(stored()).toEqual(store);

        locked.clear(); // Excel closed
        expect(await callOk(svc, 'reports.import', { file: { name: path.basename(report), path: report } })).toMatchObject({ outcome: 'imported', error: null });
        expect(rowCounts(svc).reports).toBe(before.reports! + 1);
      } finally {
        svc.close();
      }
    });
  }

  it('says what went wrong in other cases without blaming Excel', async () => {
    const svc = createService({ ...TEST_ENGINE, dbPath: path.join(tempDir(), 'x.sqlite') });
    try {
      const gone = path.join(tempDir(), 'Đã xóa.xlsx');
      const res = await callOk(svc, 'reports.import', { file: { name: 'Đã xóa.xlsx', path: gone } });
      expect(res).toMatchObject({ outcome: 'rejected', error: { code: 'FILE_UNREADABLE', message: expect.stringContaining('ENOENT') } });
      expect(res.error?.message).not.toMatch(/Excel/);
    } finally {
      svc.close();
    }
  });
});
