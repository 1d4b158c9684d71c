// Opening the database: pragmas, refusal of a newer schema, backup, then pending migrations.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations';

export type Db = Database.Database;

export type OpenOptions = {
  /** Clock for backup names; tests pass a fixed one. */
  now?: () => Date;
};

/**
 * The db layer writes plain SQL where it is used; preparing the same text again on every call costs
 * more than running it. Statements are prepared once per connection and reused (all are run to
 * completion with run/get/all, never left iterating).
 */
function cacheStatements(db: Db): void {
  const prepare = db.prepare.bind(db);
  const cache = new Map<string, ReturnType<Db['prepare']>>();
  db.prepare = ((sql: string) => {
    let st = cache.get(sql);
    if (!st) {
      st = prepare(sql);
      cache.set(sql, st);
    }
    return st;
  }) as Db['prepare'];
}

export function openDatabase(file: string, opts: OpenOptions = {}): Db {
  const existed = file !== ':memory:' && fs.existsSync(file) && fs.statSync(file).size > 0;
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  let db: Db;
  try {
    db = new Database(file, { timeout: 5000 });
  } catch (e) {
    throw new AppError('DB_BUSY', `Không mở được cơ sở dữ liệu ${file}: ${(e as Error).message}`);
  }
  cacheStatements(db);
  try {
    db.pragma('busy_timeout = 5000');
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    // Damage is found at start, where restoring a backup can still be offered, not mid-import.
    if (existed) {
      const check = db.pragma('quick_check', { simple: true });
      if (check !== 'ok') throw corrupt(file, String(check));
    }
    migrate(db, file, existed, opts.now ?? (() => new Date()));
  } catch (e) {
    db.close();
    const code = (e as { code?: string }).code ?? '';
    if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') throw corrupt(file, (e as Error).message);
    if (code === 'SQLITE_BUSY') throw new AppError('DB_BUSY', `Cơ sở dữ liệu ${path.basename(file)} đang được một chương trình khác ghi; hãy thử lại.`);
    throw e;
  }
  return db;
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function migrate(db: Db, file: string, existed: boolean, now: () => Date): void {
  const current = schemaVersion(db);
  if (current > LATEST_SCHEMA_VERSION) {
    throw new AppError(
      'DB_NEWER',
      `Cơ sở dữ liệu ${path.basename(file)} do phiên bản mới hơn của phần mềm tạo ra (phiên bản lược đồ ${current}); hãy cập nhật phần mềm.`,
    );
  }
  const pending = MIGRATIONS.filter((m) => m.version > current);
  if (pending.length === 0) return;
  // An existing file is copied before anything touches its schema, so a failed upgrade loses nothing.
  if (existed) backupBeforeMigration(db, file, current, now());
  const apply = db.transaction(() => {
    // Re-read under the write lock: another process (the CLI beside the app) opening the same new
    // file at the same moment may have migrated it since the read above.
    const locked = schemaVersion(db);
    for (const m of MIGRATIONS.filter((x) => x.version > locked)) db.exec(m.sql);
    if (locked < LATEST_SCHEMA_VERSION) db.pragma(`user_version = ${LATEST_SCHEMA_VERSION}`);
  });
  // IMMEDIATE takes the write lock first (waiting up to busy_timeout) instead of failing to upgrade a read.
  apply.immediate();
}

function backupBeforeMigration(db: Db, file: string, fromVersion: number, at: Date): string {
  const stamp = at.toISOString().replace(/[:.]/g, '-');
  const target = path.join(path.dirname(file), 'backups', `${path.basename(file)}.v${fromVersion}.${stamp}.bak`);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  // VACUUM INTO writes a consistent copy synchronously, WAL content included.
  db.prepare('VACUUM INTO ?').run(target);
  return target;
}

function corrupt(file: string, detail: string): AppError {
  return new AppError(
    'DB_CORRUPT',
    `Cơ sở dữ liệu ${path.basename(file)} bị hỏng (${detail}). Hãy khôi phục từ bản sao lưu gần nhất (thư mục backups hoặc tệp .thbk).`,
  );
}
