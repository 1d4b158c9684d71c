// Workbooks that arrive as text: an Excel "Web Page" or "XML Spreadsheet 2003" under an .xls name,
// and .csv files. Each becomes the sheets-and-cells form every workbook is read from.
import { AppError } from '../../../../shared/errors';
import type { XlsxCells } from '../xlsx';
import { readCsvTable } from './csv-table';
import { readHtmlTables } from './html-tables';
import { readSpreadsheetXml } from './spreadsheet-xml';

export type TextWorkbookKind = 'html' | 'xml2003' | 'csv';

const extensionOf = (fileName: string): string => /\.[a-z0-9]+$/iu.exec(fileName)?.[0]?.toLowerCase() ?? '';

/** Which text workbook a file is, by its content and the name it was saved under; null when none. */
export function textWorkbookKind(text: string, fileName: string): TextWorkbookKind | null {
  const ext = extensionOf(fileName);
  const head = text.slice(0, 4096).replace(/^\uFEFF/u, '').trimStart().toLowerCase();
  if (['.xls', '.xml'].includes(ext) && head.includes('urn:schemas-microsoft-com:office:spreadsheet') && /<(ss:)?workbook\b/iu.test(text.slice(0, 20000))) return 'xml2003';
  if (['.xls', '.htm', '.html'].includes(ext) && /^(<\?xml[^>]*>\s*)?(<!doctype html|<html|<table)/u.test(head)) return 'html';
  if (ext === '.csv') return 'csv';
  return null;
}

export function readTextWorkbook(kind: TextWorkbookKind, text: string, fileName: string): XlsxCells {
  const name = fileName.replace(/\.[a-z0-9]+$/iu, '');
  const sheets = kind === 'html' ? readHtmlTables(text) : kind === 'xml2003' ? readSpreadsheetXml(text, fileName) : readCsvTable(text, name);
  if (sheets.length === 0) throw new AppError('FILE_EMPTY', `Tệp ${fileName} không có bảng nào có nội dung.`);
  return { sheets };
}
