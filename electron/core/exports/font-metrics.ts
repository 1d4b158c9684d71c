// Advance widths of a TrueType font, read from its own tables (cmap, hmtx), so the appendix layout
// can size table columns from their text before pdfmake or Word lays it out. Tinos is
// metric-compatible with Times New Roman, so the same widths hold in the Word document.
// Kerning is left out: it only narrows text, so widths measured here are never too small.

/** Advance width of a code point, in em (1 = the font size). */
export type AdvanceTable = (codePoint: number) => number;

function tableOffsets(font: Buffer): Map<string, number> {
  const count = font.readUInt16BE(4);
  const out = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const rec = 12 + i * 16;
    out.set(font.toString('latin1', rec, rec + 4), font.readUInt32BE(rec + 8));
  }
  return out;
}

/** code point → glyph id through the Unicode cmap subtable (format 12 when present, else format 4). */
function glyphLookup(font: Buffer, cmap: number): (cp: number) => number {
  const subtables = font.readUInt16BE(cmap + 2);
  let format4 = -1;
  let format12 = -1;
  for (let i = 0; i < subtables; i++) {
    const rec = cmap + 4 + i * 8;
    const platform = font.readUInt16BE(rec);
    const encoding = font.readUInt16BE(rec + 2);
    const at = cmap + font.readUInt32BE(rec + 4);
    const format = font.readUInt16BE(at);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (unicode && format === 12) format12 = at;
    if (unicode && format === 4 && format4 < 0) format4 = at;
  }
  if (format12 >= 0) {
    const groups = font.readUInt32BE(format12 + 12);
    return (cp) => {
      for (let g = 0; g < groups; g++) {
        const rec = format12 + 16 + g * 12;
        const start = font.readUInt32BE(rec);
        if (cp >= start && cp <= font.readUInt32BE(rec + 4)) return font.readUInt32BE(rec + 8) + (cp - start);
      }
      return 0;
    };
  }
  if (format4 < 0) throw new Error('Phông chữ không có bảng mã Unicode (cmap).');
  const segments = font.readUInt16BE(format4 + 6) / 2;
  const ends = format4 + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  return (cp) => {
    if (cp > 0xffff) return 0;
    for (let s = 0; s < segments; s++) {
      if (cp > font.readUInt16BE(ends + s * 2)) continue;
      const start = font.readUInt16BE(starts + s * 2);
      if (cp < start) return 0;
      const delta = font.readInt16BE(deltas + s * 2);
      const rangeAt = rangeOffsets + s * 2;
      const range = font.readUInt16BE(rangeAt);
      if (range === 0) return (cp + delta) & 0xffff;
      const glyph = font.readUInt16BE(rangeAt + range + (cp - start) * 2);
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}

/** The advance widths of a TrueType font's bytes. */
export function advanceTable(font: Buffer): AdvanceTable {
  const tables = tableOffsets(font);
  const head = tables.get('head');
  const hhea = tables.get('hhea');
  const hmtx = tables.get('hmtx');
  const cmap = tables.get('cmap');
  if (head === undefined || hhea === undefined || hmtx === undefined || cmap === undefined) {
    throw new Error('Tệp phông chữ thiếu bảng head, hhea, hmtx hoặc cmap.');
  }
  const unitsPerEm = font.readUInt16BE(head + 18);
  const metrics = font.readUInt16BE(hhea + 34);
  const glyphOf = glyphLookup(font, cmap);
  const cache = new Map<number, number>();
  return (cp) => {
    let w = cache.get(cp);
    if (w === undefined) {
      // Glyphs past the last full metric share its advance (the hmtx rule for monospaced tails).
      const glyph = Math.min(glyphOf(cp), metrics - 1);
      w = font.readUInt16BE(hmtx + glyph * 4) / unitsPerEm;
      cache.set(cp, w);
    }
    return w;
  };
}
