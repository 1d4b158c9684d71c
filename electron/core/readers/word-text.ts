// Text of legacy Word .doc files through word-extractor (pure JS CFB reader). .docx is read by
// docx-content.ts, which keeps tables and Word's list numbers.
import { AppError } from '../../../shared/errors';

export async function docText(bytes: Buffer, fileName: string): Promise<string> {
  try {
    // Loaded when a .doc first comes in.
    const { default: WordExtractor } = await import('word-extractor');
    const doc = await new WordExtractor().extract(bytes);
    return [doc.getHeaders({ includeFooters: false }), doc.getBody(), doc.getFootnotes()].join('\n').normalize('NFC');
  } catch {
    throw new AppError('FILE_CORRUPT', `Tệp ${fileName} bị hỏng hoặc không phải tệp Word cũ (.doc).`);
  }
}
