// Content-addressed store of original files beside the database: <dir>/ab/abcdef….
// Files are written before the DB row commits; orphans left by a crash are swept at open.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export function sha256(bytes: Uint8Array): string {
  return crypto.createHash('sha256').update(bytes).digest('hex');
}

export class FileStore {
  constructor(readonly dir: string) {}

  pathFor(sha: string): string {
    return path.join(this.dir, sha.slice(0, 2), sha);
  }

  has(sha: string): boolean {
    return fs.existsSync(this.pathFor(sha));
  }

  read(sha: string): Buffer {
    return fs.readFileSync(this.pathFor(sha));
  }

  /** Write atomically (temp file, fsync, rename) so a reader never sees half a file. */
  put(bytes: Uint8Array): string {
    const sha = sha256(bytes);
    const target = this.pathFor(sha);
    if (fs.existsSync(target)) return sha;
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const tmp = `${target}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`;
    const fd = fs.openSync(tmp, 'w');
    try {
      fs.writeSync(fd, bytes);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, target);
    return sha;
  }

  remove(sha: string): void {
    fs.rmSync(this.pathFor(sha), { force: true });
  }

  /** Remove files no row refers to, and temp files a crash left behind. */
  sweep(known: Set<string>): number {
    if (!fs.existsSync(this.dir)) return 0;
    let removed = 0;
    for (const sub of fs.readdirSync(this.dir)) {
      const subDir = path.join(this.dir, sub);
      if (!fs.statSync(subDir).isDirectory()) continue;
      for (const name of fs.readdirSync(subDir)) {
        if (name.endsWith('.tmp') || !known.has(name)) {
          fs.rmSync(path.join(subDir, name), { force: true });
          removed++;
        }
      }
    }
    return removed;
  }
}
