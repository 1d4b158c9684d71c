// Pure: word/document.xml (and styles.xml) → paragraphs and tables in reading order; runs set in
// TCVN3/VNI fonts are converted to Unicode by their font name. Tables keep their grid: a cell spanning
// columns (gridSpan) or rows (vMerge) repeats its text, but holds its value only once.
import { cleanText } from '../../../../shared/text';
import { convertLegacyText, legacyEncodingOfFont } from './legacy-text';
import { child, descendants, parseXml } from './ooxml-xml';
import type { XmlNode } from './ooxml-xml';
import { Numbering } from './docx-numbering';
import type { Block } from './text-blocks';

export type DocxContent = { blocks: Block[]; legacyFonts: string[] };

type Styles = { defaultFont: string | null; fonts: Map<string, string | null>; basedOn: Map<string, string>; numPr: Map<string, XmlNode> };

function fontOf(rPr: XmlNode | undefined): string | null {
  const f = rPr ? child(rPr, 'w:rFonts') : undefined;
  return f ? (f.attrs['w:ascii'] ?? f.attrs['w:hAnsi'] ?? f.attrs['w:cs'] ?? null) : null;
}

function readStyles(xml: string | null): Styles {
  const s: Styles = { defaultFont: null, fonts: new Map(), basedOn: new Map(), numPr: new Map() };
  if (xml === null) return s;
  const root = parseXml(xml);
  const def = descendants(root, 'w:rPrDefault')[0];
  s.defaultFont = def ? fontOf(child(def, 'w:rPr')) : null;
  for (const st of descendants(root, 'w:style')) {
    const id = st.attrs['w:styleId'];
    if (!id) continue;
    s.fonts.set(id, fontOf(child(st, 'w:rPr')));
    const base = child(st, 'w:basedOn')?.attrs['w:val'];
    if (base) s.basedOn.set(id, base);
    const pPr = child(st, 'w:pPr');
    const numPr = pPr ? child(pPr, 'w:numPr') : undefined;
    if (numPr) s.numPr.set(id, numPr);
  }
  return s;
}

function styleFont(s: Styles, id: string | undefined): string | null {
  for (let i = 0, cur = id; cur !== undefined && i < 20; i++, cur = s.basedOn.get(cur)) {
    const f = s.fonts.get(cur);
    if (f) return f;
  }
  return null;
}

class Reader {
  readonly legacy = new Set<string>();
  /**
   * Until the body's first paragraph, tables lay out the header (issuer, "*" and number on the
   * left; motto, place and date on the right) with line breaks inside one cell: those stay lines.
   * Below, a break inside a cell only wraps a label or a sentence.
   */
  private inHeader = true;
  constructor(
    private readonly styles: Styles,
    private readonly numbering: Numbering,
  ) {}

  /** Word's own list number of a body paragraph, by its numPr or its style's ("Heading 1" numbered). */
  listLabel(p: XmlNode): string {
    const pPr = child(p, 'w:pPr');
    if (!pPr) return '';
    const own = child(pPr, 'w:numPr');
    const style = child(pPr, 'w:pStyle')?.attrs['w:val'];
    return this.numbering.next(own ?? (style ? this.styles.numPr.get(style) : undefined));
  }

  paragraph(p: XmlNode): string {
    const pStyle = child(child(p, 'w:pPr') ?? p, 'w:pStyle')?.attrs['w:val'];
    const paraFont = styleFont(this.styles, pStyle) ?? this.styles.defaultFont;
    let out = '';
    const walk = (n: XmlNode): void => {
      for (const c of n.children) {
        if (c.name === 'w:r') out += this.run(c, paraFont);
        else if (!['w:del', 'w:pPr', 'w:rPr', 'w:moveFrom'].includes(c.name)) walk(c);
      }
    };
    walk(p);
    return out;
  }

  run(r: XmlNode, paraFont: string | null): string {
    const rPr = child(r, 'w:rPr');
    const font = fontOf(rPr) ?? styleFont(this.styles, rPr ? child(rPr, 'w:rStyle')?.attrs['w:val'] : undefined) ?? paraFont;
    let text = '';
    for (const c of r.children) {
      if (c.name === 'w:t') text += c.text;
      else if (c.name === 'w:tab') text += '\t';
      else if (c.name === 'w:br' || c.name === 'w:cr') text += '\n';
      else if (c.name === 'w:noBreakHyphen') text += '-';
    }
    const enc = legacyEncodingOfFont(font);
    if (enc === null || text.trim() === '') return text;
    this.legacy.add(font ?? '');
    return convertLegacyText(text, enc);
  }

