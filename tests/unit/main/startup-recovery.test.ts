import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import { createService } from '../../../electron/core/service';
import type { Service } from '../../../electron/core/service';
import { runAutoBackup } from '../../../electron/main/auto-backup';
import { backupDirIo, newestBackupIn } from '../../../electron/main/node-io';
import { choiceFor, openWithRecovery, restoreBackupFile, startupRecoveryPlan } from '../../../electron/main/startup-recovery';
import type { RecoveryDeps, StartupDialog } from '../../../electron/main/startup-recovery';
import { callOk } from '../../helpers/service-calls';
import { tempDir } from '../../helpers/temp';
import { TEST_ENGINE } from '../../helpers/engine';

const corrupt = new AppError('DB_CORRUPT', 'Cơ sở dữ liệu tonghop.sqlite bị hỏng (file is not a database).');
const newest = { path: 'C:\\D\\backups\\auto\\b.thbk', name: 'b.thbk', mtime: new Date(2026, 2, 9, 7, 5) };

describe('what to offer when the database cannot be opened', () => {
  it('offers the newest automatic backup, another backup file, or quitting for a damaged database', () => {
    const p = startupRecoveryPlan(corrupt, newest);
    expect(p.dialog.buttons).toEqual(['Khôi phục bản sao lưu gần nhất', 'Chọn tệp sao lưu khác…', 'Thoát']);
    expect(p.dialog.message).toContain('bị hỏng');
    expect(p.dialog.detail).toContain('b.thbk (lúc 07:05 ngày 09/03/2026)');
    expect(p.dialog.cancelId).toBe(2);
    expect(choiceFor(p, 0)).toEqual({ kind: 'restore', file: newest.path });
    expect(choiceFor(p, 1)).toEqual({ kind: 'pick-backup' });
    expect(choiceFor(p, 2)).toEqual({ kind: 'quit' });
    expect(choiceFor(p, -1)).toEqual({ kind: 'quit' });
  });
  it('offers to pick a backup file when there is no automatic one', () => {
    const p = startupRecoveryPlan(corrupt, null);
    expect(p.dialog.buttons).toEqual(['Chọn tệp sao lưu…', 'Thoát']);
    expect(p.choices).toEqual([{ kind: 'pick-backup' }, { kind: 'quit' }]);
  });
  it('offers a retry for a busy database and only quitting otherwise', () => {
    expect(startupRecoveryPlan(new AppError('DB_BUSY', 'bận'), newest).choices).toEqual([{ kind: 'retry' }, { kind: 'quit' }]);
    const newer = startupRecoveryPlan(new AppError('DB_NEWER', 'mới hơn'), newest);
    expect(newer.choices).toEqual([{ kind: 'quit' }]);
    expect(newer.dialog.detail).toBe('mới hơn');
    const other = startupRecoveryPlan(new Error('EACCES'), newest);
    expect(other.dialog).toMatchObject({ message: 'Không khởi động được phần mềm.', detail: 'EACCES', buttons: ['Thoát'], cancelId: 0 });
  });
});

describe('openWithRecovery', () => {
  function deps(over: Partial<RecoveryDeps<string>>, answers: number[]) {
    const asked: StartupDialog[] = [];
    const told: StartupDialog[] = [];
    const restored: string[] = [];
    const d: RecoveryDeps<string> = {
      open: () => 'svc',
      newestBackup: () => newest,
      ask: (dlg) => {
        asked.push(dlg);
        return answers.shift() ?? -1;
      },
      pickBackup: () => null,
      restore: async (file) => void restored.push(file),
      tell: (dlg) => void told.push(dlg),
      ...over,
    };
    return { d, asked, told, restored };
  }

  it('opens without asking anything when the database is fine', async () => {
    const t = deps({}, []);
    expect(await openWithRecovery(t.d)).toBe('svc');
    expect(t.asked).toEqual([]);
  });
  it('restores the chosen backup and opens again', async () => {
    let broken = true;
    const t = deps({ open: () => {
      if (broken) throw corrupt;
      return 'svc';
    }, restore: async () => {
      broken = false;
    } }, [0]);
    expect(await openWithRecovery(t.d)).toBe('svc');
    expect(t.asked).toHaveLength(1);
  });
  it('says why a restore failed and asks again; quitting returns null', async () => {
    const t = deps({ open: () => {
      throw corrupt;
    }, restore: async () => {
      throw new AppError('FILE_CORRUPT', 'Tệp sao lưu b.thbk không dùng được: thiếu tệp gốc.');
    } }, [0, 2]);
    expect(await openWithRecovery(t.d)).toBeNull();
    expect(t.asked).toHaveLength(2);
    expect(t.told[0]?.detail).toContain('không dùng được');
  });
  it('asks again when the file picker is canceled, and gives up after a bounded number of rounds', async () => {
    const t = deps({ open: () => {
      throw corrupt;
    } }, [1, 1, 1]);
    expect(await openWithRecovery(t.d, 3)).toBeNull();
    expect(t.asked).toHaveLength(3);
    expect(t.restored).toEqual([]);
  });
});

describe('restoring a damaged database at start, for real', () => {
  it('brings back the data of the newest automatic backup and keeps the damaged file', async () => {
    const dir = tempDir();
    const dbPath = path.join(dir, 'tonghop.sqlite');
    const auto = path.join(dir, 'backups', 'auto');
    let svc: Service = createService({ ...TEST_ENGINE, dbPath });
    await callOk(svc, 'units.save', { code: 'TEST-1', name: 'Đảng ủy xã Thử', kind: 'dang-uy-xa', parentCode: null, aliases: [], validFrom: null, validTo: null, mergedInto: null });
    expect((await runAutoBackup({ dir: auto, now: new Date(), handlers: svc.handlers, io: backupDirIo })).error).toBeNull();
    svc.close();
    // Damage the file the way a failing disk would: the header is gone.
    const bytes = fs.readFileSync(dbPath);
    bytes.fill(0x41, 0, 4096);
    fs.writeFileSync(dbPath, bytes);

    const asked: StartupDialog[] = [];
    const opened = await openWithRecovery<Service>({
      open: () => createService({ ...TEST_ENGINE, dbPath }),
      newestBackup: () => newestBackupIn(auto),
      ask: (d) => {
        asked.push(d);
        return 0;
      },
      pickBackup: () => null,
      restore: async (file) => void (await restoreBackupFile(file, dbPath, new Date())),
      tell: (d) => {
        throw new Error(d.detail);
      },
    });
    expect(asked).toHaveLength(1);
    expect(asked[0]?.buttons[0]).toBe('Khôi phục bản sao lưu gần nhất');
    if (!opened) throw new Error('not reopened');
    svc = opened;
    const units = await callOk(svc, 'units.list', {});
    expect(units.map((u) => u.code)).toContain('TEST-1');
    svc.close();
    expect(fs.readdirSync(dir).some((n) => n.startsWith('tonghop.sqlite.before-restore-'))).toBe(true);
  });
});
