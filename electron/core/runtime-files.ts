// Every file the app loads at run time, placed by an InstallLayout. One list for two jobs: the doors
// check it at start (a broken install says what is missing instead of failing on the first import),
// and the package test checks that electron-builder.yml packs each of them.
import path from 'node:path';
import { CALENDAR_FILE } from './calendar';
import { DEMO_SPEC } from './demo/build-demo';
import { FONTS_DIR, TINOS_FILES } from './exports/fonts';
import type { InstallLayout } from './paths';

/** Where a file sits once installed: inside app.asar, unpacked beside it, or in resources/. */
export type RuntimePart = 'worker' | 'preload' | 'renderer' | 'resources';
export type RuntimeFile = { part: RuntimePart; path: string; what: string };

/** A new data file is one entry here (e.g. OCR language data under resources/ocr/). */
const RESOURCE_FILES: readonly { rel: readonly string[]; what: string }[] = [
  ...Object.values(TINOS_FILES).map((f) => ({ rel: [FONTS_DIR, f], what: `phông chữ ${f}` })),
  { rel: CALENDAR_FILE, what: 'lịch ngày nghỉ lễ' },
  { rel: DEMO_SPEC, what: 'dữ liệu mẫu' },
];

export function runtimeFiles(layout: InstallLayout, p: Pick<typeof path, 'join'> = path): RuntimeFile[] {
  return [
    { part: 'worker', path: layout.workerFile, what: 'bộ đọc tệp báo cáo' },
    { part: 'preload', path: layout.preloadFile, what: 'cầu nối giao diện' },
    { part: 'renderer', path: p.join(layout.rendererDir, 'index.html'), what: 'giao diện' },
    ...RESOURCE_FILES.map((r) => ({ part: 'resources' as const, path: p.join(layout.resourcesDir, ...r.rel), what: r.what })),
  ];
}

/** The files of the given parts that do not exist, as one Vietnamese sentence per file. */
export function missingRuntimeFiles(layout: InstallLayout, parts: readonly RuntimePart[], exists: (p: string) => boolean): string[] {
  return runtimeFiles(layout)
    .filter((f) => parts.includes(f.part) && !exists(f.path))
    .map((f) => `Thiếu ${f.what}: ${f.path}`);
}
