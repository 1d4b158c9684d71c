// How wide a text is in the report's font: what the appendix layout sizes its columns with.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { advanceTable, type AdvanceTable } from './font-metrics';
import { TINOS_FILES, fontsDir } from './fonts';

export type TextMeasure = {
  /** Width in points of `text` on one line at `size` points. */
  width(text: string, size: number, bold?: boolean): number;
};

function widthIn(table: AdvanceTable, text: string): number {
  let em = 0;
  for (const ch of text.normalize('NFC')) em += table(ch.codePointAt(0) ?? 32);
  return em;
}

/** A measure over the regular and bold faces' bytes. */
export function measureOfFonts(regular: Buffer, bold: Buffer): TextMeasure {
  const faces = { regular: advanceTable(regular), bold: advanceTable(bold) };
  return { width: (text, size, isBold = false) => widthIn(isBold ? faces.bold : faces.regular, text) * size };
}

/**
 * Lines a greedy wrap of words (their widths) takes at `width`, the first line narrower by
 * `indent`: how pdfmake and Word fill lines, so counts made here match what they print.
 */
export function wrappedLines(words: readonly number[], space: number, width: number, indent = 0): number {
  let lines = 1;
  let line = -1;
  let room = width - indent;
  for (const w of words) {
    if (line < 0) line = w;
    else if (line + space + w <= room) line += space + w;
    else {
      lines++;
      line = w;
      room = width;
    }
  }
  return lines;
}

/** The widths of the words of `text` (split at spaces, where lines may break). */
export function wordWidths(measure: TextMeasure, text: string, size: number, bold = false): number[] {
  return text
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => measure.width(w, size, bold));
}

const loaded = new Map<string, TextMeasure>();

/** The measure of the embedded Tinos faces (read once per resources folder). */
export function tinosMeasure(resourcesDir: string): TextMeasure {
  const dir = fontsDir(resourcesDir);
  let m = loaded.get(dir);
  if (!m) {
    m = measureOfFonts(readFileSync(join(dir, TINOS_FILES.normal)), readFileSync(join(dir, TINOS_FILES.bold)));
    loaded.set(dir, m);
  }
  return m;
}
