// Output files appear whole or not at all: write beside, fsync, rename over the final name.
import crypto from 'node:crypto';
import path from 'node:path';
import { realFs, writeViaTemp } from './fs-port';
import type { WriteFs } from './fs-port';

/** Throws an AppError with a Vietnamese message; the final name keeps its previous content on failure. */
export function writeFileAtomic(target: string, bytes: Uint8Array, fs: WriteFs = realFs): void {
  const tmp = `${target}.${crypto.randomBytes(4).toString('hex')}.part`;
  writeViaTemp(fs, target, tmp, bytes, `tệp ${path.basename(target)}`);
}
