// A user's file that cannot be read, said in Vietnamese. On Windows a report still open in Excel
// (or Word) is locked: reading it fails with EBUSY, or EPERM/EACCES when the program holds it
// exclusively. The person at the keyboard needs to know what to do, not the errno.
import { AppError } from '../../../shared/errors';

const LOCKED = new Set(['EBUSY', 'EPERM', 'EACCES']);

export function readError(fileName: string, e: unknown): AppError {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  if (code && LOCKED.has(code)) {
    return new AppError(
      'FILE_UNREADABLE',
      `Không đọc được tệp ${fileName}: tệp đang được mở trong chương trình khác (Excel, Word…) hoặc bị khóa. Hãy đóng tệp trong Excel rồi thử lại (${code}).`,
    );
  }
  return new AppError('FILE_UNREADABLE', `Không đọc được tệp ${fileName}: ${code ?? (e as Error).message}`);
}
