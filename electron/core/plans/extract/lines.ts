// Raw plan text → tidy lines: NFC, Markdown marks off, page-break artefacts dropped, columns of the
// header and signature tables split apart, and lines broken mid-sentence joined again.
import { cleanText } from '../../../../shared/text';
import { parseMarker } from './numbering';
import { figureColumns, figureRow } from './figure-table';
import type { FigureRow } from './figure-table';
import { taskColumns, taskRow } from './task-table';
import type { Columns, TaskRow } from './task-table';

export interface Line {
  text: string;
  /** Bold or a Markdown heading in the source: a hint that the line is a heading. */
  emph: boolean;
  /** A horizontal rule, "-----" or the lone "*" under the issuer's name. */
  sep: boolean;
  /** A row of a task table, read by its columns. */
  row?: TaskRow;
  /** A row of a table of the figures to report: no item, a figure of the plan. */
  figure?: FigureRow;
}

const PAGE_ARTEFACT = [
  /^(trang|page)\s*\d{1,3}(\s*(\/|of|trên)\s*\d{1,3})?$/iu,
  /^[-–]?\s*\d{1,3}\s*[-–]?$/u, // a lone page number, "- 2 -"
  /^\d{1,3}\s*\/\s*\d{1,3}$/u, // "2/5"
];

const SEPARATOR = /^([-–—_=*]\s*){3,}$|^\*$/u;

// Where the source lays out two columns (header, Nơi nhận beside the signature), converters
// leave a run of spaces or a tab between them.
const COLUMN_GAP = /\t+|\s{3,}/u;

