// A .csv report: one sheet, its separator found from the first lines (comma, semicolon, tab), read
// with csv-parse (quotes, separators inside quotes). The text was decoded by the caller.
import { parse } from 'csv-parse/sync';
import type { SheetCells } from '../xlsx';
import { SheetBuilder } from './cells-builder';

function separatorOf(text: string): string {
  const head = text.split(/\r?\n/u).slice(0, 10).join('\n');
  const count = (ch: string): number => head.split(ch).length - 1;
  return [';', '\t', ','].reduce((best, ch) => (count(ch) > count(best) ? ch : best), ',');
}

export function readCsvTable(text: string, name: string): SheetCells[] {
  const rows = parse(text.replace(/^\uFEFF/u, ''), { delimiter: separatorOf(text), relax_column_count: true, relax_quotes: true, skip_empty_lines: false }) as string[][];
  const b = new SheetBuilder(name);
  rows.forEach((row, r) => row.forEach((cell, c) => b.put(r, c, cell)));
  const sheet = b.done();
  return sheet.cells.size > 0 ? [sheet] : [];
}
