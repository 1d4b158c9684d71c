// Adapter: bytes of a unit's report → NormalizedReport, or a typed error saying why not.
// Order: the app's own template (exact), then free-form .xlsx, .docx, text-layer .pdf, legacy .doc, plain text;
// a scan (a PDF without text, a photo) is read by OCR.
import { AppError } from '../../../shared/errors';
import { docText } from '../readers/word-text';
import { guardZip, ZIP_LIMITS } from '../readers/zip-guard';
import type { ZipEntryInfo } from '../readers/zip-guard';
import { isReadPart as isXlsxReadPart, readXlsxCells } from '../readers/xlsx';
import { isTemplate, isTemplateCells, readTemplate } from '../templates/template-reader';
import type { NormalizedReport, ReaderContext, ReaderName, ReportNote } from './normalized-report';
import { isDocxReadPart, readDocxContent } from '../readers/docx-content';
import { xlsToXlsx } from '../readers/legacy-xls';
import { convertIfLegacy, legacyNote } from './readers/legacy-text';
import { readNarrative } from './readers/narrative-report';
import { assertIsReport } from './readers/report-check';
import { pdfTextLayer } from '../readers/pdf-text';
import { blocksFromText } from './readers/text-blocks';
import type { Block } from './readers/text-blocks';
import { readXlsxReport } from './readers/xlsx-report';
import { readTextWorkbook, textWorkbookKind } from '../readers/workbooks';
import type { TextWorkbookKind } from '../readers/workbooks';
import { imageFormat, sniff } from './sniff';
import { readScan } from './read-scan';
import type { ReadOptions } from './read-scan';
import type IconvLite from 'iconv-lite';

export const MAX_REPORT_BYTES = 50 * 1024 * 1024;

const utf16 = (s: string): Buffer => Buffer.from(s, 'utf16le');

// Legacy code pages are rare (a text file saved as "ANSI"): the codec tables load on the first one.
const iconv = async (): Promise<typeof IconvLite> => (await import('iconv-lite')).default;

function looksEncrypted(bytes: Buffer): boolean {
  // An encrypted OOXML file is a CFB container holding an "EncryptionInfo" stream (names are UTF-16LE).
  return bytes.includes(utf16('EncryptionInfo'));
}

/** `opts`: where the OCR model is and who hears of each page read (scans only). */
export async function readReportFile(bytes: Buffer, fileName: string, ctx: ReaderContext, opts: ReadOptions = {}): Promise<NormalizedReport> {
  if (bytes.length > MAX_REPORT_BYTES) {
    throw new AppError('FILE_TOO_LARGE', `Tệp ${fileName} quá lớn (${Math.round(bytes.length / 1048576)} MB; tối đa 50 MB).`);
  }
  // Notepad's "Unicode" is UTF-16 with a byte-order mark; its NUL bytes would look binary.
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const encoding = bytes[0] === 0xff ? 'UTF-16LE' : 'UTF-16BE';
    return readText({ text: (await iconv()).decode(bytes, encoding.toLowerCase().replace('-', '')), encoding }, fileName, ctx);
  }
  const format = sniff(bytes);
  switch (format) {
    case 'empty':
      throw new AppError('FILE_EMPTY', `Tệp ${fileName} trống (0 byte).`);
    case 'cfb':
      return readCfb(bytes, fileName, ctx);
    case 'pdf': {
      const text = await pdfTextLayer(bytes, fileName);
      return text !== null ? fromText(text, true, fileName, 'pdf', ctx) : readScan(bytes, 'pdf', fileName, ctx, opts);
    }
    case 'image':
      return readScan(bytes, imageFormat(bytes) ?? 'jpeg', fileName, ctx, opts);
    case 'text':
      return readText(await decodeText(bytes), fileName, ctx);
    case 'binary':
      throw new AppError('UNSUPPORTED_FORMAT', `Tệp ${fileName} không phải tệp Office, PDF hay văn bản.`);
    case 'zip':
      return readZip(bytes, fileName, ctx);
    default: {
      const never: never = format;
      throw new AppError('INTERNAL', `Định dạng lạ: ${String(never)}`);
    }
  }
}

