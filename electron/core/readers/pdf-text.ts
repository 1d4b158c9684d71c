// Text layer of a PDF through pdfjs-dist, lines rebuilt from the glyph runs' positions.
// isEvalSupported is off: older pdfjs could be made to run code from a crafted font.
import { AppError } from '../../../shared/errors';

type TextItem = { str: string; transform: number[]; hasEOL?: boolean };

export async function pdfText(bytes: Uint8Array, fileName: string): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let doc;
  try {
    doc = await pdfjs.getDocument({
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      stopAtErrors: false,
      verbosity: 0,
    }).promise;
  } catch (e) {
    const name = (e as Error).name;
    if (name === 'PasswordException') throw new AppError('FILE_ENCRYPTED', `Tệp ${fileName} có mật khẩu; hãy bỏ mật khẩu rồi gửi lại.`);
    throw new AppError('FILE_CORRUPT', `Tệp PDF ${fileName} bị hỏng, không đọc được.`);
  }
  const pages: string[] = [];
  try {
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      const lines: string[] = [];
      let line = '';
      let lastY: number | null = null;
      for (const raw of content.items) {
        if (!('str' in raw)) continue;
        const item = raw as TextItem;
        const y = item.transform[5] ?? 0;
        if (lastY !== null && Math.abs(y - lastY) > 2 && line !== '') {
          lines.push(line);
          line = '';
        }
        line += item.str;
        lastY = y;
        if (item.hasEOL) {
          lines.push(line);
          line = '';
          lastY = null;
        }
      }
      if (line !== '') lines.push(line);
      pages.push(lines.join('\n'));
      page.cleanup();
    }
  } finally {
    await doc.destroy();
  }
  const text = pages.join('\n').normalize('NFC');
  if (text.replace(/\s+/g, '').length < 20) {
    throw new AppError('UNSUPPORTED_FORMAT', `Tệp PDF ${fileName} không có lớp chữ (có thể là bản scan); hãy gửi tệp Word hoặc PDF xuất từ Word.`);
  }
  return text;
}
