// A parse runner that returns what the real reader returned for the same bytes (recorded once by
// seed.ts). The write path — store, transaction — runs for real; only the parse, which writes
// nothing, is skipped. Kept free of heavy imports so a child process starts fast.
import { sha256 } from '../../../electron/core/files/store';
import type { NormalizedReport } from '../../../electron/core/imports/normalized-report';
import type { ParseRunner } from '../../../electron/core/imports/parse-runner';
import { AppError } from '../../../shared/errors';

export function replayParser(reports: Record<string, NormalizedReport>): ParseRunner {
  return async (bytes, fileName) => {
    const r = reports[sha256(bytes)];
    if (!r) throw new AppError('FILE_CORRUPT', `Tệp ${fileName} không có trong bộ thử.`);
    return structuredClone(r);
  };
}
