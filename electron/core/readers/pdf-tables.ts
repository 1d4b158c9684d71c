// Pure: tables of a PDF page rebuilt from where the text sits. A table cell wraps over several
// visual lines, so reading line by line cuts "Tổ chức hội nghị quán triệt …" into pieces spread
// over other rows; here the lines of a table become Markdown rows "| 1 | Tổ chức … | Ban … |", one
// per table row, which the plan and report readers read by column.
//
// The header row gives the columns: its pieces of text (centred or not) sit inside their columns,
// so the borders lie between them; a header spanning sub-headers ("Số liệu" over "Số hội nghị",
// "Lượt người tham dự") gives way to them. Body text is placed in a column by its centre.
import { fold } from '../../../shared/text';
import { markdownRow } from './markdown-row';

export type Run = { str: string; x: number; y: number; w: number; size: number };
type VRow = { y: number; size: number; runs: Run[] };
type Piece = { x: number; end: number; text: string };

const MIN_COLUMNS = 3;
const HEADER_WORD = /\b(tt|stt|noi dung|nhiem vu|cong viec|chi tieu|don vi|co quan|ket qua|so lieu|ghi chu|thoi gian|thoi han|tinh trang|tien do|ten)\b/;
const ROW_NUMBER = /^([IVXLC]+|\d{1,3}(\.\d{1,3})*)[.)]?$/u;

function visualRows(runs: readonly Run[]): VRow[] {
  const rows: VRow[] = [];
  for (const run of [...runs].sort((a, b) => b.y - a.y || a.x - b.x)) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(row.y - run.y) <= Math.max(2, run.size * 0.3)) row.runs.push(run);
    else rows.push({ y: run.y, size: run.size, runs: [run] });
  }
  for (const r of rows) r.runs.sort((a, b) => a.x - b.x);
  return rows;
}

/** Runs separated by at least a wide space: the separate pieces of text on a line. */
function pieces(row: VRow): Piece[] {
  const out: Piece[] = [];
  for (const run of row.runs) {
    const last = out[out.length - 1];
    if (last && run.x - last.end < run.size * 0.55) {
      last.text += run.x - last.end > run.size * 0.15 && !last.text.endsWith(' ') && !run.str.startsWith(' ') ? ` ${run.str}` : run.str;
      last.end = run.x + run.w;
    } else out.push({ x: run.x, end: run.x + run.w, text: run.str });
  }
  return out;
}

function rowText(row: VRow): string {
  return row.runs.map((r) => r.str).join(' ').replace(/\s+/gu, ' ').trim();
}

function near(a: VRow | undefined, b: VRow | undefined, factor: number): boolean {
  return a !== undefined && b !== undefined && a.y - b.y <= Math.max(a.size, b.size) * factor;
}

/**
 * Column borders from the header lines: a piece over two or more separate pieces of the lines
 * below spans sub-headers and gives way to them; pieces that overlap (a header wrapped over two
 * lines) make one column.
 */
function columnsOf(headerRows: readonly Piece[][], tol: number): { spans: { x: number; end: number; label: string }[] } {
  const overlaps = (a: Piece, b: Piece): boolean => a.x < b.end - tol && b.x < a.end - tol;
  const spanning = new Set<Piece>();
  headerRows.forEach((row, r) => {
    const below = headerRows.slice(r + 1).flat();
    for (const p of row) {
      // "Số liệu" centred over "Số hội nghị" and "Lượt người tham dự": its middle falls between two pieces below.
      const mid = (p.x + p.end) / 2;
      const reach = Math.max(p.end - p.x, tol * 4) * 2;
      const left = below.filter((q) => q.end <= mid + tol && mid - q.end <= reach);
      const right = below.filter((q) => q.x >= mid - tol && q.x - mid <= reach);
      if (left.some((a) => right.some((b) => a.end <= b.x - tol))) spanning.add(p);
    }
  });
  const all = headerRows.flat();
  const spans: { x: number; end: number; label: string }[] = [];
  for (const p of all.filter((h) => !spanning.has(h)).sort((a, b) => a.x - b.x)) {
    const last = spans[spans.length - 1];
    if (last && p.x <= last.end - tol) {
      last.end = Math.max(last.end, p.end);
      last.label = `${last.label} ${p.text}`;
    } else {
      const parent = [...spanning].find((sp) => overlaps(p, sp));
      spans.push({ x: p.x, end: p.end, label: parent ? `${parent.text} ${p.text}` : p.text });
    }
  }
  return { spans };
}

