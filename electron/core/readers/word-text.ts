// Text of Word documents: .docx through mammoth (1.11+ no longer follows external file links),
// legacy .doc through word-extractor (pure JS CFB reader).
import mammoth from 'mammoth';
import WordExtractor from 'word-extractor';
import { AppError } from '../../../shared/errors';

export async function docxText(bytes: Buffer, fileName: string): Promise<string> {
  try {
    const res = await mammoth.extractRawText({ buffer: bytes });
    return res.value.normalize('NFC');
  } catch {
    throw new AppError('FILE_CORRUPT', `Tệp ${fileName} bị hỏng hoặc không phải tệp Word (.docx).`);
  }
}

export async function docText(bytes: Buffer, fileName: string): Promise<string> {
  try {
    const doc = await new WordExtractor().extract(bytes);
    return [doc.getHeaders({ includeFooters: false }), doc.getBody(), doc.getFootnotes()].join('\n').normalize('NFC');
  } catch {
    throw new AppError('FILE_CORRUPT', `Tệp ${fileName} bị hỏng hoặc không phải tệp Word cũ (.doc).`);
  }
}
