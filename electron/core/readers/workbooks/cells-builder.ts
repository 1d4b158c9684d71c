// Builds a sheet's cells and merges from a workbook format that is not a zip (HTML tables, Excel
// 2003 XML, CSV): the same SheetCells the .xlsx reader gives, so every workbook reads alike.
import { parseViNumber } from '../../../../shared/text';
import { edgeText } from '../edge-text';
import type { Cell, Range, SheetCells } from '../xlsx';
import { XLSX_LIMITS } from '../xlsx';

export class SheetBuilder {
  private readonly sheet: SheetCells;
  constructor(name: string) {
    this.sheet = { name, hidden: false, cells: new Map(), maxRow: -1, maxCol: -1, merges: [], truncated: false, cutCells: [] };
  }

  /** A cell's text; `value` a number when the format says so, else the text. */
  put(row: number, col: number, raw: string, value?: number | null): void {
    if (row >= XLSX_LIMITS.maxRows) {
      this.sheet.truncated = true;
      return;
    }
    if (col >= XLSX_LIMITS.maxCols) return;
    const t = edgeText(raw.replace(/\s+/gu, ' ').trim());
    if (t.text === '') return;
    if (t.cut) this.sheet.cutCells.push(`${this.sheet.name}!R${row + 1}C${col + 1}`);
    const cell: Cell = { text: t.text, value: value ?? (parseViNumber(t.text) ?? t.text) };
    const r = this.sheet.cells.get(row) ?? new Map<number, Cell>();
    r.set(col, cell);
    this.sheet.cells.set(row, r);
    this.sheet.maxRow = Math.max(this.sheet.maxRow, row);
    this.sheet.maxCol = Math.max(this.sheet.maxCol, col);
  }

  merge(range: Range): void {
    if (range.r2 > range.r1 || range.c2 > range.c1) this.sheet.merges.push(range);
  }

  done(): SheetCells {
    return this.sheet;
  }
}

/** Column positions taken by cells spanning down from rows above (HTML rowspan, XML MergeDown). */
export class SpanTracker {
  private readonly taken = new Map<number, Set<number>>();

  occupy(r1: number, r2: number, c1: number, c2: number): void {
    for (let r = r1; r <= r2; r++) {
      const set = this.taken.get(r) ?? new Set<number>();
      for (let c = c1; c <= c2; c++) set.add(c);
      this.taken.set(r, set);
    }
  }

  /** The first free column at or after `col` in `row`. */
  free(row: number, col: number): number {
    const set = this.taken.get(row);
    let c = col;
    while (set?.has(c)) c++;
    return c;
  }
}
