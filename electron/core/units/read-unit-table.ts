// Adapter: a unit directory file (CSV or XLSX) → rows of text.
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { AppError } from '../../../shared/errors';
import { sniff } from '../imports/sniff';
import { sheetRows } from '../xlsx/cell-text';

export async function readUnitTable(bytes: Buffer, fileName: string): Promise<string[][]> {
  const kind = sniff(bytes);
  if (kind === 'empty') throw new AppError('FILE_EMPTY', `Tệp ${fileName} trống.`);
  if (kind === 'zip') return readXlsx(bytes, fileName);
  if (kind === 'text') return readCsv(bytes, fileName);
  throw new AppError('UNSUPPORTED_FORMAT', `Tệp ${fileName} không phải bảng CSV hoặc Excel (.xlsx).`);
}

async function readXlsx(bytes: Buffer, fileName: string): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new AppError('FILE_CORRUPT', `Tệp ${fileName} bị hỏng hoặc không phải tệp Excel (.xlsx).`);
  }
  const ws = wb.worksheets[0];
  if (!ws) throw new AppError('FILE_EMPTY', `Tệp ${fileName} không có trang tính nào.`);
  return sheetRows(ws);
}

function readCsv(bytes: Buffer, fileName: string): string[][] {
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  if (text.includes('\uFFFD')) {
    throw new AppError('UNSUPPORTED_FORMAT', `Tệp ${fileName} không được lưu theo mã UTF-8; hãy lưu lại dạng "CSV UTF-8".`);
  }
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  // Excel in Vietnamese locales writes ';' as the separator.
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  try {
    return parse(text, { delimiter, relax_column_count: true, skip_empty_lines: true, trim: true }) as string[][];
  } catch (e) {
    throw new AppError('FILE_CORRUPT', `Tệp ${fileName}: không đọc được bảng CSV (${(e as Error).message}).`);
  }
}