  table(tbl: XmlNode): Block {
    const text: string[][] = [];
    const value: (string | null)[][] = [];
    for (const tr of tbl.children.filter((c) => c.name === 'w:tr')) {
      const r = text.length;
      const rowText: string[] = [];
      const rowValue: (string | null)[] = [];
      let col = Number(child(child(tr, 'w:trPr') ?? tr, 'w:gridBefore')?.attrs['w:val'] ?? 0) || 0;
      for (const tc of tr.children.filter((c) => c.name === 'w:tc')) {
        const tcPr = child(tc, 'w:tcPr');
        const span = Math.max(1, Number(tcPr ? child(tcPr, 'w:gridSpan')?.attrs['w:val'] : 1) || 1);
        const vMerge = tcPr ? child(tcPr, 'w:vMerge') : undefined;
        const continued = vMerge !== undefined && (vMerge.attrs['w:val'] ?? 'continue') === 'continue';
        // Paragraphs of a cell stay lines: a header cell holds the issuer, "*", the number, one a line.
        const own = this.cellText(tc).split('\n').map(cleanText).filter((l) => l !== '').join('\n');
        const shown = continued ? (text[r - 1]?.[col] ?? own) : own;
        for (let k = 0; k < span; k++) {
          rowText[col + k] = shown;
          rowValue[col + k] = continued || k > 0 ? null : own;
        }
        col += span;
      }
      text.push(Array.from(rowText, (c) => c ?? ''));
      value.push(Array.from(rowValue, (c) => c ?? null));
    }
    return { kind: 'table', text, value };
  }

  cellText(tc: XmlNode): string {
    const parts: string[] = [];
    for (const c of tc.children) {
      if (c.name === 'w:p') parts.push(this.inHeader ? this.paragraph(c) : this.paragraph(c).replace(/\n/gu, ' '));
      else if (c.name === 'w:tbl') parts.push((this.table(c) as { text: string[][] }).text.map((row) => row.join(' ')).join(' '));
      else if (c.name === 'w:sdt') parts.push(descendants(c, 'w:p').map((p) => this.paragraph(p)).join(' '));
    }
    return parts.join('\n');
  }

  body(n: XmlNode, out: Block[]): void {
    for (const c of n.children) {
      if (c.name === 'w:p') {
        // A text box (an issuer block laid out as a shape) reads before the paragraph it is anchored in.
        for (const box of textBoxes(c)) this.body(box, out);
        const label = this.listLabel(c);
        const text = this.paragraph(c).normalize('NFC');
        out.push({ kind: 'para', text: label !== '' && text.trim() !== '' ? `${label} ${text.trimStart()}` : text });
        if (text.trim() !== '') this.inHeader = false;
      }
      else if (c.name === 'w:tbl') {
        // A table of one cell is a frame drawn around text (some offices frame the whole report):
        // its paragraphs are the document's.
        const cell = onlyCell(c);
        if (cell) this.body(cell, out);
        else out.push(this.table(c));
      } else if (c.name === 'w:sdt' || c.name === 'w:sdtContent' || c.name === 'w:customXml') this.body(c, out);
    }
  }
}

/** The cell of a table of one row and one cell, or null. */
function onlyCell(tbl: XmlNode): XmlNode | null {
  const rows = tbl.children.filter((c) => c.name === 'w:tr');
  const cells = rows.length === 1 ? (rows[0]?.children.filter((c) => c.name === 'w:tc') ?? []) : [];
  return cells.length === 1 ? (cells[0] ?? null) : null;
}

/**
 * The text boxes anchored in a paragraph. Word writes each twice, as a drawing (mc:Choice) and as
 * VML for older readers (mc:Fallback): the first that has one is read, never both.
 */
function textBoxes(n: XmlNode, out: XmlNode[] = []): XmlNode[] {
  for (const c of n.children) {
    if (c.name === 'w:txbxContent') out.push(c);
    else if (c.name === 'mc:AlternateContent') {
      const branch = c.children.find((b) => descendants(b, 'w:txbxContent').length > 0);
      if (branch) textBoxes(branch, out);
    } else if (c.name !== 'w:t' && c.name !== 'w:pPr' && c.name !== 'w:rPr') textBoxes(c, out);
  }
  return out;
}

/**
 * `headerXml`: the first page's header part. Some offices type the issuer and the motto there; it
 * reads before the body, as it is printed.
 */
export function docxBlocks(documentXml: string, stylesXml: string | null, numberingXml: string | null = null, headerXml: string | null = null): DocxContent {
  const root = parseXml(documentXml);
  const body = descendants(root, 'w:body')[0];
  const reader = new Reader(readStyles(stylesXml), new Numbering(numberingXml));
  const blocks: Block[] = [];
  const header = headerXml === null ? undefined : descendants(parseXml(headerXml), 'w:hdr')[0];
  if (header) reader.body(header, blocks);
  if (body) reader.body(body, blocks);
  return { blocks: blocks.filter((b) => b.kind !== 'para' || b.text.trim() !== ''), legacyFonts: [...reader.legacy] };
}
