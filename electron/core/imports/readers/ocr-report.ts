// Pure: the words OCR read on a scan's pages → the same NormalizedReport a Word or PDF report gives.
// Words become lines the way a PDF's glyph runs do (PdfLines: a wide gap is a column break, a
// table's lines become rows), so the header's two columns, the body and a figure table go down the
// narrative reader unchanged. Numbers and dates are repaired first (ocr-fixes), every value gets
// its page and box, and the file always goes to review: a person checks what a machine read.
import { AppError, isAppError } from '../../../../shared/errors';
import { formatPercent } from '../../../../shared/text';
import { PdfLines } from '../../readers/pdf-tables';
import type { Run } from '../../readers/pdf-tables';
import { plainLine } from '../../readers/pdf-text';
import type { ScanResult, ScannedPage } from '../../readers/ocr-scan';
import type { NormalizedReport, ReaderContext, ReportNote } from '../normalized-report';
import { readNarrative } from './narrative-report';
import { fixOcrWord } from './ocr-fixes';
import { assertIsReport } from './report-check';
import { locateValues } from './scan-boxes';
import type { BoxLine } from './scan-boxes';
import { blocksFromText } from './text-blocks';

/** A line's box is taller than its letters (Vietnamese marks stack above and below): ~¾ is the font size. */
const FONT_OF_LINE = 0.75;

// Specks and rules read as marks ("__", "+»", "|"): no word of a report is only these. A dash stays (a bullet).
const SPECK = /^[_~`'"»«+*|.,:;^°¬]+$/u;

function fixedLines(page: ScannedPage): { lines: BoxLine[]; fixes: number } {
  let fixes = 0;
  const lines = page.lines.map((l) => ({
    page: page.page,
    width: page.width,
    height: page.height,
    confidence: l.confidence,
    words: l.words
      .filter((w) => !SPECK.test(w.text))
      .map((w) => {
        const f = fixOcrWord(w.text);
        if (f.changed) fixes++;
        return { ...w, text: f.text };
      }),
  }));
  return { lines: lines.filter((l) => l.words.length > 0), fixes };
}

/** A page's words as glyph runs, y upwards like a PDF; a line's words share its baseline. */
function runsOf(lines: readonly BoxLine[], height: number): Run[] {
  return lines.flatMap((l) => {
    const size = Math.max(1, (Math.max(...l.words.map((w) => w.y1)) - Math.min(...l.words.map((w) => w.y0))) * FONT_OF_LINE);
    const base = height - Math.max(...l.words.map((w) => w.y1));
    // Tesseract already split the line into words: a grainy scan widens a word's box until the gap
    // looks like none ("9hội"), so the space between words of one line is given, not measured.
    return l.words.map((w, i) => ({ str: i < l.words.length - 1 ? `${w.text} ` : w.text, x: w.x0, y: base, w: w.x1 - w.x0, size }));
  });
}

// What a refusal of a typed report means for a scan: OCR may have misread the very words it rests on.
const DOUBTFUL = new Set(['NOT_A_REPORT', 'WRONG_PLAN', 'OUT_OF_PERIOD', 'UNKNOWN_UNIT', 'UNSUPPORTED_FORMAT']);

export function reportFromScan(scan: ScanResult, fileName: string, ctx: ReaderContext): NormalizedReport {
  const text = new PdfLines(plainLine);
  const all: BoxLine[] = [];
  let fixes = 0;
  for (const page of scan.pages) {
    const f = fixedLines(page);
    fixes += f.fixes;
    all.push(...f.lines);
    text.page(runsOf(f.lines, page.height));
  }
  const blocks = blocksFromText(text.finish().join('\n'), true);
  const read = scan.pages.filter((p) => p.failed === null);
  if (blocks.length === 0) {
    throw new AppError('FILE_EMPTY', `Tệp ${fileName}: không nhận ra được chữ nào trên ${scan.pages.length > 1 ? 'các trang' : 'ảnh'}; ảnh có thể quá mờ, hãy đề nghị đơn vị quét lại rõ hơn.`);
  }
  const notes: ReportNote[] = [];
  if (fixes > 0) notes.push({ code: 'OCR_FIXED', message: `Đã sửa ${fixes} chỗ máy đọc nhầm trong số và ngày (l/I → 1, O → 0, dấu phẩy hàng nghìn → dấu chấm).`, source: 'bản scan' });
  const { report: typed, check } = readNarrative(blocks, fileName, 'scan', ctx, notes);
  const warnings: string[] = [];
  const mean = read.length > 0 ? read.reduce((s, p) => s + p.confidence, 0) / read.length / 100 : 0;
  warnings.push(`Bản scan (${scan.pageCount} trang), chữ do máy nhận dạng — độ tin cậy trung bình ${formatPercent(mean)}: hãy đối chiếu đơn vị, ngày và số liệu với ảnh trang trước khi chấp nhận.`);
  for (const p of scan.pages) if (p.failed) warnings.push(`Trang ${p.page} ${p.failed}; chưa đọc được trang này.`);
  if (scan.pageCount > scan.pages.length) warnings.push(`Chỉ đọc ${scan.pages.length} trang đầu trong ${scan.pageCount} trang.`);
  try {
    assertIsReport(typed, check, fileName);
  } catch (e) {
    if (!isAppError(e) || !DOUBTFUL.has(e.code)) throw e;
    warnings.push(`Theo chữ máy đọc được: ${e.message} Nếu máy đọc sai, hãy sửa rồi chấp nhận; nếu đúng, hãy bỏ qua tệp.`);
  }
  const { report, boxes } = locateValues(typed, blocks, all);
  return {
    ...report,
    warnings: [...warnings, ...report.warnings],
    scan: {
      pages: scan.pages.map((p) => ({ page: p.page, width: p.imageWidth, height: p.imageHeight, confidence: p.confidence, skewDeg: p.skewDeg, mime: 'image/jpeg', image: p.image, seconds: p.seconds })),
      boxes,
    },
  };
}
