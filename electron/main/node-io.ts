// The file-system adapters behind the pure main-process modules, kept apart so those modules stay
// testable with fakes and main.ts stays wiring.
import fs from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../core/files/write-atomic';
import type { AutoBackupIo, BackupFileInfo } from './auto-backup';
import { newestBackup } from './auto-backup';
import type { TextFileIo } from './recent-files';
import type { BackupRef } from './startup-recovery';

/** Small JSON state files: a missing or unreadable file reads as null; writes are atomic. */
export const textFileIo: TextFileIo = {
  read(file) {
    try {
      return fs.readFileSync(file, 'utf8');
    } catch {
      return null;
    }
  },
  write(file, text) {
    writeFileAtomic(file, Buffer.from(text, 'utf8'));
  },
};

export function isExistingFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

function listFiles(dir: string): BackupFileInfo[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const out: BackupFileInfo[] = [];
  for (const name of names) {
    try {
      const st = fs.statSync(path.join(dir, name));
      if (st.isFile()) out.push({ name, mtimeMs: st.mtimeMs });
    } catch {
      // Removed while listing: skip it.
    }
  }
  return out;
}

export const backupDirIo: AutoBackupIo = {
  list: listFiles,
  write: (file, bytes) => writeFileAtomic(file, bytes),
  remove: (file) => fs.rmSync(file, { force: true }),
  join: path.join,
};

export function newestBackupIn(dir: string): BackupRef | null {
  const f = newestBackup(listFiles(dir));
  return f ? { path: path.join(dir, f.name), name: f.name, mtime: new Date(f.mtimeMs) } : null;
}
