// Text typed in the pre-Unicode Vietnamese fonts (TCVN3 ".VnTime", VNI "VNI-Times"): the bytes are
// Latin-1 letters that only look Vietnamese through the font, so they are re-mapped to Unicode.
// The font name decides when we have it (docx runs); plain text (.doc, .txt, PDF) is detected by content.
import { convertLegacy, detectLegacyEncoding, encodingFromFontName } from '../../../../shared/legacy-encodings';
import type { LegacyEncoding } from '../../../../shared/legacy-encodings';
import type { ReportNote } from '../normalized-report';

export type { LegacyEncoding };

export function legacyEncodingOfFont(font: string | null | undefined): LegacyEncoding | null {
  return encodingFromFontName(font);
}

export function convertLegacyText(text: string, encoding: LegacyEncoding): string {
  return convertLegacy(text, encoding);
}

/** Whole text without font information: converted when it reads as TCVN3 or VNI, else unchanged. */
export function convertIfLegacy(text: string): { text: string; encoding: LegacyEncoding | null } {
  const d = detectLegacyEncoding(text);
  return d.encoding === null ? { text, encoding: null } : { text: convertLegacy(text, d.encoding), encoding: d.encoding };
}

/** Converted old-font text is read like any other: the specialist is told, not asked. */
export function legacyNote(fileName: string, what: readonly string[]): ReportNote {
  return {
    code: 'LEGACY_FONT',
    message: `Tệp ${fileName} có chữ gõ theo mã cũ (${what.slice(0, 3).join(', ')}); phần mềm đã chuyển sang Unicode — hãy xem lại chữ đọc được, nhất là tên đơn vị và số liệu.`,
    source: what.slice(0, 3).join(', '),
  };
}
