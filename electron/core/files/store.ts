// Content-addressed store of original files beside the database: <dir>/ab/abcdef….
// Files are written before the DB row commits; orphans left by a crash are swept at open.
import crypto from 'node:crypto';
import path from 'node:path';
import { realFs, writeViaTemp, writeViaTempAsync } from './fs-port';
import type { WriteFs } from './fs-port';

export function sha256(bytes: Uint8Array): string {
  return crypto.createHash('sha256').update(bytes).digest('hex');
}

/**
 * How old an unreferenced file must be before the sweep removes it. Another process on the same
 * database (the CLI beside the app) writes its original before its transaction commits, and that
 * commit may wait up to busy_timeout; a file younger than this may be such an import in flight.
 */
const STORED = 'bản gốc của tệp vào kho lưu trữ bên cạnh cơ sở dữ liệu';

export const SWEEP_GRACE_MS = 10 * 60 * 1000;

export type SweepOptions = { graceMs?: number; now?: number };

export class FileStore {
  constructor(
    readonly dir: string,
    private readonly fs: WriteFs = realFs,
  ) {}

  pathFor(sha: string): string {
    return path.join(this.dir, sha.slice(0, 2), sha);
  }

  has(sha: string): boolean {
    return this.fs.existsSync(this.pathFor(sha));
  }

  read(sha: string): Buffer {
    return this.fs.readFileSync(this.pathFor(sha));
  }

  /**
   * Write atomically (temp file, fsync, rename) so a reader never sees half a file. Throws an
   * AppError with a Vietnamese message; a failed put leaves no temp file behind.
   */
  put(bytes: Uint8Array): string {
    const sha = sha256(bytes);
    if (this.refresh(sha)) return sha;
    const target = this.pathFor(sha);
    const tmp = `${target}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`;
    // The store does not know the file's name; the import result that carries this message does.
    writeViaTemp(this.fs, target, tmp, bytes, STORED);
    return sha;
  }

  /** The same as put, the slow fsync in the thread pool: an import parses the file meanwhile. */
  async putAsync(bytes: Uint8Array, sha = sha256(bytes)): Promise<string> {
    if (this.refresh(sha)) return sha;
    const target = this.pathFor(sha);
    const tmp = `${target}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`;
    await writeViaTempAsync(this.fs, target, tmp, bytes, STORED);
    return sha;
  }

  /** A file already stored is touched, so a concurrent sweep does not take it; true when it was there. */
  private refresh(sha: string): boolean {
    const target = this.pathFor(sha);
    const fs = this.fs;
    if (fs.existsSync(target)) {
      // Fresh again, so a concurrent sweep does not take an old orphan this import is about to reference.
      const t = new Date();
      try {
        fs.utimesSync(target, t, t);
      } catch {
        // Only the grace period depends on it; the file itself is whole.
      }
      return true;
    }
    return false;
  }

  /** Best effort: a file that cannot be removed now is an orphan the next sweep removes. */
  remove(sha: string): void {
    try {
      this.fs.rmSync(this.pathFor(sha), { force: true });
    } catch {
      // See above.
    }
  }

  /**
   * Remove files no row refers to, and temp files a crash left behind, once older than the grace
   * period (see SWEEP_GRACE_MS). Returns how many were removed; never throws, since a failed
   * cleanup must not stop the app from opening.
   */
  sweep(known: Set<string>, opts: SweepOptions = {}): number {
    const fs = this.fs;
    const cutoff = (opts.now ?? Date.now()) - (opts.graceMs ?? SWEEP_GRACE_MS);
    let removed = 0;
    try {
      if (!fs.existsSync(this.dir)) return 0;
      for (const sub of fs.readdirSync(this.dir)) {
        const subDir = path.join(this.dir, sub);
        if (!fs.statSync(subDir).isDirectory()) continue;
        for (const name of fs.readdirSync(subDir)) {
          if (!name.endsWith('.tmp') && known.has(name)) continue;
          const file = path.join(subDir, name);
          try {
            if (fs.statSync(file).mtimeMs > cutoff) continue;
            fs.rmSync(file, { force: true });
            removed++;
          } catch {
            // Gone already, or locked: the next open tries again.
          }
        }
      }
    } catch {
      // An unreadable store folder is reported when a file is read, not at open.
    }
    return removed;
  }
}
