// The smoke run: `TongHopBaoCao.exe --smoke-test DIR` (`electron . --smoke-test DIR` in development,
// `node dist/smoke/smoke.js --smoke-test DIR` under plain Node) proves an installed app works end to
// end without a window: a fresh database in DIR, the bundled samples imported through the parse
// worker, the consolidated report exported as PDF, one JSON line as the result. It imports nothing
// from Electron, so the same code runs under vitest and the Node door against a simulated install.
import fs from 'node:fs';
import path from 'node:path';
import { isAppError } from '../../shared/errors';
import { buildDemo } from '../core/demo/build-demo';
import { writeFileAtomic } from '../core/files/write-atomic';
import type { ParseRunner } from '../core/imports/parse-runner';
import { workerParser } from '../core/imports/parse-runner';
import { APP_VERSION } from '../core/paths';
import type { InstallLayout } from '../core/paths';
import { missingRuntimeFiles } from '../core/runtime-files';
import type { RuntimePart } from '../core/runtime-files';

export const SMOKE_FLAG = '--smoke-test';
export const SMOKE_RESULT_FILE = 'smoke-result.json';

export type SmokeResult = {
  ok: boolean;
  version: string;
  dir: string;
  db: string | null;
  pdf: string | null;
  pdfBytes: number;
  /** Report files are always read by the worker here: no in-process fallback that would hide a broken install. */
  parser: 'worker';
  workerFile: string;
  resourcesDir: string;
  reportsImported: number;
  /** Files the worker thread read and answered; equal to reportsImported when all went through it. */
  parsedInWorker: number;
  ms: number;
  error: { code: string; message: string } | null;
};

/**
 * The folder after --smoke-test (or --smoke-test=DIR), resolved against the launching folder; ''
 * when the flag has no folder; null when this is not a smoke run.
 */
export function smokeTestDir(argv: readonly string[], cwd: string, resolve: (cwd: string, p: string) => string): string | null {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a.startsWith(`${SMOKE_FLAG}=`)) {
      const dir = a.slice(SMOKE_FLAG.length + 1);
      return dir ? resolve(cwd, dir) : '';
    }
    if (a === SMOKE_FLAG) {
      const next = argv[i + 1];
      return next && !next.startsWith('-') ? resolve(cwd, next) : '';
    }
  }
  return null;
}

export type SmokeOptions = {
  layout: InstallLayout;
  dir: string;
  /** Parts of the install to find before starting: Electron sees into app.asar, plain Node only outside it. */
  check: readonly RuntimePart[];
  exists?: (p: string) => boolean;
  clock?: () => number;
};

function isPdf(file: string): boolean {
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(5);
    fs.readSync(fd, head, 0, 5, 0);
    return head.toString('latin1') === '%PDF-';
  } finally {
    fs.closeSync(fd);
  }
}

export async function runSmokeTest(opts: SmokeOptions): Promise<SmokeResult> {
  const clock = opts.clock ?? Date.now;
  const t0 = clock();
  const result: SmokeResult = {
    ok: false,
    version: APP_VERSION,
    dir: opts.dir,
    db: null,
    pdf: null,
    pdfBytes: 0,
    parser: 'worker',
    workerFile: opts.layout.workerFile,
    resourcesDir: opts.layout.resourcesDir,
    reportsImported: 0,
    parsedInWorker: 0,
    ms: 0,
    error: null,
  };
  const fail = (code: string, message: string): SmokeResult => ({ ...result, ok: false, ms: clock() - t0, error: { code, message } });

  if (!opts.dir) return fail('INVALID_INPUT', `Cần thư mục sau ${SMOKE_FLAG}.`);
  const missing = missingRuntimeFiles(opts.layout, opts.check, opts.exists ?? fs.existsSync);
  if (missing.length > 0) return fail('INTERNAL', `Bộ cài đặt không đủ tệp. ${missing.join('; ')}.`);

  const worker = workerParser(opts.layout.workerFile);
  const parse: ParseRunner = async (bytes, fileName, ctx) => {
    const report = await worker(bytes, fileName, ctx);
    result.parsedInWorker++;
    return report;
  };
  try {
    fs.mkdirSync(opts.dir, { recursive: true });
    const demo = await buildDemo(opts.dir, { resourcesDir: opts.layout.resourcesDir, parse });
    result.db = demo.dbPath;
    result.pdf = demo.pdfPath;
    result.reportsImported = demo.reportsImported;
    result.pdfBytes = fs.statSync(demo.pdfPath).size;
  } catch (e) {
    return fail(isAppError(e) ? e.code : 'INTERNAL', (e as Error).message);
  }
  if (!result.pdf || !isPdf(result.pdf)) return fail('INTERNAL', `Tệp báo cáo tổng hợp ${result.pdf ?? ''} không phải PDF.`);
  if (result.reportsImported === 0 || result.parsedInWorker !== result.reportsImported) {
    return fail('INTERNAL', `Bộ đọc tệp đọc ${result.parsedInWorker} trong ${result.reportsImported} báo cáo mẫu đã nhập.`);
  }
  return { ...result, ok: true, ms: clock() - t0 };
}

/** The result as one JSON line, also written to DIR/smoke-result.json when there is a DIR. */
export function writeSmokeResult(result: SmokeResult): string {
  const line = JSON.stringify(result);
  if (result.dir) {
    try {
      writeFileAtomic(path.join(result.dir, SMOKE_RESULT_FILE), Buffer.from(`${line}\n`, 'utf8'));
    } catch {
      // The line still goes to stdout; a folder that cannot be written already failed the run.
    }
  }
  return line;
}

export function smokeExitCode(result: SmokeResult): number {
  return result.ok ? 0 : 1;
}
