// Where the text of a PDF sits, read with pdfjs-dist: pages with their size and their text items
// (position, width, size), grouped into lines; and the checks the layout tests make on them.

export type TextItem = { str: string; x: number; y: number; w: number; size: number };
export type PageText = { number: number; width: number; height: number; items: TextItem[] };
export type Margins = { top: number; bottom: number; left: number; right: number };

export async function pdfPages(bytes: Uint8Array): Promise<PageText[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  const pages: PageText[] = [];
  try {
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
      const items: TextItem[] = [];
      for (const item of (await page.getTextContent()).items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const t = item.transform as number[];
        items.push({ str: item.str.normalize('NFC'), x: (t[4] ?? 0) - x0, y: (t[5] ?? 0) - y0, w: item.width, size: Math.hypot(t[2] ?? 0, t[3] ?? 0) });
      }
      pages.push({ number: p, width: x1 - x0, height: y1 - y0, items });
      page.cleanup();
    }
  } finally {
    await doc.destroy();
  }
  return pages;
}

/** Items on one baseline, left to right; lines top to bottom. */
export function linesOf(page: PageText): TextItem[][] {
  const sorted = [...page.items].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: TextItem[][] = [];
  for (const item of sorted) {
    const line = lines[lines.length - 1];
    if (line && Math.abs((line[0]?.y ?? 0) - item.y) < 1) line.push(item);
    else lines.push([item]);
  }
  return lines.map((l) => l.sort((a, b) => a.x - b.x));
}

/** A line's text, with a space only where the items stand apart (pdfmake writes "1–8" as two runs). */
export function lineText(line: readonly TextItem[]): string {
  let out = '';
  let end: number | null = null;
  for (const i of line) {
    if (end !== null) out += i.x - end > i.size * 0.12 ? ' ' : '';
    out += i.str.trim();
    end = i.x + i.w;
  }
  return out;
}

/** Glyphs rise about 0.9 em above the baseline and drop about 0.25 em below it (Tinos/Times). */
const ASCENT = 0.9;
const DESCENT = 0.25;

/**
 * Text outside the printable area: the page less its margins. The page number is the one thing
 * HD 36 prints in the top margin, so the digits of this page's number are allowed there.
 */
export function outsidePrintableArea(page: PageText, m: Margins, tolerance = 0.5): TextItem[] {
  return page.items.filter((i) => {
    const top = i.y + i.size * ASCENT;
    const bottom = i.y - i.size * DESCENT;
    const inTopMargin = top > page.height - m.top + tolerance;
    if (inTopMargin && i.str.trim() === String(page.number) && bottom > page.height - m.top - tolerance) return false;
    return i.x < m.left - tolerance || i.x + i.w > page.width - m.right + tolerance || inTopMargin || bottom < m.bottom - tolerance;
  });
}

/** Pairs of items on one line that overlap: a cell's text running into the next cell. */
export function overlaps(page: PageText, tolerance = 0.5): Array<[TextItem, TextItem]> {
  const out: Array<[TextItem, TextItem]> = [];
  for (const line of linesOf(page)) {
    for (let k = 1; k < line.length; k++) {
      const a = line[k - 1];
      const b = line[k];
      if (a && b && a.x + a.w > b.x + tolerance) out.push([a, b]);
    }
  }
  return out;
}
