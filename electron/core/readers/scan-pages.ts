// Adapter: the pages of a scan as pixels — a PDF's pages rendered by pdfjs onto @napi-rs/canvas, a
// photo or copier image (JPEG, PNG) decoded by the same canvas (which turns a phone photo upright
// by its EXIF orientation), a TIFF's pages by UTIF (copiers write multi-page, fax-coded TIFF).
// Pages come one at a time so a long scan never holds every page in memory. The canvas (a native
// module) and UTIF are loaded on the first scan, not when the CLI or the app starts.
import type * as CanvasLib from '@napi-rs/canvas';
import type { Canvas } from '@napi-rs/canvas';
import type UTIF from 'utif';
import { AppError } from '../../../shared/errors';

export type ImageKind = 'jpeg' | 'png' | 'tiff';

/** Resolution pages are read at: enough for 11–13 pt text, small enough for a page in a few seconds. */
export const SCAN_DPI = 200;
/** A photo or a page larger than this (pixels on its long side) is scaled down first. */
const MAX_SIDE = 2800;

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
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
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
  const { loadImage } = await canvasLib();
  let img: Awaited<ReturnType<typeof loadImage>>;
  try {
    img = await loadImage(Buffer.from(bytes));
  } catch {
    throw new AppError('FILE_CORRUPT', `Tệp ảnh ${fileName} bị hỏng, không mở được.`);
  }
  if (img.width < 50 || img.height < 50) throw new AppError('UNSUPPORTED_FORMAT', `Tệp ảnh ${fileName} quá nhỏ (${img.width}×${img.height} điểm ảnh) để đọc chữ.`);
  return {
    count: 1,
    async page() {
      const { w, h } = scaled(img.width, img.height);
      const canvas = await whiteCanvas(w, h);
      canvas.getContext('2d').drawImage(img, 0, 0, w, h);
      return canvas;
    },
    close: async () => undefined,
  };
}

async function tiffPages(bytes: Uint8Array, fileName: string): Promise<ScanPageSource> {
  const UTIF = (await import('utif')).default;
  const { createCanvas } = await canvasLib();
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
      let rgba: Uint8Array;
      try {
        UTIF.decodeImage(buf, ifd);
        rgba = UTIF.toRGBA8(ifd);
      } catch {
        throw new AppError('FILE_CORRUPT', `Tệp ảnh TIFF ${fileName}: trang ${index + 1} bị hỏng, không đọc được.`);
      }
      const width = ifd.width;
      const height = ifd.height;
      const full = createCanvas(width, height);
      const data = full.getContext('2d').createImageData(width, height);
      data.data.set(rgba.subarray(0, data.data.length));
      full.getContext('2d').putImageData(data, 0, 0);
      const { w, h } = scaled(width, height);
      if (w === width && h === height) return full;
      const canvas = await whiteCanvas(w, h);
      canvas.getContext('2d').drawImage(full, 0, 0, w, h);
      return canvas;
    },
    close: async () => undefined,
  };
}
