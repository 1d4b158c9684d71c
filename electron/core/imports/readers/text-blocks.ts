// Pure: plain text (a .txt, a legacy .doc's text, a PDF's text layer) → paragraphs and tables.
// Tables survive in text as tab-separated lines (Word's text export) or Markdown pipes.
import { cleanText } from '../../../../shared/text';

export type Block = { kind: 'para'; text: string } | { kind: 'table'; text: string[][]; value: (string | null)[][] };

const MARKER = /^([IVX]+\s*[.)-]|\d+(\.\d+)*\s*[.)]|[a-zđ]\s*\)|[-–+•*])\s/u;

function cellsOf(line: string): string[] | null {
  const t = line.trim();
  if (t.startsWith('|') && t.endsWith('|')) {
    if (/^\|[\s:|-]+\|$/u.test(t)) return [];
    return t.slice(1, -1).split('|').map(cleanText);
  }
  if (!line.includes('\t')) return null;
  const cells = line.split('\t').map(cleanText);
  return cells.filter((c) => c !== '').length >= 2 ? cells : null;
}

/**
 * `joinWrapped`: the lines are visual lines (a PDF page) and a sentence that wraps continues on the
 * next line; a line starting in lower case or with a digit, after a line not ending a sentence, joins it.
 */
export function blocksFromText(text: string, joinWrapped: boolean): Block[] {
  const lines = text.normalize('NFC').replace(/\r\n?/gu, '\n').split('\n');
  const blocks: Block[] = [];
  let table: string[][] = [];
  const flushTable = (): void => {
    if (table.length >= 2) blocks.push({ kind: 'table', text: table, value: table.map((r) => r.map((c) => (c === '' ? null : c))) });
    else for (const row of table) blocks.push({ kind: 'para', text: row.filter((c) => c !== '').join(' ') });
    table = [];
  };
  for (const raw of lines) {
    const cells = cellsOf(raw);
    if (cells) {
      if (cells.length > 0) table.push(cells);
      continue;
    }
    flushTable();
    const line = cleanText(raw);
    if (line === '') {
      blocks.push({ kind: 'para', text: '' });
      continue;
    }
    const prev = blocks[blocks.length - 1];
    const wraps =
      joinWrapped &&
      prev?.kind === 'para' &&
      prev.text.length >= 40 &&
      !/[.:;!?]$/u.test(prev.text) &&
      !MARKER.test(line) &&
      /^[\p{Ll}\d(]/u.test(line);
    if (wraps && prev?.kind === 'para') prev.text = `${prev.text} ${line}`;
    else blocks.push({ kind: 'para', text: line });
  }
  flushTable();
  return blocks.filter((b) => b.kind !== 'para' || b.text !== '');
}
