// Worker-thread entry: reads one report file away from the main thread, so a hostile file can
// be stopped by terminating the worker, and the UI never waits on parsing.
import { parentPort } from 'node:worker_threads';
import { isAppError } from '../../../shared/errors';
import type { ReaderContext } from './normalized-report';
import { readReportFile } from './read-report-file';
import type { ReadProgress } from './read-scan';

/**
 * The catalog (units and plans) is sent once and kept until it changes; then each file comes with
 * only the choice of plan and round. The readers build their indexes once per catalog.
 */
export type ParseRequest =
  | { catalog: Pick<ReaderContext, 'units' | 'plans'> }
  | { file: { bytes: Uint8Array; fileName: string; planId?: number; roundId?: number; ocrModelDir?: string } };
/** The answer, or before it, a scan's page being read. */
export type ParseReply = { ok: true; report: unknown } | { ok: false; error: { code: string; message: string } } | { progress: ReadProgress };

let catalog: Pick<ReaderContext, 'units' | 'plans'> = { units: [], plans: [] };

parentPort?.on('message', (msg: ParseRequest) => {
  if ('catalog' in msg) {
    catalog = msg.catalog;
    return;
  }
  const req = { ...msg.file, ctx: { ...catalog, planId: msg.file.planId, roundId: msg.file.roundId } };
  const onProgress = (progress: ReadProgress): void => parentPort?.postMessage({ progress } satisfies ParseReply);
  readReportFile(Buffer.from(req.bytes), req.fileName, req.ctx, { ocrModelDir: req.ocrModelDir, onProgress }).then(
    (report) => parentPort?.postMessage({ ok: true, report } satisfies ParseReply),
    (e: unknown) => {
      const error = isAppError(e)
        ? { code: e.code, message: e.message }
        : e instanceof RangeError
          ? { code: 'FILE_CORRUPT', message: `Tệp ${req.fileName} có cấu trúc lồng nhau quá sâu, không đọc được.` }
          : { code: 'INTERNAL', message: `Lỗi khi đọc tệp ${req.fileName}: ${(e as Error).message}` };
      parentPort?.postMessage({ ok: false, error } satisfies ParseReply);
    },
  );
});
