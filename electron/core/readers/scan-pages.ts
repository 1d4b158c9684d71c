// Adapter: the pages of a scan as pixels — a PDF's pages rendered by pdfjs onto @napi-rs/canvas, a
// photo or copier image decoded in JavaScript (jpeg-js, pngjs, UTIF for copiers' multi-page,
// fax-coded TIFF) and only then put on a canvas, turned upright by its EXIF orientation. A unit's
// file never reaches the canvas's own (native) decoders: a truncated or damaged JPEG or PNG crashes
// the whole process there, where a JavaScript decoder throws an error we can name.
// Pages come one at a time so a long scan never holds every page in memory. The canvas (a native
// module) and the decoders are loaded on the first scan, not when the CLI or the app starts.
import type * as CanvasLib from '@napi-rs/canvas';
import type { Canvas } from '@napi-rs/canvas';
import type UTIF from 'utif';
import { AppError } from '../../../shared/errors';
import { jpegOrientation, orientationTransform } from './jpeg-orientation';
import { loadPdfjs } from './pdfjs';

export type ImageKind = 'jpeg' | 'png' | 'tiff';

/** Resolution pages are read at: enough for 11–13 pt text, small enough for a page in a few seconds. */
export const SCAN_DPI = 200;
/** A photo or a page larger than this (pixels on its long side) is scaled down first. */
const MAX_SIDE = 2800;
/** A picture of more pixels than this is no page a unit photographed (and would exhaust memory). */
const MAX_MEGAPIXELS = 60;

export type ScanPageSource = { count: number; page(index: number): Promise<Canvas>; close(): Promise<void> };

function scaled(w: number, h: number): { w: number; h: number; k: number } {
  const k = Math.min(1, MAX_SIDE / Math.max(w, h));
  return { w: Math.max(1, Math.round(w * k)), h: Math.max(1, Math.round(h * k)), k };
}

export const canvasLib = (): Promise<typeof CanvasLib> => import('@napi-rs/canvas');

async function whiteCanvas(w: number, h: number): Promise<Canvas> {
  const { createCanvas } = await canvasLib();
  const c = createCanvas(w, h);
  const g = c.getContext('2d');
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, w, h);
  return c;
}

export async function pdfPages(bytes: Uint8Array, fileName: string): Promise<ScanPageSource> {
  const pdfjs = await loadPdfjs();
  let doc: Awaited<ReturnType<typeof pdfjs.getDocument>['promise']>;
  try {
    doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: false, verbosity: 0 }).promise;
  } catch (e) {
    if ((e as Error).name === 'PasswordException') throw new AppError('FILE_ENCRYPTED', `Tệp ${fileName} có mật khẩu; hãy bỏ mật khẩu rồi gửi lại.`);
    throw new AppError('FILE_CORRUPT', `Tệp PDF ${fileName} bị hỏng, không đọc được.`);
  }
  return {
    count: doc.numPages,
    async page(index) {
      const page = await doc.getPage(index + 1);
      try {
        const base = page.getViewport({ scale: SCAN_DPI / 72 });
        const { w, h, k } = scaled(base.width, base.height);
        const canvas = await whiteCanvas(w, h);
        const viewport = page.getViewport({ scale: (SCAN_DPI / 72) * k });
        // pdfjs types its context as the DOM's; @napi-rs/canvas implements the same drawing calls.
        await page.render({ canvasContext: canvas.getContext('2d') as unknown as CanvasRenderingContext2D, viewport }).promise;
        return canvas;
      } catch (e) {
        throw new AppError('FILE_CORRUPT', `Tệp PDF ${fileName}: không vẽ được trang ${index + 1} (${(e as Error).message}).`);
      } finally {
        page.cleanup();
      }
    },
    close: () => doc.destroy(),
  };
}

export async function imagePages(bytes: Uint8Array, kind: ImageKind, fileName: string): Promise<ScanPageSource> {
  if (kind === 'tiff') return tiffPages(bytes, fileName);
  const px = kind === 'jpeg' ? await decodeJpeg(bytes, fileName) : await decodePng(bytes, fileName);
  if (px.width < 50 || px.height < 50) throw new AppError('UNSUPPORTED_FORMAT', `Tệp ảnh ${fileName} quá nhỏ (${px.width}×${px.height} điểm ảnh) để đọc chữ.`);
  const orientation = kind === 'jpeg' ? jpegOrientation(bytes) : 1;
  return {
    count: 1,
    page: () => canvasOf(px, orientation),
    close: async () => undefined,
  };
}

