// Turning any thrown value into the typed, Vietnamese error every door returns.
import { AppError, isAppError } from '../../shared/errors';

/** Every failure as a typed error with a Vietnamese message; the few Node/SQLite ones people can act on are named. */
export function asAppError(e: unknown, fileName?: string): AppError {
  if (isAppError(e)) return e;
  const of = fileName ? ` tệp ${fileName}` : '';
  if (e instanceof RangeError && /call stack/i.test(e.message)) {
    return new AppError('FILE_CORRUPT', `Không đọc được${of}: cấu trúc lồng nhau quá sâu (tệp hỏng hoặc cố ý gây lỗi).`);
  }
  const code = (e as { code?: unknown }).code;
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
    return new AppError('DB_BUSY', `Cơ sở dữ liệu đang bận (một chương trình khác đang ghi); hãy thử lại${of ? ` với${of}` : ''}.`);
  }
  return new AppError('INTERNAL', `Lỗi không mong đợi${of ? ` khi đọc${of}` : ''}: ${(e as Error).message}`);
}
