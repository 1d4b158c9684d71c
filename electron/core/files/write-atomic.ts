// Output files appear whole or not at all: write beside, fsync, rename over the final name.
import crypto from 'node:crypto';
import path from 'node:path';
import { realFs, writeAll, writeError } from './fs-port';
import type { WriteFs } from './fs-port';

/** Throws an AppError with a Vietnamese message; the final name keeps its previous content on failure. */
export function writeFileAtomic(target: string, bytes: Uint8Array, fs: WriteFs = realFs): void {
  const tmp = `${target}.${crypto.randomBytes(4).toString('hex')}.part`;
  try {
    fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
    const fd = fs.openSync(tmp, 'w');
    try {
      writeAll(fs, fd, bytes);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, target);
  } catch (e) {
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      // Cleanup is best effort: the original error is the one to report.
    }
    throw writeError(`tệp ${path.basename(target)}`, e);
  }
}
