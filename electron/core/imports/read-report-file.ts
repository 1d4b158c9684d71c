// Adapter: bytes of a unit's report → NormalizedReport, or a typed error saying why not.
import ExcelJS from 'exceljs';
import { AppError } from '../../../shared/errors';
import { guardZip } from '../readers/zip-guard';
import { isTemplate, readTemplate } from '../templates/template-reader';
import type { NormalizedReport, ReaderContext } from './normalized-report';
import { sniff } from './sniff';

export const MAX_REPORT_BYTES = 50 * 1024 * 1024;

function looksEncrypted(bytes: Buffer): boolean {
  // An encrypted OOXML file is a CFB container holding an "EncryptionInfo" stream (names are UTF-16LE).
  return bytes.includes(Buffer.from('EncryptionInfo', 'utf16le'));
}

export async function readReportFile(bytes: Buffer, fileName: string, _ctx: ReaderContext): Promise<NormalizedReport> {
  if (bytes.length > MAX_REPORT_BYTES) {
    throw new AppError('FILE_TOO_LARGE', `Tệp ${fileName} quá lớn (${Math.round(bytes.length / 1048576)} MB; tối đa 50 MB).`);
  }
  const format = sniff(bytes);
  switch (format) {
    case 'empty':
      throw new AppError('FILE_EMPTY', `Tệp ${fileName} trống (0 byte).`);
    case 'cfb':
      if (looksEncrypted(bytes)) {
        throw new AppError('FILE_ENCRYPTED', `Tệp ${fileName} có mật khẩu; hãy bỏ mật khẩu rồi gửi lại.`);
      }
      throw new AppError('UNSUPPORTED_FORMAT', `Tệp ${fileName} là tệp Office cũ (.doc/.xls), chưa đọc được; hãy lưu lại dạng .xlsx.`);
    case 'pdf':
    case 'text':
      throw new AppError('UNSUPPORTED_FORMAT', `Tệp ${fileName} không phải mẫu báo cáo Excel của phần mềm; hiện chỉ nhận mẫu .xlsx.`);
    case 'binary':
      throw new AppError('UNSUPPORTED_FORMAT', `Tệp ${fileName} không phải tệp Office, PDF hay văn bản.`);
    case 'zip':
      return readZip(bytes, fileName);
    default: {
      const never: never = format;
      throw new AppError('INTERNAL', `Định dạng lạ: ${String(never)}`);
    }
  }
}

async function readZip(bytes: Buffer, fileName: string): Promise<NormalizedReport> {
  const entries = await guardZip(bytes, fileName);
  if (entries.some((e) => e.name === 'word/document.xml')) {
    throw new AppError('UNSUPPORTED_FORMAT', `Tệp ${fileName} là văn bản Word; hiện chỉ nhận mẫu báo cáo Excel (.xlsx) của phần mềm.`);
  }
  if (!entries.some((e) => e.name === 'xl/workbook.xml')) {
    throw new AppError('UNSUPPORTED_FORMAT', `Tệp ${fileName} là tệp nén nhưng không phải bảng tính Excel (.xlsx).`);
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new AppError('FILE_CORRUPT', `Tệp ${fileName} bị hỏng hoặc không phải tệp Excel (.xlsx).`);
  }
  if (wb.worksheets.length === 0) {
    throw new AppError('FILE_CORRUPT', `Tệp ${fileName} không phải bảng tính Excel (không có trang tính nào).`);
  }
  if (!isTemplate(wb)) {
    throw new AppError(
      'NOT_A_TEMPLATE',
      `Tệp ${fileName} không phải mẫu báo cáo của phần mềm (thiếu phần thông tin ẩn); hãy dùng mẫu tải từ mục "Nhập báo cáo".`,
    );
  }
  return readTemplate(wb, fileName);
}