function stripMarkdown(line: string): { text: string; emph: boolean } {
  let s = line;
  let emph = false;
  const heading = /^\s{0,3}#{1,6}\s+/u.exec(s);
  if (heading) {
    emph = true;
    s = s.slice(heading[0].length);
  }
  s = s.replace(/\\([\\`*_{}[\]()#+\-.!|>~])/gu, '$1'); // Markdown escapes ("1\." from pandoc)
  if (/^\s*(\*\*|__)/u.test(s)) emph = true;
  if (/^\s*\*\s+\S/u.test(s) && !/^\s*\*\s*\*/u.test(s)) s = s.replace(/^\s*\*\s+/u, '- '); // "* item"
  s = s.replace(/\*\*|__/gu, '');
  if (s.trim() !== '*') s = s.split('(*)').map((part) => part.replace(/\*/gu, '')).join('(*)'); // keep footnote marks
  s = s.replace(/<br\s*\/?>/giu, ' ');
  return { text: s, emph };
}

function isUpper(s: string): boolean {
  return /\p{Lu}/u.test(s) && s === s.toUpperCase();
}

/** Cells of a Markdown table row, else null. */
function tableCells(line: string): string[] | null {
  const t = line.trim();
  if (!t.startsWith('|')) return null;
  if (/^\|?[\s:|-]+\|?$/u.test(t)) return [];
  const cells = t
    .replace(/^\||\|$/gu, '')
    .split('|')
    .map((c) => c.trim());
  return cells.every((c) => c === '') ? [] : cells;
}

interface RawLine {
  raw: string;
  emph: boolean;
  row?: TaskRow;
  figure?: FigureRow;
}

const MIN_TAB_CELLS = 3;
const COLUMN_NUMBERS = /^\(?\d{1,2}\)?$/u;

/** The column roles of a task table from its first one or two rows, and how many rows they take. */
function tableHeader(rows: readonly string[][]): { cols: Columns; take: number } | null {
  const first = rows[0];
  if (!first) return null;
  const second = rows[1];
  if (second && !/^\d/u.test(second[0] ?? '')) {
    // A header over two rows: "Đơn vị thực hiện" above "Chủ trì | Phối hợp".
    const both = first.map((c, i) => (c === (second[i] ?? '') ? c : `${c} ${second[i] ?? ''}`.trim()));
    const two = taskColumns(both);
    if (two && (two.support !== null || two.lead !== null) && taskColumns(first)?.support !== two.support) return { cols: two, take: 2 };
  }
  const one = taskColumns(first);
  return one ? { cols: one, take: 1 } : null;
}

/**
 * A Markdown table: a task table or a table of figures becomes one line per row, any other table
 * one line per cell.
 */
function tableLines(rows: readonly string[][], out: RawLine[]): void {
  const plain = rows.map((r) => r.map((c) => stripMarkdown(c).text.replace(/\u00a0/gu, ' ').trim()));
  const figures = plain[0] ? figureColumns(plain[0]) : null;
  if (figures) {
    for (const cells of plain.slice(1)) {
      const figure = figureRow(cells, figures);
      if (figure) out.push({ raw: figure.name, emph: false, figure });
    }
    return;
  }
  const head = tableHeader(plain);
  if (head) {
    for (const cells of plain.slice(head.take)) {
      if (cells.every((c) => c === '' || COLUMN_NUMBERS.test(c))) continue; // "(1) | (2) | (3)"
      const row = taskRow(cells, head.cols);
      if (row) out.push({ raw: row.text, emph: false, row });
    }
    return;
  }
  for (const cells of rows) for (const cell of cells) for (const part of cellParts(cell)) out.push(plainRaw(part));
}

// A Word header table writes each column as one cell of several paragraphs, which reach here
// joined: "TỈNH ỦY TÂY SƠN * Số 58-KH/TU". The lone "*" under the issuer and the number line
// are lines of their own.
function cellParts(cell: string): string[] {
  return cell
    .split(/\s+(?=\*\s)|(?<=\s\*)\s+|\s+(?=Số\s*:?\s*\d+\s*[-–/])/u)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/** An ordinary line (or table cell) as a raw line: Markdown marks off, emphasis noted. */
function plainRaw(line: string): RawLine {
  const { text: t, emph } = stripMarkdown(line);
  return { raw: t.replace(/\u00a0/gu, ' ').replace(/\s+$/u, ''), emph };
}

function rawLines(input: string): RawLine[] {
  const text = input
    .normalize('NFC')
    .replace(/\u200b|\u200c|\u200d|\ufeff|\u00ad/gu, '')
    .replace(/\r\n?|\f|\u2028|\u2029|\v/gu, '\n');
  const out: RawLine[] = [];
  const plain = (line: string): void => {
    out.push(plainRaw(line));
  };
  let table: string[][] = [];
  const flush = (): void => {
    if (table.length > 0) tableLines(table, out);
    table = [];
  };
  // A legacy .doc's tables come out as tab-separated cells, a row a line: read as a task table
  // when its header says so, else left as the lines they were.
  let tabbed: { line: string; cells: string[] }[] = [];
  const flushTabbed = (): void => {
    const rows = tabbed.map((t) => t.cells);
    if (tabbed.length >= 2 && (tableHeader(rows) || (rows[0] && figureColumns(rows[0])))) tableLines(rows, out);
    else for (const t of tabbed) plain(t.line);
    tabbed = [];
  };
  for (const line of text.split('\n')) {
    const cells = tableCells(line);
    if (cells !== null) {
      flushTabbed();
      if (cells.length > 0) table.push(cells);
      continue;
    }
    flush();
    const tabs = line.replace(/\t+$/u, '').split('\t');
    if (tabs.length >= MIN_TAB_CELLS) {
      tabbed.push({ line, cells: tabs.map((c) => c.trim()) });
      continue;
    }
    flushTabbed();
    plain(line);
  }
  flush();
  flushTabbed();
  return out;
}

/** Split the columns of header and signature-table lines; body lines keep their spacing. */
function splitColumns(raws: RawLine[]): RawLine[] {
  const out: RawLine[] = [];
  let seen = 0;
  let inBody = false;
  let inTail = false;
  for (const r of raws) {
    const t = r.raw.trim();
    if (t !== '') seen++;
    const m = parseMarker(cleanText(t));
    if (m && (m.kind === 'part' || m.kind === 'roman' || m.kind === 'decimal')) inBody = true;
    if (/^Nơi nhận/iu.test(t)) inTail = true;
    const split = (!inBody && seen <= 25) || inTail;
    if (r.row || r.figure) out.push(r);
    else if (split && COLUMN_GAP.test(t)) {
      for (const cell of t.split(COLUMN_GAP)) out.push({ raw: cell, emph: r.emph });
    } else out.push({ raw: t, emph: r.emph });
  }
  return out;
}

const TERMINAL = /[.:;!?…]$|[.!?]["”’)]$|\/\.$/u;

/** Can `cur` be the rest of a sentence that `prev` broke off? */
function continues(prev: Line, cur: Line): 'space' | 'tight' | null {
  if (prev.sep || cur.sep) return null;
  if (parseMarker(cur.text) !== null) return null;
  if (isUpper(prev.text) || isUpper(cur.text)) return null;
  // "Hướng dẫn số 02-" + "HD/BDNTW": a document symbol split across lines.
  if (/\d\s*-$/u.test(prev.text) && /^[A-ZĐ]{1,8}\//u.test(cur.text)) return 'tight';
  if (TERMINAL.test(prev.text)) return null;
  if (/^\p{Ll}/u.test(cur.text)) return 'space';
  // A line a PDF broke after a comma or a joining word goes on, though a name starts the next one
  // ("… phối hợp với Ban cán sự đảng UBND tỉnh," / "Ban Tổ chức Tỉnh ủy, …"): no heading ends so.
  if (OPEN_END.test(prev.text)) return 'space';
  return null;
}

/** A line ending so goes on in the next: after a comma or a joining word ("với", "của", "và" …). */
export const OPEN_END = /(?:,|\s(?:và|với|của|các|cho|về|tại|trong|theo|đến|là|được|những|nhất là|giữa))$/u;

export function toLines(input: string): Line[] {
  const lines: Line[] = [];
  for (const r of splitColumns(rawLines(input))) {
    const text = cleanText(r.raw);
    if (text === '') continue;
    if (PAGE_ARTEFACT.some((re) => re.test(text))) continue;
    const sep = SEPARATOR.test(text);
    const cur: Line = r.row
      ? { text, emph: false, sep: false, row: r.row }
      : r.figure
        ? { text, emph: false, sep: false, figure: r.figure }
        : { text: sep ? '' : text, emph: r.emph, sep };
    const prev = lines[lines.length - 1];
    const join = prev && !prev.row && !cur.row && !prev.figure && !cur.figure ? continues(prev, cur) : null;
    if (prev && join) prev.text = join === 'tight' ? prev.text + cur.text : `${prev.text} ${cur.text}`;
    else lines.push(cur);
  }
  return lines;
}

export { isUpper };
