// Backup to one file and restore from it: the database and every original come back, checked first.
import fs from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { dataDirWarnings } from '../../electron/core/backup/data-dir-checks';
import { dispatch } from '../../electron/core/dispatch';
import { fillTemplate } from '../../electron/core/demo/fill-template';
import { createService } from '../../electron/core/service';
import { samplePlanDraft } from '../helpers/plan-fixture';
import { b64, callOk, rowCounts } from '../helpers/service-calls';
import { SAMPLES, tempDir } from '../helpers/temp';
import { TEST_ENGINE } from '../helpers/engine';

describe('backup and restore', () => {
  it('restores the database and the originals from one file, keeping the replaced database', async () => {
    const dir = tempDir();
    const dbPath = path.join(dir, 'main.sqlite');
    const svc = createService({ ...TEST_ENGINE, dbPath });
    await callOk(svc, 'units.importTable', { file: { name: 'u.csv', path: path.join(SAMPLES, 'units-binh-duong.csv') } });
    const plan = await callOk(svc, 'plans.create', { draft: samplePlanDraft() });
    const tpl = await callOk(svc, 'templates.generate', { planId: plan.id, roundId: plan.rounds[0]!.id, unitCode: 'HUDT' });
    const filled = await fillTemplate(Buffer.from(tpl.dataBase64, 'base64'), { status: 'Đã thực hiện', result: 'x', reportDate: null, figures: { hoi_nghi: 2 } });
    await callOk(svc, 'reports.import', { file: { name: 'r.xlsx', dataBase64: b64(filled) } });
    const counts = rowCounts(svc);
    const backup = await callOk(svc, 'backup.create', {});
    expect(backup.fileName).toMatch(/\.thbk$/);

    // Later work that the restore must undo, and a lost original.
    await callOk(svc, 'plans.create', { draft: { ...samplePlanDraft(), number: '2-KH/TU' } });
    const [report] = await callOk(svc, 'reports.list', { planId: plan.id, roundId: plan.rounds[0]!.id });
    fs.rmSync(path.join(`${dbPath}-files`, report!.file.sha256.slice(0, 2), report!.file.sha256));

    const res = await callOk(svc, 'backup.restore', { file: { name: backup.fileName, dataBase64: backup.dataBase64 } });
    expect(res.files).toBe(1);
    expect(fs.existsSync(res.previousKeptAs)).toBe(true);
    expect(rowCounts(svc)).toEqual({ ...counts, audit_log: (counts.audit_log ?? 0) + 1 });
    expect(svc.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(fs.existsSync(path.join(`${dbPath}-files`, report!.file.sha256.slice(0, 2), report!.file.sha256))).toBe(true);
    expect((await callOk(svc, 'plans.list', {})).map((p) => p.number)).toEqual(['31-KH/BTGTU']);
    svc.close();
  });

  it('refuses a file that is not a good backup and leaves the database as it was', async () => {
    const svc = createService({ ...TEST_ENGINE, dbPath: path.join(tempDir(), 'x.sqlite') });
    await callOk(svc, 'units.importTable', { file: { name: 'u.csv', path: path.join(SAMPLES, 'units-binh-duong.csv') } });
    const before = rowCounts(svc);
    const notBackup = Buffer.from(zipSync({ 'manifest.json': Buffer.from('{"format":"other"}'), 'tonghop.sqlite': Buffer.from('junk') }));
    for (const bytes of [notBackup, Buffer.from('hello'), Buffer.alloc(0)]) {
      const res = await dispatch(svc.handlers, 'backup.restore', { file: { name: 'b.thbk', dataBase64: b64(bytes) } });
      expect(res.ok).toBe(false);
      if (!res.ok) expect(res.error.message).toContain('b.thbk');
    }
    const bad = Buffer.from(zipSync({ 'manifest.json': Buffer.from(JSON.stringify({ format: 'tonghop-backup', version: 1, schemaVersion: 2, createdAt: 'x', files: 0 })), 'tonghop.sqlite': Buffer.alloc(4096, 1) }));
    const res = await dispatch(svc.handlers, 'backup.restore', { file: { name: 'b.thbk', dataBase64: b64(bad) } });
    expect(res.ok).toBe(false);
    expect(rowCounts(svc)).toEqual(before);
    svc.close();
  });

  it('warns about network shares and roaming folders', () => {
    expect(dataDirWarnings('\\\\server\\share\\tonghop.sqlite')).toHaveLength(1);
    expect(dataDirWarnings('C:\\Users\\a\\AppData\\Roaming\\x\\t.sqlite')).toHaveLength(1);
    expect(dataDirWarnings('C:\\Users\\a\\AppData\\Local\\TongHopBaoCao\\t.sqlite')).toEqual([]);
  });
});
