import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ApiHandlers } from '../../../shared/api';
import { checkBackup } from '../../../electron/core/backup/backup-file';
import { createService } from '../../../electron/core/service';
import type { Service } from '../../../electron/core/service';
import { AUTO_BACKUP_EVERY_MS, isBackupDue, newestBackup, pickBackupsToDelete, runAutoBackup } from '../../../electron/main/auto-backup';
import type { AutoBackupIo, BackupFileInfo } from '../../../electron/main/auto-backup';
import { backupDirIo, newestBackupIn } from '../../../electron/main/node-io';
import { tempDir } from '../../helpers/temp';
import { TEST_ENGINE } from '../../helpers/engine';

const H = 60 * 60 * 1000;
const NOW = new Date('2026-03-10T09:00:00Z');
const f = (name: string, hoursAgo: number): BackupFileInfo => ({ name, mtimeMs: NOW.getTime() - hoursAgo * H });

describe('which backups to keep', () => {
  it('deletes all but the newest `keep` backup files, by time', () => {
    const files = Array.from({ length: 13 }, (_, i) => f(`b${String(i).padStart(2, '0')}.thbk`, i * 24));
    expect(pickBackupsToDelete(files, 10)).toEqual(['b10.thbk', 'b11.thbk', 'b12.thbk']);
    expect(pickBackupsToDelete(files.slice(0, 10), 10)).toEqual([]);
    expect(pickBackupsToDelete([], 10)).toEqual([]);
  });
  it('never touches a file that is not a backup, and orders ties by name', () => {
    const files = [f('old.thbk', 100), f('notes.txt', 500), f('x.thbk.part', 600), f('a.THBK', 1), f('b.thbk', 1)];
    expect(pickBackupsToDelete(files, 1)).toEqual(['a.THBK', 'old.thbk']);
    expect(pickBackupsToDelete(files, 0)).toEqual(['b.thbk', 'a.THBK', 'old.thbk']);
    expect(newestBackup(files)?.name).toBe('b.thbk');
    expect(newestBackup([f('notes.txt', 0)])).toBeNull();
  });
  it('is due with no backup or one a day old, not sooner', () => {
    expect(isBackupDue([], NOW)).toBe(true);
    expect(isBackupDue([f('a.thbk', 23)], NOW)).toBe(false);
    expect(isBackupDue([f('a.thbk', 25), f('b.thbk', 2)], NOW)).toBe(false);
    expect(isBackupDue([f('a.thbk', 24)], NOW)).toBe(true);
    expect(isBackupDue([f('notes.txt', 1)], NOW)).toBe(true);
    // A backup dated days ahead means the clock was wrong then: take a fresh one.
    expect(isBackupDue([f('a.thbk', -48)], NOW)).toBe(true);
    expect(AUTO_BACKUP_EVERY_MS).toBe(24 * H);
  });
});

describe('runAutoBackup', () => {
  function memIo(initial: BackupFileInfo[]) {
    const files = new Map(initial.map((x) => [x.name, x.mtimeMs]));
    const io: AutoBackupIo = {
      list: () => [...files].map(([name, mtimeMs]) => ({ name, mtimeMs })),
      write: (file) => void files.set(path.posix.basename(file), NOW.getTime()),
      remove: (file) => void files.delete(path.posix.basename(file)),
      join: path.posix.join,
    };
    return { io, files };
  }
  const handlers = (create: () => unknown) => ({ 'backup.create': vi.fn(create) }) as unknown as ApiHandlers;

  it('does nothing when a recent backup exists', async () => {
    const h = handlers(() => ({ fileName: 'n.thbk', dataBase64: '' }));
    const { io } = memIo([f('a.thbk', 3)]);
    expect(await runAutoBackup({ dir: '/b', now: NOW, handlers: h, io })).toEqual({ written: null, deleted: [], error: null });
    expect(h['backup.create']).not.toHaveBeenCalled();
  });
  it('writes a new backup through the service, then drops the oldest beyond ten', async () => {
    const { io, files } = memIo(Array.from({ length: 10 }, (_, i) => f(`old${i}.thbk`, 30 + i * 24)));
    const out = await runAutoBackup({ dir: '/b', now: NOW, handlers: handlers(() => ({ fileName: 'new.thbk', dataBase64: 'UEsFBg==' })), io });
    expect(out).toEqual({ written: '/b/new.thbk', deleted: ['old9.thbk'], error: null });
    expect(files.size).toBe(10);
  });
  it('reports a failed backup and deletes nothing', async () => {
    const { io, files } = memIo(Array.from({ length: 12 }, (_, i) => f(`old${i}.thbk`, 30 + i)));
    const failing = handlers(() => {
      throw new Error('disk full');
    });
    const out = await runAutoBackup({ dir: '/b', now: NOW, handlers: failing, io });
    expect(out.error).toContain('disk full');
    expect(files.size).toBe(12);
  });
});

describe('automatic backup on a real database', () => {
  let svc: Service | null = null;
  afterEach(() => svc?.close());

  it('writes a backup that restore accepts, into backups/auto, once a day', async () => {
    const dir = tempDir();
    svc = createService({ ...TEST_ENGINE, dbPath: path.join(dir, 'tonghop.sqlite') });
    const auto = path.join(dir, 'backups', 'auto');
    const first = await runAutoBackup({ dir: auto, now: new Date(), handlers: svc.handlers, io: backupDirIo });
    expect(first.error).toBeNull();
    expect(first.written).toMatch(/\.thbk$/);
    const written = first.written ?? '';
    await expect(checkBackup(fs.readFileSync(written), path.basename(written))).resolves.toMatchObject({ manifest: { format: 'tonghop-backup' } });
    expect(newestBackupIn(auto)?.path).toBe(written);
    expect((await runAutoBackup({ dir: auto, now: new Date(), handlers: svc.handlers, io: backupDirIo })).written).toBeNull();
    expect(newestBackupIn(path.join(dir, 'nowhere'))).toBeNull();
  });
});
