// Adapter: a plan document's bytes → its text (txt/md at this stage; docx/pdf/doc readers join here).
import { AppError } from '../../../shared/errors';
import { sniff } from '../imports/sniff';

export async function readPlanText(bytes: Buffer, fileName: string): Promise<string> {
  const kind = sniff(bytes);
  if (kind === 'empty') throw new AppError('FILE_EMPTY', `Tệp ${fileName} trống.`);
  if (kind !== 'text') {
    throw new AppError('UNSUPPORTED_FORMAT', `Tệp ${fileName}: hiện chỉ đọc được kế hoạch dạng văn bản (.txt, .md).`);
  }
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes).replace(/^\uFEFF/, '');
  if (text.includes('\uFFFD')) {
    throw new AppError('UNSUPPORTED_FORMAT', `Tệp ${fileName} không được lưu theo mã UTF-8.`);
  }
  if (text.trim() === '') throw new AppError('FILE_EMPTY', `Tệp ${fileName} không có nội dung.`);
  return text.normalize('NFC');
}
