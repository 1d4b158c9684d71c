// Where report files are parsed: in a worker thread with a time and memory limit (the doors pass
// the bundled worker's path from their InstallLayout), or in-process (unit tests of the readers).
import fs from 'node:fs';
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { AppError } from '../../../shared/errors';
import type { NormalizedReport, ReaderContext } from './normalized-report';
import type { ParseReply, ParseRequest } from './parse-worker';
import { OCR_PAGE_TIMEOUT_MS } from './scan-limits';
import type { ReadOptions } from './read-scan';

export type ParseRunner = {
  (bytes: Buffer, fileName: string, ctx: ReaderContext, opts?: ReadOptions): Promise<NormalizedReport>;
  /** Starts the parsers now: a worker takes a tenth of a second to boot, which the first file need not wait for. */
  warm?: () => void;
};

export const PARSE_LIMITS = { timeoutMs: 30_000, maxOldGenerationSizeMb: 1024 };

/** After a scan's page starts, the worker may take this long before its next word: the page's own limit, drawing and cleaning. */
const PAGE_ALLOWANCE_MS = OCR_PAGE_TIMEOUT_MS + 20_000;

// Loaded on first use: the readers are the worker's; a process that parses in workers never loads them.
export const inProcessParser: ParseRunner = async (bytes, fileName, ctx, opts) => (await import('./read-report-file')).readReportFile(bytes, fileName, ctx, opts);

/**
 * One long-lived worker parses files one at a time (starting a worker costs more than reading a
 * template). A parse past its time limit, or one that exhausts the worker's memory, kills that
 * worker; the next file gets a fresh one.
 */
export function workerParser(workerFile: string, limits = PARSE_LIMITS): ParseRunner {
  let worker: Worker | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  // The units and plans the worker holds: sent again only when the catalog changed (or the worker is new).
  let sent: { units: ReaderContext['units']; plans: ReaderContext['plans'] } | null = null;

  const spawn = (): Worker => {
    // Said plainly: a missing worker would otherwise surface as a confusing module error per file.
    if (!fs.existsSync(workerFile)) throw new AppError('INTERNAL', `Thiếu bộ đọc tệp của phần mềm (${workerFile}); hãy cài đặt lại phần mềm.`);
    const w = new Worker(workerFile, { resourceLimits: { maxOldGenerationSizeMb: limits.maxOldGenerationSizeMb } });
    w.unref(); // an idle parser must not keep the CLI alive
    sent = null;
    return w;
  };
  const kill = (w: Worker): void => {
    if (worker === w) worker = null;
    void w.terminate();
  };

  const parseOne = (bytes: Buffer, fileName: string, ctx: ReaderContext, opts: ReadOptions): Promise<NormalizedReport> =>
    new Promise<NormalizedReport>((resolve, reject) => {
      const w = (worker ??= spawn());
      const cleanup = (): void => {
        clearTimeout(timer);
        w.off('message', onMessage);
        w.off('error', onError);
        w.off('exit', onExit);
      };
      const onMessage = (reply: ParseReply): void => {
        if ('progress' in reply) {
          // A scan reads page by page: each page gets its own time, so a long scan is not cut short.
          clearTimeout(timer);
          timer = setTimeout(onTimeout, Math.max(limits.timeoutMs, PAGE_ALLOWANCE_MS));
          opts.onProgress?.(reply.progress);
          return;
        }
        cleanup();
        if (reply.ok) resolve(reply.report as NormalizedReport);
        else reject(new AppError(reply.error.code as never, reply.error.message));
      };
      const onError = (e: Error): void => {
        cleanup();
        kill(w);
        reject(
          /memory/i.test(e.message)
            ? new AppError('FILE_TOO_LARGE', `Tệp ${fileName} cần quá nhiều bộ nhớ để đọc; không mở.`)
            : new AppError('FILE_CORRUPT', `Không đọc được tệp ${fileName}: ${e.message}`),
        );
      };
      const onExit = (code: number): void => {
        cleanup();
        if (worker === w) worker = null;
        reject(new AppError('FILE_CORRUPT', `Không đọc được tệp ${fileName} (bộ đọc dừng, mã ${code}).`));
      };
      const onTimeout = (): void => {
        cleanup();
        kill(w);
        reject(new AppError('FILE_TOO_LARGE', `Đọc tệp ${fileName} quá ${Math.max(1, Math.round(limits.timeoutMs / 1000))} giây nên đã dừng; tệp có thể hỏng hoặc quá phức tạp.`));
      };
      let timer = setTimeout(onTimeout, limits.timeoutMs);
      w.on('message', onMessage);
      w.once('error', onError);
      w.once('exit', onExit);
      if (sent?.units !== ctx.units || sent?.plans !== ctx.plans) {
        w.postMessage({ catalog: { units: ctx.units, plans: ctx.plans } } satisfies ParseRequest);
        sent = { units: ctx.units, plans: ctx.plans };
      }
      w.postMessage({ file: { bytes, fileName, planId: ctx.planId, roundId: ctx.roundId, ocrModelDir: opts.ocrModelDir } } satisfies ParseRequest);
    });

  const runner: ParseRunner = (bytes, fileName, ctx, opts = {}) => {
    // Files are parsed one after another: the worker answers one request at a time.
    const run = queue.then(() => parseOne(bytes, fileName, ctx, opts));
    queue = run.catch(() => undefined);
    return run;
  };
  runner.warm = () => {
    worker ??= spawn();
  };
  return runner;
}

/**
 * One core is left to the main thread, which files each report (SQLite, the stored original) and, in
 * the app, draws the window; the others parse, each worker taking the next file when it has the
 * fewest waiting. On a two-core workstation that is one worker: measured on the import bench, a
 * second one there made the import no faster and cost a fifth more CPU (each worker compiles the
 * readers anew while it warms up). Two at most; each spawns on first use and keeps its own limits.
 */
export function workerPool(workerFile: string, size = Math.max(1, Math.min(2, os.availableParallelism() - 1)), limits = PARSE_LIMITS): ParseRunner {
  const parsers = Array.from({ length: Math.max(1, size) }, () => ({ run: workerParser(workerFile, limits), waiting: 0 }));
  const pool: ParseRunner = async (bytes, fileName, ctx, opts) => {
    const p = parsers.reduce((a, b) => (b.waiting < a.waiting ? b : a));
    p.waiting++;
    try {
      return await p.run(bytes, fileName, ctx, opts);
    } finally {
      p.waiting--;
    }
  };
  pool.warm = () => {
    for (const p of parsers) p.run.warm?.();
  };
  return pool;
}