const OFFICE_EXTENSIONS: Record<string, string> = {
  '.xlsx': 'bảng tính Excel',
  '.xls': 'bảng tính Excel',
  '.docx': 'văn bản Word',
  '.doc': 'văn bản Word',
  '.pdf': 'tệp PDF',
};

/**
 * Plain text under an Office or PDF name ("so lieu.xlsx" that is a CSV): whatever it holds, the unit
 * sent the wrong file, and reading it as text would count figures from a file nobody can open.
 */
function refuseTextAsOffice(fileName: string): void {
  const ext = /\.[a-z]+$/iu.exec(fileName)?.[0]?.toLowerCase() ?? '';
  const kind = OFFICE_EXTENSIONS[ext];
  if (!kind) return;
  const name = ext === '.pdf' ? 'tệp PDF' : ext.startsWith('.xls') ? 'tệp Excel' : 'tệp Word';
  throw new AppError('UNSUPPORTED_FORMAT', `Tệp ${fileName}: tệp văn bản thuần mang đuôi ${ext}, không phải ${kind} — đề nghị đơn vị gửi lại đúng ${name}.`);
}

/**
 * UTF-8 when the bytes are valid UTF-8. Otherwise "ANSI" text is either TCVN3/VNI bytes (read as
 * Windows-1252, converted later by its letters) or, on a Vietnamese Windows, Windows-1258.
 */
async function decodeText(bytes: Buffer): Promise<{ text: string; encoding: string }> {
  const utf8 = new TextDecoder('utf-8', { fatal: false }).decode(bytes).replace(/^\uFEFF/u, '');
  if (!utf8.includes('\uFFFD')) return { text: utf8, encoding: 'UTF-8' };
  const codec = await iconv();
  const latin = codec.decode(bytes, 'windows1252');
  if (convertIfLegacy(latin).encoding !== null) return { text: latin, encoding: 'Windows-1252' };
  return { text: codec.decode(bytes, 'windows1258').normalize('NFC'), encoding: 'Windows-1258' };
}

const TEXT_WORKBOOK_LABELS: Record<TextWorkbookKind, string> = {
  html: 'trang web (HTML) Excel lưu',
  xml2003: 'bảng tính XML Excel 2003',
  csv: 'bảng CSV',
};

/**
 * Text: a workbook that Excel or an older system saved as text (an HTML page or an XML 2003 file
 * named .xls, a .csv) is read as a workbook; any other text under an Office or PDF name is refused;
 * the rest is a plain-text report.
 */
function readText(decoded: { text: string; encoding: string }, fileName: string, ctx: ReaderContext): NormalizedReport {
  const kind = textWorkbookKind(decoded.text, fileName);
  if (!kind) {
    refuseTextAsOffice(fileName);
    return fromText(decoded.text, false, fileName, 'text', ctx);
  }
  const { text, encoding } = convertIfLegacy(decoded.text);
  const notes: ReportNote[] = [
    { code: 'SOURCE_FORMAT', message: `Tệp ${fileName} là ${TEXT_WORKBOOK_LABELS[kind]}, mã ${decoded.encoding}; đã đọc như bảng tính.`, source: kind },
    ...(encoding ? [legacyNote(fileName, [encoding.toUpperCase()])] : []),
  ];
  const { report, check } = readXlsxReport(readTextWorkbook(kind, text, fileName), fileName, ctx, kind);
  return assertIsReport({ ...report, notes: [...notes, ...report.notes] }, check, fileName, 'NOT_A_TEMPLATE');
}

/** Text without fonts (.doc, .txt, PDF): converted when its letters read as TCVN3 or VNI. */
function fromText(raw: string, joinWrapped: boolean, fileName: string, reader: ReaderName, ctx: ReaderContext): NormalizedReport {
  const { text, encoding } = convertIfLegacy(raw);
  return narrative(blocksFromText(text, joinWrapped), fileName, reader, ctx, encoding ? [legacyNote(fileName, [encoding.toUpperCase()])] : []);
}