type Pixels = { width: number; height: number; data: Uint8Array };

const corrupt = (fileName: string): AppError => new AppError('FILE_CORRUPT', `Tệp ảnh ${fileName} bị hỏng hoặc không trọn vẹn, không mở được; đề nghị đơn vị gửi lại.`);
const tooBig = (fileName: string, w?: number, h?: number): AppError =>
  new AppError('FILE_TOO_LARGE', `Tệp ảnh ${fileName} quá lớn${w && h ? ` (${w}×${h} điểm ảnh)` : ` (trên ${MAX_MEGAPIXELS} triệu điểm ảnh)`}; hãy chụp hoặc quét lại ở độ phân giải thấp hơn.`);

async function decodeJpeg(bytes: Uint8Array, fileName: string): Promise<Pixels> {
  const jpeg = (await import('jpeg-js')).default;
  try {
    const img = jpeg.decode(Buffer.from(bytes), { useTArray: true, formatAsRGBA: true, maxResolutionInMP: MAX_MEGAPIXELS, maxMemoryUsageInMB: 1024 });
    return { width: img.width, height: img.height, data: img.data };
  } catch (e) {
    if (/maxResolutionInMP|maxMemoryUsageInMB/u.test((e as Error).message)) throw tooBig(fileName);
    throw corrupt(fileName);
  }
}

async function decodePng(bytes: Uint8Array, fileName: string): Promise<Pixels> {
  // IHDR first: width and height, checked before anything is inflated.
  const b = Buffer.from(bytes);
  if (b.length < 33 || b.toString('latin1', 12, 16) !== 'IHDR') throw corrupt(fileName);
  const w = b.readUInt32BE(16);
  const h = b.readUInt32BE(20);
  if (w * h > MAX_MEGAPIXELS * 1e6) throw tooBig(fileName, w, h);
  const { PNG } = await import('pngjs');
  try {
    const img = PNG.sync.read(b);
    return { width: img.width, height: img.height, data: img.data };
  } catch {
    throw corrupt(fileName);
  }
}

/** Decoded pixels upright on a canvas, scaled down to MAX_SIDE. */
async function canvasOf(px: Pixels, orientation: number): Promise<Canvas> {
  const { createCanvas } = await canvasLib();
  const full = createCanvas(px.width, px.height);
  const data = full.getContext('2d').createImageData(px.width, px.height);
  data.data.set(px.data.subarray(0, data.data.length));
  full.getContext('2d').putImageData(data, 0, 0);
  const { w, h } = scaled(px.width, px.height);
  const t = orientationTransform(orientation, w, h);
  const out = await whiteCanvas(t.width, t.height);
  const g = out.getContext('2d');
  g.setTransform(...t.m);
  g.drawImage(full, 0, 0, w, h);
  return out;
}

async function tiffPages(bytes: Uint8Array, fileName: string): Promise<ScanPageSource> {
  const UTIF = (await import('utif')).default;
  const buf = Uint8Array.from(bytes).buffer;
  let ifds: UTIF.IFD[];
  try {
    // Each top-level image is a page (thumbnails sit in sub-IFDs); one without a width is no image.
    ifds = UTIF.decode(buf).filter((d) => d['t256'] !== undefined);
  } catch {
    throw new AppError('FILE_CORRUPT', `Tệp ảnh TIFF ${fileName} bị hỏng, không mở được.`);
  }
  if (ifds.length === 0) throw new AppError('FILE_CORRUPT', `Tệp ảnh TIFF ${fileName} không có trang ảnh nào.`);
  return {
    count: ifds.length,
    async page(index) {
      const ifd = ifds[index] as UTIF.IFD;
      const side = (tag: string): number => Number((ifd[tag] as number[] | undefined)?.[0] ?? 0);
      if (side('t256') * side('t257') > MAX_MEGAPIXELS * 1e6) throw tooBig(fileName, side('t256'), side('t257'));
      let rgba: Uint8Array;
      try {
        UTIF.decodeImage(buf, ifd);
        rgba = UTIF.toRGBA8(ifd);
      } catch {
        throw new AppError('FILE_CORRUPT', `Tệp ảnh TIFF ${fileName}: trang ${index + 1} bị hỏng, không đọc được.`);
      }
      return canvasOf({ width: ifd.width, height: ifd.height, data: rgba }, 1);
    },
    close: async () => undefined,
  };
}
