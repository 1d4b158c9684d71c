// Rows of stored original files (the bytes live in the content-addressed store beside the DB).
import type { StoredFile } from '../../../shared/domain';
import type { Db } from './open';

type FileRow = { sha256: string; original_name: string; size: number; format: string; stored_at: string };

export function getStoredFile(db: Db, sha256: string): StoredFile | null {
  const r = db.prepare('SELECT * FROM stored_files WHERE sha256 = ?').get(sha256) as FileRow | undefined;
  return r ? toStoredFile(r) : null;
}

export function insertStoredFile(db: Db, f: StoredFile): void {
  db.prepare(
    `INSERT OR IGNORE INTO stored_files (sha256, original_name, size, format, stored_at)
     VALUES (@sha256, @originalName, @size, @format, @storedAt)`,
  ).run(f);
}

export function allStoredShas(db: Db): Set<string> {
  const rows = db.prepare('SELECT sha256 FROM stored_files').all() as { sha256: string }[];
  return new Set(rows.map((r) => r.sha256));
}

export function toStoredFile(r: FileRow): StoredFile {
  return { sha256: r.sha256, originalName: r.original_name, size: r.size, format: r.format, storedAt: r.stored_at };
}
