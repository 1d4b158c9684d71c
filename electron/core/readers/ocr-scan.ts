// Adapter: a scan (PDF without text, photo, copier image) → per page, the words Tesseract read with
// their boxes, and the page image a person checks them against. Each page is straightened (a sheet
// fed or photographed a degree or two off), its stamp red and table rules taken out for reading,
// and read within its own time limit; the picture kept is the straightened page in colour, so the
// boxes sit on it exactly and the stamp and signature still show.
import type { Canvas } from '@napi-rs/canvas';
import { OcrEngine, OcrTimeout } from './ocr-engine';
import type { OcrPage } from './ocr-engine';
import { grayWithoutRed, removeRules, skewAngle, toPgm } from './scan-clean';
import { canvasLib, imagePages, pdfPages } from './scan-pages';
import type { ImageKind, ScanPageSource } from './scan-pages';

export type ScanKind = 'pdf' | ImageKind;

export type ScanOptions = {
  modelDir: string;
  /** Time one page may take in Tesseract. */
  pageTimeoutMs: number;
  /** Pages past this are not read (a note says so). */
  maxPages: number;
  /** Told before each page is read: 1-based page, page count. */
  onPage?: (page: number, pages: number) => void;
};

export type ScannedPage = OcrPage & {
  page: number;
  /** The straightened page as JPEG, at most DISPLAY_WIDTH wide. */
  image: Uint8Array;
  imageWidth: number;
  imageHeight: number;
  skewDeg: number;
  seconds: number;
  /** Why nothing was read on this page (its time limit). */
  failed: string | null;
};

export type ScanResult = { pages: ScannedPage[]; pageCount: number };

const DISPLAY_WIDTH = 1240;
const DISPLAY_QUALITY = 72;
/** Below this the page is taken as straight: turning it would only blur the letters. */
const MIN_SKEW_DEG = 0.2;

function grayOf(canvas: Canvas): ReturnType<typeof grayWithoutRed> {
  const img = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
  return grayWithoutRed(img.data, canvas.width, canvas.height);
}

/** The page turned back by `deg` about its centre, on white. */
type CreateCanvas = Awaited<ReturnType<typeof canvasLib>>['createCanvas'];

function straightened(createCanvas: CreateCanvas, canvas: Canvas, deg: number): Canvas {
  const out = createCanvas(canvas.width, canvas.height);
  const g = out.getContext('2d');
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, out.width, out.height);
  g.translate(out.width / 2, out.height / 2);
  g.rotate((-deg * Math.PI) / 180);
  g.translate(-out.width / 2, -out.height / 2);
  g.drawImage(canvas, 0, 0);
  return out;
}

function displayImage(createCanvas: CreateCanvas, canvas: Canvas): { image: Uint8Array; width: number; height: number } {
  const k = Math.min(1, DISPLAY_WIDTH / canvas.width);
  const w = Math.round(canvas.width * k);
  const h = Math.round(canvas.height * k);
  const small = createCanvas(w, h);
  small.getContext('2d').drawImage(canvas, 0, 0, w, h);
  return { image: new Uint8Array(small.toBuffer('image/jpeg', DISPLAY_QUALITY)), width: w, height: h };
}

export async function ocrScan(bytes: Uint8Array, kind: ScanKind, fileName: string, opts: ScanOptions): Promise<ScanResult> {
  const source: ScanPageSource = kind === 'pdf' ? await pdfPages(bytes, fileName) : await imagePages(bytes, kind, fileName);
  const { createCanvas } = await canvasLib();
  const engine = new OcrEngine(opts.modelDir);
  const pages: ScannedPage[] = [];
  try {
    const count = Math.min(source.count, opts.maxPages);
    for (let i = 0; i < count; i++) {
      opts.onPage?.(i + 1, count);
      const started = Date.now();
      let canvas = await source.page(i);
      let gray = grayOf(canvas);
      const skewDeg = skewAngle(gray);
      if (Math.abs(skewDeg) >= MIN_SKEW_DEG) {
        canvas = straightened(createCanvas, canvas, skewDeg);
        gray = grayOf(canvas);
      }
      const shown = displayImage(createCanvas, canvas);
      let read: OcrPage = { width: gray.width, height: gray.height, lines: [], confidence: 0 };
      let failed: string | null = null;
      try {
        read = await engine.read(toPgm(removeRules(gray)), gray.width, gray.height, opts.pageTimeoutMs);
      } catch (e) {
        if (!(e instanceof OcrTimeout)) throw e;
        failed = `đọc quá ${Math.max(1, Math.round(e.ms / 1000))} giây nên đã dừng`;
      }
      pages.push({ ...read, page: i + 1, image: shown.image, imageWidth: shown.width, imageHeight: shown.height, skewDeg, seconds: (Date.now() - started) / 1000, failed });
    }
    return { pages, pageCount: source.count };
  } finally {
    await engine.close();
    await source.close();
  }
}
