// Adapter: the text layer of a PDF as lines, keeping the gaps between columns. Glyph runs are
// ordered by position and a wide gap becomes a tab (a table cell or header column break), so
// "HUYỆN ỦY PHÚ GIÁO" is not glued to "ĐẢNG CỘNG SẢN VIỆT NAM" on the same line.
// isEvalSupported is off: older pdfjs could be made to run code from a crafted font.
import { AppError } from '../../../shared/errors';

import { PdfLines } from './pdf-tables';
import type { Run } from './pdf-tables';
import { loadPdfjs } from './pdfjs';

/** One visual line's runs, left to right, separated by nothing, a space or a tab (OCR words are laid out the same way). */
export function plainLine(row: readonly Run[]): string {
  let line = '';
  let end: number | null = null;
  for (const run of [...row].sort((a, b) => a.x - b.x)) {
    const gap = end === null ? 0 : run.x - end;
    if (end !== null) line += gap > run.size * 2 ? '\t' : gap > run.size * 0.15 && !line.endsWith(' ') && !run.str.startsWith(' ') ? ' ' : '';
    line += run.str;
    end = run.x + run.w;
  }
  return line;
}

/** Runs of one page → lines, top to bottom; a table's lines come out as Markdown rows. */
export function linesOfRuns(runs: readonly Run[]): string[] {
  const lines = new PdfLines(plainLine);
  lines.page(runs);
  return lines.finish();
}

export async function pdfText(bytes: Uint8Array, fileName: string): Promise<string> {
  const text = await pdfTextLayer(bytes, fileName);
  if (text === null) {
    throw new AppError('UNSUPPORTED_FORMAT', `Tệp PDF ${fileName} không có lớp chữ (có thể là bản scan); hãy gửi tệp Word hoặc PDF xuất từ Word.`);
  }
  return text;
}

/** Letters a page of a scan may carry without a text of its own (a scanner's stamp line, "CamScanner"). */
const SCAN_LETTERS_PER_PAGE = 60;

/** The text layer, or null when there is none worth the name (a scan: the pages are pictures). */
export async function pdfTextLayer(bytes: Uint8Array, fileName: string): Promise<string | null> {
  const pdfjs = await loadPdfjs();
  let doc;
  try {
    doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: false, verbosity: 0 }).promise;
  } catch (e) {
    if ((e as Error).name === 'PasswordException') throw new AppError('FILE_ENCRYPTED', `Tệp ${fileName} có mật khẩu; hãy bỏ mật khẩu rồi gửi lại.`);
    throw new AppError('FILE_CORRUPT', `Tệp PDF ${fileName} bị hỏng, không đọc được.`);
  }
  const lines = new PdfLines(plainLine);
  const pages = doc.numPages;
  try {
    // A damaged content stream fails here, not at open: still a corrupt file, not an internal error.
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      const runs: Run[] = [];
      for (const item of content.items) {
        // pdfjs reports wide gaps as whitespace items placed at the previous run: the gap is measured here instead.
        if (!('str' in item) || item.str.trim() === '') continue;
        const t = item.transform as number[];
        runs.push({ str: item.str, x: t[4] ?? 0, y: t[5] ?? 0, w: item.width, size: Math.abs(t[3] ?? t[0] ?? 10) || 10 });
      }
      lines.page(runs);
      page.cleanup();
    }
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError('FILE_CORRUPT', `Tệp PDF ${fileName} bị hỏng (${(e as Error).message}), không đọc được.`);
  } finally {
    await doc.destroy();
  }
  const text = lines.finish().join('\n').normalize('NFC');
  const letters = text.replace(/\s+/gu, '').length;
  return letters < 20 || letters < SCAN_LETTERS_PER_PAGE * pages ? null : text;
}
