// A .docx (already checked by guardZip) → its paragraphs and tables, with Word's list numbers and
// TCVN3/VNI runs converted. The one Word reader for plans and reports alike.
import { strFromU8, unzipSync } from 'fflate';
import { AppError } from '../../../shared/errors';
import { asAppError } from '../errors';
import { docxBlocks } from '../imports/readers/docx-blocks';
import type { DocxContent } from '../imports/readers/docx-blocks';
import type { Block } from '../imports/readers/text-blocks';
import { markdownRow } from './markdown-row';
import { checkInflated } from './zip-guard';
import type { ZipEntryInfo } from './zip-guard';

const DOCX_PARTS = new Set(['word/document.xml', 'word/styles.xml', 'word/numbering.xml', 'word/_rels/document.xml.rels']);
const HEADER_PART = /^word\/header\d{1,3}\.xml$/u;

/** The parts of a .docx the reader inflates; pictures, fonts and the rest never are. */
export function isDocxReadPart(name: string): boolean {
  return DOCX_PARTS.has(name) || HEADER_PART.test(name);
}

/**
 * The part name of the first page's header: the first section's "first" header when it has a
 * different first page, else its default one; null when it has none.
 */
export function firstPageHeader(documentXml: string, relsXml: string | null): string | null {
  const sect = /<w:sectPr\b[\s\S]*?<\/w:sectPr>/u.exec(documentXml)?.[0] ?? '';
  const titlePage = /<w:titlePg(?:\s*\/>|\s+w:val="(?:1|true|on)")/u.test(sect);
  const ref = (type: string): string | undefined => new RegExp(`<w:headerReference\\b(?=[^>]*w:type="${type}")[^>]*r:id="([^"]+)"`, 'u').exec(sect)?.[1];
  const id = titlePage ? ref('first') : ref('default');
  if (id === undefined || relsXml === null) return null;
  const target = new RegExp(`<Relationship\\b(?=[^>]*Id="${id.replace(/[^\w-]/gu, '')}")[^>]*Target="([^"]+)"`, 'u').exec(relsXml)?.[1];
  if (target === undefined) return null;
  const name = target.startsWith('/') ? target.slice(1) : `word/${target}`;
  return HEADER_PART.test(name) ? name : null;
}

/** `entries`: the zip's listing when the guard left the CRC check to this reader (see checkInflated). */
export function readDocxContent(bytes: Buffer, fileName: string, entries?: readonly ZipEntryInfo[]): DocxContent {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(new Uint8Array(bytes), { filter: (f) => isDocxReadPart(f.name) });
  } catch {
    throw new AppError('FILE_CORRUPT', `Tệp ${fileName} bị hỏng hoặc không phải tệp Word (.docx).`);
  }
  if (entries) for (const [name, data] of Object.entries(files)) checkInflated(name, data, entries, fileName);
  const part = (name: string): string | null => {
    const f = files[name];
    return f ? strFromU8(f) : null;
  };
  const xml = part('word/document.xml') ?? '';
  if (!/<w:body[\s>]/u.test(xml)) throw new AppError('FILE_CORRUPT', `Tệp ${fileName} bị hỏng: thiếu phần nội dung văn bản (word/document.xml).`);
  try {
    const header = firstPageHeader(xml, part('word/_rels/document.xml.rels'));
    return docxBlocks(xml, part('word/styles.xml'), part('word/numbering.xml'), header === null ? null : part(header));
  } catch (e) {
    // Tables nested thousands deep overflow the walk: a hostile file, refused by name.
    throw asAppError(e, fileName);
  }
}

/**
 * Blocks as text: a paragraph a line, a table as Markdown rows so its grid survives. A table before
 * any paragraph is the header block laid out in columns (issuer and number left, motto and date
 * right): it is read column by column, a line a cell line, as a typed header would be.
 */
export function blocksAsText(blocks: readonly Block[]): string {
  const out: string[] = [];
  let seenPara = false;
  for (const b of blocks) {
    if (b.kind === 'para') {
      out.push(b.text);
      seenPara ||= b.text.trim() !== '';
    } else if (!seenPara) {
      const width = Math.max(0, ...b.text.map((r) => r.length));
      for (let c = 0; c < width; c++) for (const row of b.text) if ((row[c] ?? '') !== '' && row[c - 1] !== row[c]) out.push(...(row[c] ?? '').split('\n'), '');
    } else {
      out.push('');
      for (const row of b.text) out.push(markdownRow(row));
      out.push('');
    }
  }
  return out.join('\n');
}
