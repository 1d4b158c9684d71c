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

type Job = {
  bytes: Buffer;
  fileName: string;
  ctx: ReaderContext;
  opts: ReadOptions;
  resolve: (r: NormalizedReport) => void;
  reject: (e: Error) => void;
};

/**
 * One long-lived worker parses files one at a time (starting a worker costs more than reading a
 * template), in the order they were given. Each file is posted as soon as it is asked for: the
 * worker goes from one file to the next without waiting for the main thread, which may be busy
 * filing the one before. A file's time limit starts when the worker reaches it. A parse past its
 * time limit, or one that exhausts the worker's memory, kills that worker; the files behind it go to
 * a fresh one.
 */
export function workerParser(workerFile: string, limits = PARSE_LIMITS): ParseRunner {
  let worker: Worker | null = null;
  /** Posted to the current worker, oldest first; the first is the one it is reading. */
  let posted: Job[] = [];
  let timer: NodeJS.Timeout | undefined;
  // The units and plans the worker holds: sent again only when the catalog changed (or the worker is new).
  let sent: { units: ReaderContext['units']; plans: ReaderContext['plans'] } | null = null;

  /**
   * Starts the time of the file the worker now reads. The worker keeps the process alive only while
   * it has files to read: an idle parser must not keep the CLI from exiting.
   */
  const startClock = (ms: number): void => {
    clearTimeout(timer);
    timer = posted.length > 0 ? setTimeout(onTimeout, ms) : undefined;
    if (posted.length > 0) worker?.ref();
    else worker?.unref();
  };

  const post = (w: Worker, job: Job): void => {
    const { ctx } = job;
    if (sent?.units !== ctx.units || sent?.plans !== ctx.plans) {
      w.postMessage({ catalog: { units: ctx.units, plans: ctx.plans } } satisfies ParseRequest);
      sent = { units: ctx.units, plans: ctx.plans };
    }
    const file = { bytes: job.bytes, fileName: job.fileName, planId: ctx.planId, roundId: ctx.roundId, ocrModelDir: job.opts.ocrModelDir };
    w.postMessage({ file } satisfies ParseRequest);
  };

  /** The file being read failed the worker: it is told why, the worker goes, the rest start again. */
  const failHead = (w: Worker, error: Error): void => {
    if (worker !== w) return;
    const [head, ...rest] = posted;
    worker = null;
    posted = [];
    clearTimeout(timer);
    void w.terminate();
    head?.reject(error);
    if (rest.length === 0) return;
    try {
      const next = (worker = spawn());
      for (const job of rest) post(next, job);
      posted = rest;
      startClock(limits.timeoutMs);
    } catch (e) {
      for (const job of rest) job.reject(e as Error);
    }
  };

  function onTimeout(): void {
    const head = posted[0];
    if (!worker || !head) return;
    failHead(
      worker,
      new AppError('FILE_TOO_LARGE', `Đọc tệp ${head.fileName} quá ${Math.max(1, Math.round(limits.timeoutMs / 1000))} giây nên đã dừng; tệp có thể hỏng hoặc quá phức tạp.`),
    );
  }

  function spawn(): Worker {
    // Said plainly: a missing worker would otherwise surface as a confusing module error per file.
    if (!fs.existsSync(workerFile)) throw new AppError('INTERNAL', `Thiếu bộ đọc tệp của phần mềm (${workerFile}); hãy cài đặt lại phần mềm.`);
    const w = new Worker(workerFile, { resourceLimits: { maxOldGenerationSizeMb: limits.maxOldGenerationSizeMb } });
    sent = null;
    w.on('message', (reply: ParseReply) => {
      if (worker !== w) return;
      const head = posted[0];
      if (!head) return;
      if ('progress' in reply) {
        // A scan reads page by page: each page gets its own time, so a long scan is not cut short.
        startClock(Math.max(limits.timeoutMs, PAGE_ALLOWANCE_MS));
        head.opts.onProgress?.(reply.progress);
        return;
      }
      posted.shift();
      startClock(limits.timeoutMs);
      if (reply.ok) head.resolve(reply.report as NormalizedReport);
      else head.reject(new AppError(reply.error.code as never, reply.error.message));
    });
    w.on('error', (e: Error) => {
      const name = posted[0]?.fileName ?? '';
      failHead(
        w,
        /memory/i.test(e.message)
          ? new AppError('FILE_TOO_LARGE', `Tệp ${name} cần quá nhiều bộ nhớ để đọc; không mở.`)
          : new AppError('FILE_CORRUPT', `Không đọc được tệp ${name}: ${e.message}`),
      );
    });
    w.on('exit', (code: number) => {
      failHead(w, new AppError('FILE_CORRUPT', `Không đọc được tệp ${posted[0]?.fileName ?? ''} (bộ đọc dừng, mã ${code}).`));
    });
    // After the listeners: adding a 'message' listener holds the process open again.
    w.unref();
    return w;
  }

  const runner: ParseRunner = (bytes, fileName, ctx, opts = {}) =>
    new Promise<NormalizedReport>((resolve, reject) => {
      const w = (worker ??= spawn());
      const job: Job = { bytes, fileName, ctx, opts, resolve, reject };
      post(w, job);
      posted.push(job);
      if (posted.length === 1) startClock(limits.timeoutMs);
    });
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
