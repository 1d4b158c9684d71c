// Excel 97–2003 (.xls, BIFF) → .xlsx bytes, through SheetJS (@e965/xlsx: the current SheetJS
// release, republished on npm), so an old workbook goes down the same path as a new one.
import type * as SheetJS from '@e965/xlsx';
import { AppError } from '../../../shared/errors';

/** Rows read per sheet: a unit's report is a page or two; a hostile file gets no further. */
const MAX_ROWS = 5000;

export async function xlsToXlsx(bytes: Buffer, fileName: string): Promise<Buffer> {
  // SheetJS loads when an .xls first comes in.
  const XLSX = await import('@e965/xlsx');
  let wb: SheetJS.WorkBook;
  try {
    // No formulas evaluated or kept, no HTML: values and merged ranges are all a report needs.
    wb = XLSX.read(bytes, { type: 'buffer', cellFormula: false, cellHTML: false, cellStyles: false, sheetRows: MAX_ROWS, WTF: false });
  } catch (e) {
    if (/password-protected/iu.test((e as Error).message)) throw new AppError('FILE_ENCRYPTED', `Tệp ${fileName} có mật khẩu; hãy bỏ mật khẩu rồi gửi lại.`);
    throw new AppError('FILE_CORRUPT', `Tệp ${fileName} bị hỏng hoặc không phải bảng tính Excel 97–2003 (.xls).`);
  }
  if (wb.SheetNames.length === 0) throw new AppError('FILE_CORRUPT', `Tệp ${fileName} không có trang tính nào.`);
  try {
    return Buffer.from(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true }) as Uint8Array);
  } catch {
    throw new AppError('FILE_CORRUPT', `Tệp ${fileName} (.xls) không chuyển được sang .xlsx để đọc.`);
  }
}
