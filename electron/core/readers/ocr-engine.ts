// Adapter: Tesseract (tesseract.js, its WebAssembly core from the npm package) reading one page
// image into words with their boxes. The Vietnamese model is the app's own copy
// (resources/ocr/vie.traineddata, from Debian's tesseract-ocr-vie): read from that folder, never
// downloaded, never cached elsewhere. A page past its time limit stops the Tesseract worker; the
// next page gets a fresh one.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Worker } from 'tesseract.js';
import { AppError } from '../../../shared/errors';

export const OCR_LANG = 'vie';
export const OCR_MODEL_FILE = `${OCR_LANG}.traineddata`;

export type OcrWord = { text: string; x0: number; y0: number; x1: number; y1: number; confidence: number };
export type OcrLine = { words: OcrWord[]; x0: number; y0: number; x1: number; y1: number; confidence: number };
export type OcrPage = { width: number; height: number; lines: OcrLine[]; confidence: number };

/**
 * Tesseract's worker script, from outside the app's asar archive when packaged: a worker thread is
 * started from a real file, and the script loads its WebAssembly core beside it (both unpacked).
 */
export function tesseractWorkerPath(): string {
  return outsideAsar(createRequire(import.meta.url).resolve('tesseract.js/src/worker-script/node/index.js'));
}

/** A path inside Electron's app.asar → the same file in app.asar.unpacked (asarUnpack); other paths unchanged. */
export function outsideAsar(file: string): string {
  return file.replace(/app\.asar([\\/])/u, 'app.asar.unpacked$1');
}

export class OcrTimeout extends Error {
  constructor(readonly ms: number) {
    super(`OCR page over ${ms} ms`);
    this.name = 'OcrTimeout';
  }
}

/** The folder holding vie.traineddata, or a Vietnamese error saying what is missing. */
export function checkModel(dir: string | undefined): string {
  if (!dir || !fs.existsSync(path.join(dir, OCR_MODEL_FILE))) {
    throw new AppError('INTERNAL', `Thiếu dữ liệu nhận dạng chữ tiếng Việt (${OCR_MODEL_FILE} trong thư mục tài nguyên ocr/); hãy cài lại phần mềm.`);
  }
  return dir;
}

export class OcrEngine {
  private worker: Promise<Worker> | null = null;

  constructor(private readonly modelDir: string) {}

  private open(): Promise<Worker> {
    return (this.worker ??= (async () => {
      // Loaded on the first scan: the CLI and the app start without it.
      const { createWorker, OEM } = await import('tesseract.js');
      const w = await createWorker(OCR_LANG, OEM.LSTM_ONLY, {
        langPath: this.modelDir,
        gzip: false,
        cacheMethod: 'none',
        workerPath: tesseractWorkerPath(),
        errorHandler: () => undefined,
      });
      // Automatic layout: the header's two columns, the body and any table come out as separate blocks.
      await w.setParameters({ user_defined_dpi: '200', preserve_interword_spaces: '0' } as Record<string, string>);
      return w;
    })());
  }

  /** Words of one page image (PGM/PNG/JPEG bytes), grouped in Tesseract's lines. */
  async read(image: Buffer, width: number, height: number, timeoutMs: number): Promise<OcrPage> {
    const worker = await this.open();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new OcrTimeout(timeoutMs)), timeoutMs);
    });
    try {
      const r = await Promise.race([worker.recognize(image, {}, { text: false, blocks: true }), timeout]);
      const lines: OcrLine[] = [];
      for (const b of r.data.blocks ?? []) {
        for (const p of b.paragraphs) {
          for (const l of p.lines) {
            const words = l.words
              .map((w) => ({ text: w.text.normalize('NFC'), x0: w.bbox.x0, y0: w.bbox.y0, x1: w.bbox.x1, y1: w.bbox.y1, confidence: w.confidence }))
              .filter((w) => w.text.trim() !== '');
            if (words.length > 0) lines.push({ words, x0: l.bbox.x0, y0: l.bbox.y0, x1: l.bbox.x1, y1: l.bbox.y1, confidence: l.confidence });
          }
        }
      }
      return { width, height, lines, confidence: r.data.confidence };
    } catch (e) {
      // A stuck or failed worker is not reused.
      await this.close();
      throw e;
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    if (w) await w.then((x) => x.terminate()).catch(() => undefined);
  }
}
