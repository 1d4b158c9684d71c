// Locates the embedded Tinos font files in the resources folder the door handed in (see paths.ts).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TFontDictionary } from 'pdfmake/interfaces';
import { LAYOUT } from './layout-settings';

export const TINOS_FILES = {
  normal: 'Tinos-Regular.ttf',
  bold: 'Tinos-Bold.ttf',
  italics: 'Tinos-Italic.ttf',
  bolditalics: 'Tinos-BoldItalic.ttf',
} as const;

export const FONTS_DIR = 'fonts';

export function fontsDir(resourcesDir: string): string {
  return join(resourcesDir, FONTS_DIR);
}

/** pdfmake font dictionary with the Tinos family; throws a Vietnamese message when a file is missing. */
export function tinosFonts(resourcesDir: string): TFontDictionary {
  const dir = fontsDir(resourcesDir);
  const files = {
    normal: join(dir, TINOS_FILES.normal),
    bold: join(dir, TINOS_FILES.bold),
    italics: join(dir, TINOS_FILES.italics),
    bolditalics: join(dir, TINOS_FILES.bolditalics),
  };
  for (const path of Object.values(files)) {
    if (!existsSync(path)) throw new Error(`Thiếu tệp phông chữ ${path}`);
  }
  return { [LAYOUT.font]: files };
}
