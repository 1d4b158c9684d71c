// An .xlsx as the cells a report reader needs: per sheet, the cells that hold something and the
// merges, read straight from the sheet XML (no workbook object model). Only the parts read are
// inflated: the workbook, its relationships, shared strings, styles and the sheets.
import { strFromU8, unzipSync } from 'fflate';
import { AppError } from '../../../../shared/errors';
import { checkInflated } from '../zip-guard';
import type { ZipEntryInfo } from '../zip-guard';
import { readSheet } from './sheet';
import type { SheetCells, SheetLimits } from './sheet';
import { readDateStyles, readSharedStrings, readSheetRefs } from './workbook';

export type { Cell, Range, SheetCells } from './sheet';

export const XLSX_LIMITS = {
  /** Rows read per sheet; a report is far shorter, a data dump far longer. */
  maxRows: 5000,
  maxCols: 80,
  /** A sheet's XML larger than this is no report: refused before it is inflated. */
  maxSheetXmlBytes: 40 * 1024 * 1024,
};

export type XlsxCells = { sheets: SheetCells[] };

/** The parts of the package a report reader inflates; everything else (media, thumbnails, custom XML, docProps) never is. */
export function isReadPart(name: string): boolean {
  return (
    name === 'xl/workbook.xml' ||
    name === 'xl/_rels/workbook.xml.rels' ||
    name === 'xl/sharedStrings.xml' ||
    name === 'xl/styles.xml' ||
    /^xl\/worksheets\/[^/]+\.xml$/u.test(name)
  );
}

/** `entries`: the zip's listing when the guard left the CRC check to this reader (see checkInflated). */
export function readXlsxCells(bytes: Uint8Array, fileName: string, entries?: readonly ZipEntryInfo[], limits: SheetLimits & { maxSheetXmlBytes: number } = XLSX_LIMITS): XlsxCells {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        if (!isReadPart(f.name)) return false;
        if (f.originalSize > limits.maxSheetXmlBytes) {
          throw new AppError('FILE_TOO_LARGE', `Tệp ${fileName}: phần "${f.name}" quá lớn (${Math.round(f.originalSize / 1048576)} MB) để là một báo cáo; không mở.`);
        }
        return true;
      },
    });
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError('FILE_CORRUPT', `Tệp ${fileName} bị hỏng hoặc không phải tệp Excel (.xlsx).`);
  }
  if (entries) for (const [name, data] of Object.entries(files)) checkInflated(name, data, entries, fileName);
  const text = (name: string): string | null => {
    const f = files[name];
    return f ? strFromU8(f) : null;
  };
  const workbook = text('xl/workbook.xml');
  if (workbook === null) throw new AppError('FILE_CORRUPT', `Tệp ${fileName} bị hỏng: thiếu phần xl/workbook.xml.`);
  const where = (part: string) => ({ file: fileName, part });
  const refs = readSheetRefs(workbook, text('xl/_rels/workbook.xml.rels'), where('xl/workbook.xml'));
  const sharedXml = text('xl/sharedStrings.xml');
  const shared = sharedXml === null ? [] : readSharedStrings(sharedXml, where('xl/sharedStrings.xml'));
  const stylesXml = text('xl/styles.xml');
  const dateStyles = stylesXml === null ? [] : readDateStyles(stylesXml, where('xl/styles.xml'));
  const sheets = refs.flatMap((ref) => {
    const xml = text(ref.path);
    return xml === null ? [] : [readSheet(xml, { name: ref.name, hidden: ref.hidden }, shared, dateStyles, limits, where(ref.path))];
  });
  return { sheets };
}