/**
 * The border before each column: where the body's text of that column starts (left-aligned text
 * shares one left edge), else halfway between the header pieces.
 */
function bordersOf(spans: readonly { x: number; end: number }[], body: readonly Piece[], tol: number): number[] {
  const borders: number[] = [];
  for (let j = 1; j < spans.length; j++) {
    const lo = (spans[j - 1]?.end ?? 0) - tol;
    const hi = (spans[j]?.x ?? 0) + tol;
    const groups: { x: number; n: number }[] = [];
    for (const p of body) {
      // Right-aligned figures share a left edge only by having as many digits: text marks a column start.
      if (p.x <= lo || p.x >= hi || !/\p{L}/u.test(p.text)) continue;
      const g = groups.find((c) => Math.abs(c.x - p.x) <= tol);
      if (g) g.n++;
      else groups.push({ x: p.x, n: 1 });
    }
    const best = groups.filter((g) => g.n >= 2).sort((a, b) => b.n - a.n || a.x - b.x)[0];
    borders.push(best ? best.x - tol / 2 : ((spans[j - 1]?.end ?? 0) + (spans[j]?.x ?? 0)) / 2);
  }
  return borders;
}

function columnAt(x: number, borders: readonly number[]): number {
  let j = 0;
  while (j < borders.length && x >= (borders[j] ?? Infinity)) j++;
  return j;
}

/** Where a table's columns are, found from its header. */
type Layout = { spans: { label: string }[]; borders: number[]; left: number; size: number; bodyStart: number; headLines: string[] };

/** A table starting at row i: a header line of ≥3 pieces with a header word; its columns. */
function layoutAt(rows: readonly VRow[], i: number): Layout | null {
  const first = rows[i];
  if (!first) return null;
  const headPieces = pieces(first);
  if (headPieces.length < MIN_COLUMNS || !headPieces.some((p) => HEADER_WORD.test(fold(p.text)))) return null;
  const tol = Math.max(2, first.size * 0.5);
  // The header goes on until the first numbered row, at most a few lines (wrapped or sub-headers).
  let bodyStart = i + 1;
  const headRows = [first];
  const left = headPieces[0]?.x ?? 0;
  for (let k = i + 1; k < rows.length && k <= i + 4 && near(rows[k - 1], rows[k], 2.5); k++) {
    const lead = pieces(rows[k] as VRow)[0];
    if (!lead || (ROW_NUMBER.test(lead.text.trim()) && lead.x < left + tol * 6)) break;
    headRows.push(rows[k] as VRow);
    bodyStart = k + 1;
  }
  const numberedSoon = rows.slice(bodyStart, bodyStart + 2).some((r) => ROW_NUMBER.test(pieces(r)[0]?.text.trim() ?? ''));
  if (!numberedSoon) {
    headRows.splice(1);
    bodyStart = i + 1;
  }
  const { spans } = columnsOf(headRows.map(pieces), tol);
  if (spans.length < MIN_COLUMNS) return null;
  const window: Piece[] = [];
  for (let k = bodyStart; k < rows.length && k < bodyStart + 40 && near(rows[k - 1], rows[k], 3); k++) window.push(...pieces(rows[k] as VRow));
  return { spans, borders: bordersOf(spans, window, tol), left, size: first.size, bodyStart, headLines: headRows.map(rowText) };
}