function narrative(blocks: Block[], fileName: string, reader: ReaderName, ctx: ReaderContext, notes: ReportNote[] = []): NormalizedReport {
  if (blocks.length === 0) throw new AppError('FILE_EMPTY', `Tệp ${fileName} không có nội dung chữ.`);
  const { report, check } = readNarrative(blocks, fileName, reader, ctx, notes);
  return assertIsReport(report, check, fileName);
}

async function readCfb(bytes: Buffer, fileName: string, ctx: ReaderContext): Promise<NormalizedReport> {
  if (looksEncrypted(bytes)) throw new AppError('FILE_ENCRYPTED', `Tệp ${fileName} có mật khẩu; hãy bỏ mật khẩu rồi gửi lại.`);
  if (bytes.includes(utf16('WordDocument'))) {
    return fromText(await docText(bytes, fileName), false, fileName, 'doc', ctx);
  }
  if (bytes.includes(utf16('Workbook')) || bytes.includes(utf16('Book'))) {
    // Excel 97–2003: converted to .xlsx bytes, then read like any workbook.
    return readWorkbook(await xlsToXlsx(bytes, fileName), fileName, ctx, 'xls');
  }
  throw new AppError('UNSUPPORTED_FORMAT', `Tệp ${fileName} là tệp Office cũ nhưng không phải văn bản Word (.doc); chưa đọc được.`);
}

async function readZip(bytes: Buffer, fileName: string, ctx: ReaderContext): Promise<NormalizedReport> {
  // Only the parts a reader inflates are checked and inflated; pictures and the like never are.
  // The listing is judged here; each part's CRC when its reader inflates it (once).
  const entries = await guardZip(bytes, fileName, ZIP_LIMITS, (name) => isDocxReadPart(name) || isXlsxReadPart(name), true);
  if (entries.some((e) => e.name === 'word/document.xml')) return readDocx(bytes, fileName, ctx, entries);
  if (!entries.some((e) => e.name === 'xl/workbook.xml')) {
    throw new AppError('UNSUPPORTED_FORMAT', `Tệp ${fileName} là tệp nén nhưng không phải bảng tính Excel (.xlsx) hay văn bản Word (.docx).`);
  }
  return readWorkbook(bytes, fileName, ctx, 'xlsx', entries);
}

async function readWorkbook(bytes: Buffer, fileName: string, ctx: ReaderContext, reader: ReaderName, entries?: readonly ZipEntryInfo[]): Promise<NormalizedReport> {
  const cells = readXlsxCells(bytes, fileName, entries);
  if (cells.sheets.length === 0) throw new AppError('FILE_CORRUPT', `Tệp ${fileName} không phải bảng tính Excel (không có trang tính nào).`);
  if (isTemplateCells(cells)) return readTemplateBytes(bytes, fileName);
  const { report, check } = readXlsxReport(cells, fileName, ctx, reader);
  // Kept as NOT_A_TEMPLATE: for a workbook, "use the template" is the useful advice.
  return assertIsReport(report, check, fileName, 'NOT_A_TEMPLATE');
}

/** The app's own template is read exactly through its object model, after every part is checked. */
async function readTemplateBytes(bytes: Buffer, fileName: string): Promise<NormalizedReport> {
  await guardZip(bytes, fileName);
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new AppError('FILE_CORRUPT', `Tệp ${fileName} bị hỏng hoặc không phải tệp Excel (.xlsx).`);
  }
  if (!isTemplate(wb)) throw new AppError('NOT_A_TEMPLATE', `Tệp ${fileName}: phần thông tin ẩn của mẫu báo cáo bị hỏng; hãy tải lại mẫu.`);
  return readTemplate(wb, fileName);
}

function readDocx(bytes: Buffer, fileName: string, ctx: ReaderContext, entries: readonly ZipEntryInfo[]): NormalizedReport {
  const content = readDocxContent(bytes, fileName, entries);
  const notes = content.legacyFonts.length > 0 ? [legacyNote(fileName, content.legacyFonts)] : [];
  return narrative(content.blocks, fileName, 'docx', ctx, notes);
}
