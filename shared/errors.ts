// Typed, user-facing errors: a stable code for scripts and a Vietnamese message for people.
export const ERROR_CODES = [
  'INVALID_INPUT',
  'NOT_FOUND',
  'FILE_UNREADABLE',
  'FILE_EMPTY',
  'FILE_CORRUPT',
  'FILE_ENCRYPTED',
  'FILE_TOO_LARGE',
  'UNSUPPORTED_FORMAT',
  'NOT_A_TEMPLATE',
  'UNKNOWN_UNIT',
  'UNKNOWN_PLAN',
  'UNKNOWN_ROUND',
  'NOT_A_REPORT',
  'WRONG_PLAN',
  'OUT_OF_PERIOD',
  'PLAN_MISMATCH',
  'ROUND_LOCKED',
  'DUPLICATE',
  'NEEDS_REVIEW',
  'CONFLICT',
  'DB_NEWER',
  'DB_BUSY',
  'DB_CORRUPT',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class AppError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'AppError';
    this.code = code;
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}
