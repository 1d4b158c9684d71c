// Where report files are parsed: in a worker thread with a time and memory limit when the bundled
// worker exists (CLI, app, bridge), in-process otherwise (unit tests running the TS sources).
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { AppError } from '../../../shared/errors';
import { repoRoot } from '../paths';
import type { NormalizedReport, ReaderContext } from './normalized-report';
import type { ParseReply } from './parse-worker';
import { readReportFile } from './read-report-file';

export type ParseRunner = (bytes: Buffer, fileName: string, ctx: ReaderContext) => Promise<NormalizedReport>;

export const PARSE_LIMITS = { timeoutMs: 30_000, maxOldGenerationSizeMb: 1024 };

export const inProcessParser: ParseRunner = (bytes, fileName, ctx) => readReportFile(bytes, fileName, ctx);

/** One short-lived worker per file: a stuck or exploding parse is killed without touching the app. */
export function workerParser(workerFile: string, limits = PARSE_LIMITS): ParseRunner {
  return (bytes, fileName, ctx) =>
    new Promise<NormalizedReport>((resolve, reject) => {
      const worker = new Worker(workerFile, { resourceLimits: { maxOldGenerationSizeMb: limits.maxOldGenerationSizeMb } });
      let settled = false;
      const finish = (fn: () => void): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        void worker.terminate();
        fn();
      };
      const timer = setTimeout(
        () => finish(() => reject(new AppError('FILE_TOO_LARGE', `Đọc tệp ${fileName} quá ${Math.round(limits.timeoutMs / 1000)} giây nên đã dừng; tệp có thể hỏng hoặc quá phức tạp.`))),
        limits.timeoutMs,
      );
      worker.once('message', (reply: ParseReply) =>
        finish(() => (reply.ok ? resolve(reply.report as NormalizedReport) : reject(new AppError(reply.error.code as never, reply.error.message)))),
      );
      worker.once('error', (e) =>
        finish(() =>
          reject(
            /memory/i.test(e.message)
              ? new AppError('FILE_TOO_LARGE', `Tệp ${fileName} cần quá nhiều bộ nhớ để đọc; không mở.`)
              : new AppError('FILE_CORRUPT', `Không đọc được tệp ${fileName}: ${e.message}`),
          ),
        ),
      );
      worker.once('exit', (code) => finish(() => reject(new AppError('FILE_CORRUPT', `Không đọc được tệp ${fileName} (bộ đọc dừng, mã ${code}).`))));
      worker.postMessage({ bytes, fileName, ctx });
    });
}

/** The bundled worker next to the bundle, if this build has one. */
export function defaultParser(): ParseRunner {
  try {
    const file = path.join(repoRoot(), 'dist', 'workers', 'parse-worker.js');
    if (fs.existsSync(file) && !process.env.VITEST) return workerParser(file);
  } catch {
    // No install root found: parse in-process.
  }
  return inProcessParser;
}
