// A scan (PDF without a text layer, JPEG, PNG, TIFF) → NormalizedReport: OCR page by page
// (readers/ocr-scan), then read like a typed report (readers/ocr-report).
import { checkModel } from '../readers/ocr-engine';
import { ocrScan } from '../readers/ocr-scan';
import type { ScanKind } from '../readers/ocr-scan';
import type { NormalizedReport, ReaderContext } from './normalized-report';
import { reportFromScan } from './readers/ocr-report';

/** A page being read: shown as "trang 2/5" while a scan is imported. */
export type ReadProgress = { page: number; pages: number };

export type ReadOptions = {
  /** The folder holding vie.traineddata (resources/ocr, given by the door that starts the service). */
  ocrModelDir?: string;
  onProgress?: (p: ReadProgress) => void;
};

import { OCR_MAX_PAGES, OCR_PAGE_TIMEOUT_MS } from './scan-limits';

export { OCR_MAX_PAGES, OCR_PAGE_TIMEOUT_MS };

export async function readScan(bytes: Uint8Array, kind: ScanKind, fileName: string, ctx: ReaderContext, opts: ReadOptions): Promise<NormalizedReport> {
  const modelDir = checkModel(opts.ocrModelDir);
  const scan = await ocrScan(bytes, kind, fileName, {
    modelDir,
    pageTimeoutMs: OCR_PAGE_TIMEOUT_MS,
    maxPages: OCR_MAX_PAGES,
    onPage: (page, pages) => opts.onProgress?.({ page, pages }),
  });
  return reportFromScan(scan, fileName, ctx);
}
