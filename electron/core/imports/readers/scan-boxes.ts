// Pure: where on the scanned pages each value of a report was read. The narrative reader names
// its sources by paragraph and table row ("đoạn 7", "bảng 1, dòng 3"); here each source is
// matched back to the OCR lines that make up that paragraph or row, and a figure to the very word
// holding its number. Boxes are fractions of the page, so they sit on the page image at any size.
import type { ScanBox, ScanField } from '../../../../shared/domain';
import { fold, parseViNumber } from '../../../../shared/text';
import type { NormalizedReport } from '../normalized-report';
import type { Block } from './text-blocks';

export type BoxWord = { text: string; x0: number; y0: number; x1: number; y1: number; confidence: number };
export type BoxLine = { page: number; width: number; height: number; words: BoxWord[]; confidence: number };

type Scored = { line: BoxLine; share: number };

const tokens = (s: string): string[] => fold(s).split(' ').filter((t) => t !== '');

function box(field: ScanField, key: string, line: BoxLine, words: readonly BoxWord[], text?: string): ScanBox {
  const x0 = Math.min(...words.map((w) => w.x0));
  const y0 = Math.min(...words.map((w) => w.y0));
  const x1 = Math.max(...words.map((w) => w.x1));
  const y1 = Math.max(...words.map((w) => w.y1));
  const r = (v: number): number => Math.round(v * 10_000) / 10_000;
  return {
    field,
    key,
    page: line.page,
    x: r(x0 / line.width),
    y: r(y0 / line.height),
    w: r((x1 - x0) / line.width),
    h: r((y1 - y0) / line.height),
    text: text ?? words.map((w) => w.text).join(' '),
    confidence: Math.round(Math.min(...words.map((w) => w.confidence))),
  };
}

/** Lines whose words mostly belong to `context`, best first. */
function linesOf(lines: readonly BoxLine[], context: string): Scored[] {
  const bag = new Set(tokens(context));
  if (bag.size === 0) return [];
  const scored: Scored[] = [];
  for (const line of lines) {
    const own = line.words.flatMap((w) => tokens(w.text));
    if (own.length === 0) continue;
    const share = own.filter((t) => bag.has(t)).length / own.length;
    if (share >= 0.6) scored.push({ line, share });
  }
  return scored.sort((a, b) => b.share - a.share);
}

/** The text a narrative source names: a paragraph, or a table row (or rows). */
function sourceText(source: string, blocks: readonly Block[]): string | null {
  const paras = blocks.filter((b): b is Extract<Block, { kind: 'para' }> => b.kind === 'para');
  const tables = blocks.filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');
  const p = /^đoạn (\d+)$/u.exec(source);
  if (p) return paras[Number(p[1]) - 1]?.text ?? null;
  const t = /^bảng (\d+), dòng (\d+)(?:–(\d+))?$/u.exec(source);
  if (t) {
    const rows = tables[Number(t[1]) - 1]?.text ?? [];
    const from = Number(t[2]) - 1;
    const to = t[3] ? Number(t[3]) - 1 : from;
    return rows.slice(from, to + 1).flat().join(' ');
  }
  return null;
}

const numberOf = (w: BoxWord): number | null => parseViNumber(w.text.replace(/^[(“"]+|[)"”.,;:]+$/gu, ''));

function figureBox(key: string, value: number, context: string | null, lines: readonly BoxLine[]): ScanBox | null {
  const near = context ? linesOf(lines, context).map((s) => s.line) : [];
  for (const line of [...near, ...lines]) {
    const hit = line.words.find((w) => numberOf(w) === value);
    if (hit) return box('figure', key, line, [hit]);
  }
  const first = near[0];
  return first ? box('figure', key, first, first.words) : null;
}

function entryBox(key: string, context: string | null, lines: readonly BoxLine[]): ScanBox | null {
  if (!context) return null;
  const found = linesOf(lines, context);
  const page = found[0]?.line.page;
  const same = found.filter((s) => s.line.page === page).map((s) => s.line);
  const first = same[0];
  if (!first) return null;
  return box('entry', key, first, same.flatMap((l) => l.words), context.slice(0, 200));
}

const folded = (words: readonly BoxWord[]): string => fold(words.map((w) => w.text).join(' '));

/**
 * The first line (page 1 before others, top down) that passes `test`, cut to the fewest words that
 * still do: Tesseract may run the header's two columns into one line ("HUYỆN ỦY HÒN ĐẤT  Hòn Đất, ngày …").
 */
function wordsWith(lines: readonly BoxLine[], test: (folded: string) => boolean): { line: BoxLine; words: BoxWord[] } | null {
  const line = lines.find((l) => test(folded(l.words)));
  if (!line) return null;
  let from = 0;
  let to = line.words.length;
  while (to - 1 > from && test(folded(line.words.slice(from, to - 1)))) to--;
  while (from + 1 < to && test(folded(line.words.slice(from + 1, to)))) from++;
  return { line, words: line.words.slice(from, to) };
}

function dateTest(iso: string): (folded: string) => boolean {
  const [y = '', m = '', d = ''] = iso.split('-');
  const day = String(Number(d));
  const month = String(Number(m));
  const words = new RegExp(`ngay 0?${day} thang 0?${month} nam ${y}`);
  const digits = new RegExp(`\\b0?${day} 0?${month} ${y}\\b`);
  return (f) => words.test(f) || digits.test(f);
}

export type LocatedReport = { report: NormalizedReport; boxes: ScanBox[] };

/** Boxes for the unit, number, date, each entry and each figure; sources gain their page ("trang 2, đoạn 7"). */
export function locateValues(report: NormalizedReport, blocks: readonly Block[], lines: readonly BoxLine[]): LocatedReport {
  const boxes: ScanBox[] = [];
  const header = (field: ScanField, found: { line: BoxLine; words: BoxWord[] } | null): void => {
    if (found) boxes.push(box(field, '', found.line, found.words));
  };
  if (report.unit.name) {
    const name = tokens(report.unit.name).join(' ');
    // The header names the unit in capitals ("HUYỆN ỦY HÒN ĐẤT"); its last words are the place.
    const place = tokens(report.unit.name).slice(-2).join(' ');
    header('unit', wordsWith(lines, (f) => f.includes(name)) ?? wordsWith(lines, (f) => place !== '' && f.includes(place) && !/\bngay\b/u.test(f)));
  }
  if (report.reportNumber) {
    const num = fold(report.reportNumber);
    header('number', wordsWith(lines, (f) => f.includes(num)));
  }
  if (report.reportDate) header('date', wordsWith(lines, dateTest(report.reportDate)));
  const withPage = (source: string, b: ScanBox | null): string => (b ? `trang ${b.page}, ${source}` : source);
  const figures = report.figures.map((f) => {
    const b = figureBox(f.indicatorKey, f.value, sourceText(f.source, blocks), lines);
    if (b) boxes.push(b);
    return { ...f, source: withPage(f.source, b) };
  });
  const entries = report.entries.map((e) => {
    const b = entryBox(e.itemCode, sourceText(e.source, blocks), lines);
    if (b) boxes.push(b);
    return { ...e, source: withPage(e.source, b) };
  });
  return { report: { ...report, figures, entries }, boxes };
}
