// The slice of node:fs the write paths use. Production passes nothing and gets the real module;
// reliability tests pass a wrapper that fails the Nth write or rename, to prove every failure
// reaches the caller as a typed error and leaves the store and database consistent.
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors';

export type WriteFs = Pick<
  typeof fs,
  'existsSync' | 'mkdirSync' | 'openSync' | 'writeSync' | 'fsyncSync' | 'fsync' | 'closeSync' | 'renameSync' | 'rmSync' | 'readFileSync' | 'readdirSync' | 'statSync' | 'utimesSync'
>;

export const realFs: WriteFs = fs;

/** What an errno means to the person at the keyboard (Windows adds EBUSY/EPERM for a file open in Word or Acrobat). */
function cause(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | null)?.code ?? '';
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'ổ đĩa đã đầy';
    case 'EACCES':
    case 'EPERM':
      return 'không có quyền ghi vào thư mục này, hoặc tệp đang được chương trình khác mở';
    case 'EBUSY':
      return 'tệp đang được chương trình khác mở';
    case 'EROFS':
      return 'ổ đĩa chỉ cho đọc';
    case 'EIO':
      return 'lỗi đọc/ghi ổ đĩa';
    case 'ENOENT':
    case 'ENOTDIR':
      return 'thư mục không tồn tại';
    case 'EISDIR':
      return 'đã có một thư mục trùng tên';
    case 'EMFILE':
    case 'ENFILE':
      return 'quá nhiều tệp đang mở';
    default:
      return 'lỗi hệ thống tệp';
  }
}

/** A failed write as a typed error saying what could not be written and why; the errno stays in brackets for support. */
export function writeError(subject: string, e: unknown): AppError {
  if (e instanceof AppError) return e;
  const code = (e as NodeJS.ErrnoException | null)?.code;
  return new AppError('INTERNAL', `Không ghi được ${subject}: ${cause(e)}${code ? ` (${code})` : ''}.`);
}

/** writeSync may write less than asked (large buffers, some network drives): loop until all is written. */
export function writeAll(fs: WriteFs, fd: number, bytes: Uint8Array): void {
  let off = 0;
  while (off < bytes.length) {
    const n = fs.writeSync(fd, bytes, off, bytes.length - off);
    if (n <= 0) throw Object.assign(new Error('short write'), { code: 'EIO' });
    off += n;
  }
}

/**
 * Open `file` for writing, creating its folder only when the open finds none: the store's folders
 * almost always exist, and a recursive mkdir before every file cost a syscall round per import.
 */
function openCreatingDir(fs: WriteFs, file: string): number {
  try {
    return fs.openSync(file, 'w');
  } catch (e) {
    if ((e as NodeJS.ErrnoException | null)?.code !== 'ENOENT') throw e;
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    return fs.openSync(file, 'w');
  }
}

/**
 * Write to `tmp`, fsync, rename over `target`: the final name holds the old content or the whole new
 * one, never half. On failure the temp file is removed (best effort) and `what` names the file in
 * the Vietnamese message.
 */
export function writeViaTemp(fs: WriteFs, target: string, tmp: string, bytes: Uint8Array, what: string): void {
  try {
    const fd = openCreatingDir(fs, tmp);
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
      // Cleanup is best effort: the original error is the one to report (a leftover is swept later).
    }
    throw writeError(what, e);
  }
}

/**
 * The same, with the fsync done in the thread pool: the caller parses the file meanwhile, and the
 * original is on disk, under its final name, before the caller records it.
 */
export async function writeViaTempAsync(fs: WriteFs, target: string, tmp: string, bytes: Uint8Array, what: string): Promise<void> {
  try {
    const fd = openCreatingDir(fs, tmp);
    try {
      writeAll(fs, fd, bytes);
      await new Promise<void>((resolve, reject) => fs.fsync(fd, (e) => (e ? reject(e) : resolve())));
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, target);
  } catch (e) {
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      // Best effort, as above.
    }
    throw writeError(what, e);
  }
}