/** The lines of the table from row `start` on, cut into cells; `to` is the last row read. */
function readBody(rows: readonly VRow[], start: number, t: Layout, continued: boolean): { lines: string[][]; to: number } {
  const cellsOf = (row: VRow): string[] => {
    const cells = t.spans.map(() => '');
    const ends = t.spans.map(() => -Infinity);
    for (const run of row.runs) {
      const j = columnAt(run.x + run.w / 2, t.borders);
      // Glyph runs that touch ("32-" "CT/" "TW") are one word.
      const tight = run.x - (ends[j] ?? -Infinity) < run.size * 0.15;
      cells[j] = `${cells[j] ?? ''}${tight ? '' : ' '}${run.str}`.replace(/\s+/gu, ' ').trim();
      ends[j] = run.x + run.w;
    }
    return cells;
  };
  const lines: string[][] = [];
  let to = start - 1;
  for (let k = start; k < rows.length; k++) {
    const row = rows[k] as VRow;
    // A table going on from the previous page starts at the top, wherever the last row was.
    if (!(continued && k === start) && !near(rows[k - 1], row, 3)) break;
    const cells = cellsOf(row);
    const filled = cells.filter((c) => c !== '').length;
    const p = pieces(row);
    // Back to the page: text running over a column border (a cell's text never does; the first border,
    // or two of them), or a lone first-column line that is no row number.
    const tol = t.size * 0.3;
    const crossed = (piece: Piece): number => t.borders.filter((b) => piece.x < b - tol && piece.end > b + tol).length;
    const across = p.some((piece) => crossed(piece) >= 2 || (piece.x < (t.borders[0] ?? 0) - tol && piece.end > (t.borders[0] ?? 0) + tol));
    const loneLabel = filled === 1 && cells[0] !== '' && !ROW_NUMBER.test(cells[0] ?? '');
    if (across || loneLabel || (p[0]?.x ?? 0) < t.left - t.size * 4) break;
    lines.push(cells);
    to = k;
  }
  return { lines, to };
}

/** A cell's next visual line: "Chỉ thị 32-" + "CT/TW" join tight, words with a space. */
function joinWrapped(a: string, b: string): string {
  if (a === '' || b === '') return `${a}${b}`;
  return /[-/]$/u.test(a) && /^\p{Lu}/u.test(b) ? `${a}${b}` : `${a} ${b}`;
}

// "Tổng cộng" rows carry no number but are rows of their own.
function isTotal(cells: readonly string[]): boolean {
  return cells.some((c) => /^(tổng cộng|tổng số|cộng|tổng)$/iu.test(c));
}

const BULLET = /^[-–+•]\s*\p{L}/u;
const COUNT = /^\d{1,3}(?:[.,]\d{3})*$|^\d+$/u;

/**
 * An unnumbered line that is a row of its own, not the rest of the row above: a bullet ("- Tập thể"
 * under "Khen thưởng"), or a count where the row above already has one (a wrapped cell never adds
 * a second number to a column of counts).
 */
function startsRow(above: readonly string[], cells: readonly string[]): boolean {
  return cells.some((c) => BULLET.test(c)) || cells.some((c, j) => COUNT.test(c) && COUNT.test(above[j] ?? ''));
}

type OpenTable = { layout: Layout; lines: string[][] };

/** Where the page's lines of one piece start at the least and end at the most: its text's margins. */
function marginsOf(rows: readonly VRow[]): { left: number; right: number } {
  let left = Infinity;
  let right = -Infinity;
  for (const row of rows) {
    const p = pieces(row);
    if (p.length !== 1 || !p[0]) continue;
    left = Math.min(left, p[0].x);
    right = Math.max(right, p[0].end);
  }
  return { left, right };
}

// A line that ends a sentence, or a line that starts an item of a list, is no wrapped line.
const SENTENCE_END = /[.:!?…]["”’)]?$/u;
const LIST_ITEM = /^(?:[IVX]+\s*[.)-]|\d+(?:\.\d+)*\s*[.)-]|[a-zđ]\s*\)|[-–+•*])(?:\s|$)/u;

