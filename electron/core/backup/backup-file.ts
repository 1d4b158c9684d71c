// One-file backups: a zip holding a consistent copy of the database (VACUUM INTO), every stored
// original, and a manifest. Restoring checks all of it before anything is replaced.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { unzipSync, zipSync } from 'fflate';
import { z } from 'zod';
import { AppError } from '../../../shared/errors';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import type { Db } from '../db/open';
import { schemaVersion } from '../db/open';
import type { FileStore } from '../files/store';
import { sha256 } from '../files/store';
import { guardZip, ZIP_LIMITS } from '../readers/zip-guard';

export const BACKUP_FORMAT = 'tonghop-backup';
const DB_ENTRY = 'tonghop.sqlite';
const Manifest = z.object({ format: z.literal(BACKUP_FORMAT), version: z.literal(1), schemaVersion: z.number().int(), createdAt: z.string(), files: z.number().int() });

// Backups hold many originals: larger limits than a single report, still bounded.
const BACKUP_LIMITS = { ...ZIP_LIMITS, maxEntries: 200_000, maxTotalUncompressed: 4 * 1024 ** 3, maxEntryUncompressed: 2 * 1024 ** 3, maxRatio: 10_000 };

function tempPath(name: string): string {
  return path.join(os.tmpdir(), `tonghop-${crypto.randomBytes(6).toString('hex')}-${name}`);
}

export function createBackup(db: Db, store: FileStore, now: Date): Buffer {
  const copy = tempPath('backup.sqlite');
  try {
    db.prepare('VACUUM INTO ?').run(copy);
    const shas = (db.prepare('SELECT sha256 FROM stored_files ORDER BY sha256').all() as { sha256: string }[]).map((r) => r.sha256);
    const entries: Record<string, Uint8Array> = {
      'manifest.json': Buffer.from(JSON.stringify({ format: BACKUP_FORMAT, version: 1, schemaVersion: schemaVersion(db), createdAt: now.toISOString(), files: shas.length }, null, 2)),
      [DB_ENTRY]: fs.readFileSync(copy),
    };
    for (const sha of shas) if (store.has(sha)) entries[`files/${sha}`] = store.read(sha);
    // Originals are already compressed Office files: store them, deflate only the database.
    return Buffer.from(zipSync(entries, { level: 0 }));
  } finally {
    fs.rmSync(copy, { force: true });
  }
}

export type CheckedBackup = { dbBytes: Uint8Array; files: Map<string, Uint8Array>; manifest: z.infer<typeof Manifest> };

/** Everything is verified here; nothing on disk is touched. */
export async function checkBackup(bytes: Buffer, fileName: string): Promise<CheckedBackup> {
  const bad = (why: string) => new AppError('FILE_CORRUPT', `Tệp sao lưu ${fileName} không dùng được: ${why}.`);
  await guardZip(bytes, fileName, BACKUP_LIMITS);
  const entries = unzipSync(new Uint8Array(bytes));
  const manifestBytes = entries['manifest.json'];
  const dbBytes = entries[DB_ENTRY];
  if (!manifestBytes || !dbBytes) throw bad('thiếu tệp cơ sở dữ liệu hoặc bản kê');
  const manifest = Manifest.safeParse(JSON.parse(Buffer.from(manifestBytes).toString('utf8')));
  if (!manifest.success) throw bad('bản kê không đúng định dạng');
  if (manifest.data.schemaVersion > LATEST_SCHEMA_VERSION) {
    throw new AppError('DB_NEWER', `Tệp sao lưu ${fileName} do phiên bản mới hơn của phần mềm tạo ra; hãy cập nhật phần mềm.`);
  }
  const files = new Map<string, Uint8Array>();
  for (const [name, data] of Object.entries(entries)) {
    if (!name.startsWith('files/')) continue;
    const sha = name.slice(6);
    if (sha256(data) !== sha) throw bad(`tệp gốc ${sha.slice(0, 12)}… bị sai nội dung`);
    files.set(sha, data);
  }
  const tmp = tempPath('check.sqlite');
  fs.writeFileSync(tmp, dbBytes);
  try {
    const check = new Database(tmp, { readonly: true });
    try {
      const ok = check.pragma('integrity_check', { simple: true });
      if (ok !== 'ok') throw bad(`cơ sở dữ liệu hỏng (${String(ok)})`);
      const shas = (check.prepare('SELECT sha256 FROM stored_files').all() as { sha256: string }[]).map((r) => r.sha256);
      const missing = shas.filter((s) => !files.has(s));
      if (missing.length > 0) throw bad(`thiếu ${missing.length} tệp gốc`);
    } finally {
      check.close();
    }
  } finally {
    fs.rmSync(tmp, { force: true });
  }
  return { dbBytes, files, manifest: manifest.data };
}

/**
 * Put a checked backup in place of the (closed) database at dbPath. The current database is kept
 * beside it as "<db>.before-restore-<time>" so a restore can itself be undone.
 */
export function installBackup(checked: CheckedBackup, dbPath: string, store: FileStore, now: Date): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const keep = `${dbPath}.before-restore-${stamp}`;
  if (fs.existsSync(dbPath)) fs.copyFileSync(dbPath, keep);
  for (const [sha, data] of checked.files) if (!store.has(sha)) store.put(data);
  const tmp = `${dbPath}.restore-${stamp}.tmp`;
  fs.writeFileSync(tmp, checked.dbBytes);
  for (const suffix of ['-wal', '-shm']) fs.rmSync(`${dbPath}${suffix}`, { force: true });
  fs.renameSync(tmp, dbPath);
  return keep;
}
