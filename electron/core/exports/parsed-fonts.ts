// pdfkit parses every font file anew for each document (fontkit.create), and fontkit decodes a
// face's glyph substitution and positioning tables lazily, on first use, on that object. A report
// shapes thousands of words, so each export paid for decoding Tinos again. The parsed faces are
// read-only once decoded: they are kept per file content and handed to every later document, which
// still makes its own subset of the glyphs it used.
import { pdfkitsFontkit } from './pdfkit-modules';

type Fontkit = { create: (data: Buffer, family?: string) => unknown };
type Kept = { data: Buffer; family: string | undefined; font: unknown };

let installed = false;

/**
 * Makes pdfkit reuse a face it parsed before when given the same bytes again. Idempotent. Only a
 * saving: should pdfmake one day load its fonts another way, exports go on parsing them each time.
 */
export function keepParsedFonts(): void {
  if (installed) return;
  installed = true;
  let fontkit: Fontkit;
  try {
    fontkit = pdfkitsFontkit() as Fontkit;
  } catch {
    return;
  }
  if (typeof fontkit.create !== 'function') return;
  const create = fontkit.create.bind(fontkit);
  const kept: Kept[] = [];
  fontkit.create = (data, family) => {
    // Compared by content: pdfkit reads the file into a new buffer for every document.
    const hit = kept.find((k) => k.family === family && k.data.length === data.length && k.data.equals(data));
    if (hit) return hit.font;
    const font = create(data, family);
    kept.push({ data, family, font });
    return font;
  };
}