/**
 * A line of running text the page broke to wrap and the line under it carrying on at the left
 * margin: one paragraph. A line wraps where the next word no longer fits before the right margin
 * (a justified line reaches it; a ragged one stops short by less than that word). Without this a
 * line starting with a name ("… phối hợp với Ban cán sự đảng UBND tỉnh," / "Ban Tổ chức Tỉnh ủy,
 * …") would read as a paragraph of its own.
 */
function wrapsInto(a: VRow, b: VRow, m: { left: number; right: number }): boolean {
  const pa = pieces(a);
  const pb = pieces(b);
  if (pa.length !== 1 || pb.length !== 1 || !pa[0] || !pb[0] || !near(a, b, 1.9)) return false;
  const text = pa[0].text.trim();
  const next = pb[0].text.trim();
  if (SENTENCE_END.test(text) || text === text.toUpperCase() || LIST_ITEM.test(next) || Math.abs(pb[0].x - m.left) > b.size * 0.6) return false;
  // The next line's first word, measured at that line's average letter width.
  const word = (/^\S+/u.exec(next)?.[0] ?? '').length;
  const wordWidth = next.length === 0 ? 0 : ((pb[0].end - pb[0].x) * word) / next.length;
  return pa[0].end + wordWidth + a.size * 0.25 >= m.right - a.size * 0.5;
}

/** A wrapped line and the next as one: "Hướng dẫn số 02-" + "HD/BĐNTW" is a document's symbol, cut. */
function joinLines(line: string, next: string): string {
  return /\d\s*-$/u.test(line) && /^[A-ZĐ]{1,8}\//u.test(next) ? `${line}${next}` : `${line} ${next}`;
}

/** The text of a PDF, page by page; a table may run on over a page break. */
export class PdfLines {
  private readonly out: string[] = [];
  private open: OpenTable | null = null;

  constructor(private readonly plainLine: (row: readonly Run[]) => string) {}

  page(runs: readonly Run[]): void {
    const rows = visualRows(runs);
    let i = 0;
    if (this.open) {
      // The header repeated at the top of the new page (Word's "repeat header rows") is skipped.
      let skip = 0;
      const head = this.open.layout.headLines;
      while (skip < head.length && rows[skip] !== undefined && rowText(rows[skip] as VRow) === head[skip]) skip++;
      const { lines, to } = readBody(rows, skip, this.open.layout, true);
      this.open.lines.push(...lines);
      i = to + 1;
      if (to < rows.length - 1) this.close();
    }
    const margins = marginsOf(rows);
    let wrapping: VRow | null = null;
    for (; i < rows.length; i++) {
      const layout = layoutAt(rows, i);
      const body = layout ? readBody(rows, layout.bodyStart, layout, false) : null;
      if (layout && body && body.lines.some((c) => c.filter((x) => x !== '').length >= MIN_COLUMNS - 1)) {
        this.open = { layout, lines: body.lines };
        i = body.to;
        wrapping = null;
        if (body.to < rows.length - 1) this.close();
        continue;
      }
      const row = rows[i] as VRow;
      const text = this.plainLine(row.runs);
      if (wrapping && wrapsInto(wrapping, row, margins)) this.out[this.out.length - 1] = joinLines(this.out[this.out.length - 1] ?? '', text.trim());
      else this.out.push(text);
      wrapping = row;
    }
  }

  private close(): void {
    const t = this.open;
    this.open = null;
    if (!t) return;
    // A numbered first column starts each row; without one every line is a row of its own.
    const numbered = t.lines.filter((c) => ROW_NUMBER.test(c[0] ?? '')).length >= 2;
    const body: string[][] = [];
    for (const cells of t.lines) {
      const last = body[body.length - 1];
      if (last && numbered && !ROW_NUMBER.test(cells[0] ?? '') && !isTotal(cells) && !startsRow(last, cells)) cells.forEach((c, j) => (last[j] = joinWrapped(last[j] ?? '', c)));
      else body.push(cells);
    }
    this.out.push(markdownRow(t.layout.spans.map((sp) => sp.label.replace(/\s+/gu, ' ').trim())), ...body.map(markdownRow));
  }

  finish(): string[] {
    this.close();
    return this.out;
  }
}
