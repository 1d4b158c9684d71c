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

async function answer(file: Extract<ParseRequest, { file: unknown }>['file']): Promise<void> {
  const ctx = { ...catalog, planId: file.planId, roundId: file.roundId };
  const onProgress = (progress: ReadProgress): void => parentPort?.postMessage({ progress } satisfies ParseReply);
  try {
    const report = await readReportFile(Buffer.from(file.bytes), file.fileName, ctx, { ocrModelDir: file.ocrModelDir, onProgress });
    parentPort?.postMessage({ ok: true, report } satisfies ParseReply);
  } catch (e) {
    const error = isAppError(e)
      ? { code: e.code, message: e.message }
      : e instanceof RangeError
        ? { code: 'FILE_CORRUPT', message: `Tệp ${file.fileName} có cấu trúc lồng nhau quá sâu, không đọc được.` }
        : { code: 'INTERNAL', message: `Lỗi khi đọc tệp ${file.fileName}: ${(e as Error).message}` };
    parentPort?.postMessage({ ok: false, error } satisfies ParseReply);
  }
}

// Files arrive before the one being read is done (the main thread posts them as they are asked
// for): they are read strictly one after another, so each answer is the next file's, and a catalog
// sent between two files applies from the second.
let turn: Promise<void> = Promise.resolve();
parentPort?.on('message', (msg: ParseRequest) => {
  turn = turn
    .then(() => {
      if ('catalog' in msg) catalog = msg.catalog;
      else return answer(msg.file);
    })
    // Only posting the answer itself could fail here; the next file must still be read.
    .catch((e: unknown) => parentPort?.postMessage({ ok: false, error: { code: 'INTERNAL', message: `Lỗi khi gửi kết quả đọc tệp: ${(e as Error).message}` } } satisfies ParseReply));
});
