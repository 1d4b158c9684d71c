// The automatic daily backup: at start (and every few hours while the app stays open) a one-file
// backup is written to <data>/backups/auto/ when the newest one there is a day old, and only the
// newest few are kept. The backup itself is the service's 'backup.create', through dispatch.
import type { ApiHandlers } from '../../shared/api';
import { FileOutput } from '../../shared/domain';
import { dispatch } from '../core/dispatch';

export const AUTO_BACKUP_KEEP = 10;
export const AUTO_BACKUP_EVERY_MS = 24 * 60 * 60 * 1000;
export const BACKUP_EXTENSION = '.thbk';

export type BackupFileInfo = { name: string; mtimeMs: number };

function backupsNewestFirst(files: readonly BackupFileInfo[]): BackupFileInfo[] {
  return files
    .filter((f) => f.name.toLowerCase().endsWith(BACKUP_EXTENSION))
    .sort((a, b) => b.mtimeMs - a.mtimeMs || b.name.localeCompare(a.name));
}

export function newestBackup(files: readonly BackupFileInfo[]): BackupFileInfo | null {
  return backupsNewestFirst(files)[0] ?? null;
}

/** Due when there is none yet, or the newest is older than the interval (or dated in the future: a clock was wrong). */
export function isBackupDue(files: readonly BackupFileInfo[], now: Date, everyMs = AUTO_BACKUP_EVERY_MS): boolean {
  const newest = newestBackup(files);
  if (!newest) return true;
  const age = now.getTime() - newest.mtimeMs;
  return age >= everyMs || age < -everyMs;
}

/** The backup files beyond the newest `keep`; files that are not backups are never touched. */
export function pickBackupsToDelete(files: readonly BackupFileInfo[], keep: number): string[] {
  return backupsNewestFirst(files)
    .slice(Math.max(0, keep))
    .map((f) => f.name);
}

export type AutoBackupIo = {
  /** The folder's files; a missing folder is an empty list. */
  list(dir: string): BackupFileInfo[];
  write(file: string, bytes: Uint8Array): void;
  remove(file: string): void;
  join(dir: string, name: string): string;
};

export type AutoBackupOutcome = { written: string | null; deleted: string[]; error: string | null };

export async function runAutoBackup(opts: { dir: string; now: Date; handlers: ApiHandlers; io: AutoBackupIo; keep?: number }): Promise<AutoBackupOutcome> {
  const { dir, io } = opts;
  if (!isBackupDue(io.list(dir), opts.now)) return { written: null, deleted: [], error: null };
  const res = await dispatch(opts.handlers, 'backup.create', {});
  if (!res.ok) return { written: null, deleted: [], error: res.error.message };
  const out = FileOutput.parse(res.value);
  const target = io.join(dir, out.fileName);
  try {
    io.write(target, Buffer.from(out.dataBase64, 'base64'));
  } catch (e) {
    return { written: null, deleted: [], error: (e as Error).message };
  }
  // Old ones go only after the new one is safely written.
  const deleted: string[] = [];
  for (const name of pickBackupsToDelete(io.list(dir), opts.keep ?? AUTO_BACKUP_KEEP)) {
    try {
      io.remove(io.join(dir, name));
      deleted.push(name);
    } catch {
      // A backup open elsewhere stays until the next run.
    }
  }
  return { written: target, deleted, error: null };
}
