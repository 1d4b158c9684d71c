// Adapter: a plan document's bytes → its text. Sniffed by content: .docx, legacy .doc, text-layer .pdf, .txt/.md.
import { AppError } from '../../../shared/errors';
import { sniff } from '../imports/sniff';
import { pdfText } from '../readers/pdf-text';
import { guardZip } from '../readers/zip-guard';
import { blocksAsText, readDocxContent } from '../readers/docx-content';
import { docText } from '../readers/word-text';

function plainText(bytes: Buffer, fileName: string): string {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes).replace(/^\uFEFF/, '');
  if (text.includes('\uFFFD')) throw new AppError('UNSUPPORTED_FORMAT', `Tệp ${fileName} không được lưu theo mã UTF-8.`);
  return text;
}

export async function readPlanText(bytes: Buffer, fileName: string): Promise<string> {
  const kind = sniff(bytes);
  let text: string;
  switch (kind) {
    case 'empty':
      throw new AppError('FILE_EMPTY', `Tệp ${fileName} trống.`);
    case 'text':
      text = plainText(bytes, fileName);
      break;
    case 'zip': {
      // The same guard as for reports: nothing inflates a bomb or a corrupt archive.
      const entries = await guardZip(bytes, fileName);
      if (!entries.some((e) => e.name === 'word/document.xml')) {
        throw new AppError('UNSUPPORTED_FORMAT', `Tệp ${fileName} không phải văn bản Word (.docx).`);
      }
      text = blocksAsText(readDocxContent(bytes, fileName).blocks);
      break;
    }
    case 'cfb':
      if (bytes.includes(Buffer.from('EncryptionInfo', 'utf16le'))) {
        throw new AppError('FILE_ENCRYPTED', `Tệp ${fileName} có mật khẩu; hãy bỏ mật khẩu rồi thử lại.`);
      }
      text = await docText(bytes, fileName);
      break;
    case 'pdf':
      text = await pdfText(bytes, fileName);
      break;
    case 'image':
      // Plans come from the issuing office as Word or text PDF; only unit reports are read by OCR.
      throw new AppError('UNSUPPORTED_FORMAT', `Tệp ${fileName} là ảnh chụp; kế hoạch cần tệp Word hoặc PDF có lớp chữ.`);
    case 'binary':
      throw new AppError('UNSUPPORTED_FORMAT', `Tệp ${fileName} không phải văn bản Word, PDF hay tệp chữ.`);
    default: {
      const never: never = kind;
      throw new AppError('INTERNAL', String(never));
    }
  }
  if (text.trim() === '') throw new AppError('FILE_EMPTY', `Tệp ${fileName} không có nội dung chữ.`);
  return text.normalize('NFC');
}
