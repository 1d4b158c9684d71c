// Locates the embedded Tinos font files. Electron packaging passes its own resources folder; under
// Node and vitest the default is <repo>/resources, found by walking up to the package.json.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TFontDictionary } from 'pdfmake/interfaces';
import { LAYOUT } from './layout-settings';

export const TINOS_FILES = {
  normal: 'Tinos-Regular.ttf',
  bold: 'Tinos-Bold.ttf',
  italics: 'Tinos-Italic.ttf',
  bolditalics: 'Tinos-BoldItalic.ttf',
} as const;

/** `<repo>/resources`: the first folder upwards from `startDir` that holds a package.json. */
export function defaultResourcesDir(startDir: string = dirname(fileURLToPath(import.meta.url))): string {
  let dir = startDir;
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return join(dir, 'resources');
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`Không tìm thấy thư mục gốc của ứng dụng (package.json) từ ${startDir}`);
    dir = parent;
  }
}

export function fontsDir(resourcesDir?: string): string {
  return join(resourcesDir ?? defaultResourcesDir(), 'fonts');
}

/** pdfmake font dictionary with the Tinos family; throws a Vietnamese message when a file is missing. */
export function tinosFonts(resourcesDir?: string): TFontDictionary {
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
