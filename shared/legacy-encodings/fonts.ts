// Which legacy encoding a font name implies. The font is the only reliable signal: a
// .doc/.xls run set in ".VnTime" holds TCVN3 bytes whatever they look like.
//   ".VnTime", ".VnArial Narrow" …            → tcvn3  (ABC fonts all start with ".Vn")
//   ".VnTimeH", ".VnArial NarrowH" …          → tcvn3-caps (the capitals-only variants end in "H")
//   "VNI-Times", "VNI-Helve-Condense" …       → vni
//   anything else (Times New Roman, Arial …)  → null

import type { LegacyEncoding } from './types';

const STYLE_SUFFIX = /\s+(bold|italic|regular|oblique)$/i;

function firstFamily(font: string): string {
  // CSS-like lists ("'.VnTime', serif") name the intended family first.
  const first = font.split(',')[0] ?? '';
  let name = first.trim().replace(/^["']+|["']+$/g, '').trim();
  while (STYLE_SUFFIX.test(name)) name = name.replace(STYLE_SUFFIX, '');
  return name;
}

export function encodingFromFontName(font: string | null | undefined): LegacyEncoding | null {
  if (!font) return null;
  const name = firstFamily(font);
  if (/^vni[-_ ]/i.test(name)) return 'vni';
  // The dot is part of every ABC font name; a few files drop it for the two commonest ones.
  if (/^\.vn[a-z]/i.test(name) || /^vn(time|arial)/i.test(name)) {
    // Case matters: ".VnTimeH" is capitals-only, ".VnEnglish"-style names ending in "h" are not.
    return name.endsWith('H') ? 'tcvn3-caps' : 'tcvn3';
  }
  return null;
}
