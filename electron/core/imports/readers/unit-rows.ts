// Pure: a table with one row per unit ("STT | Đơn vị | Số hội nghị | Số lượt người"), as a district
// or a colleague sends for several units at once. Each row that names a unit becomes that unit's
// figures, traced to its row; a row naming no directory unit is kept for a person to place; the
// total row (and sub-totals, "Cộng khối huyện") is checked against the rows, never counted.
import type { Unit } from '../../../../shared/domain';
import { fold, formatViNumber } from '../../../../shared/text';
import type { ReportNote, UnitRowReading } from '../normalized-report';
import { narrowerInWider } from './collect';
import { unitNamedIn } from './detect-unit';
import { findHeader, isColumnNumberRow } from './grid-columns';
import type { Column, TableHeader } from './grid-columns';
import { inColumnMeasure, numberAt, totalRowKey } from './grid-table';
import type { Grid } from './grid-table';
import type { IndicatorTerm } from './indicator-match';

export type UnitTable = { rows: UnitRowReading[]; notes: ReportNote[] };

/** A unit the table names surely enough to count the row as that unit's. */
const SURE = 0.8;
// Sub-totals and group headings: "Cộng khối huyện", "Tổng các xã", "I. Khối huyện".
const SUBTOTAL = /^(?:tong cong|cong|tong so|tong)\b/u;
const PART_ROW = /^(?:[-+*]\s*)?trong do\b/u;
// Column headings that name the unit a row is about, not a task's lead or partner unit.
const UNIT_HEADING = /\b(?:don vi|dang bo|co so dang|dia phuong|huyen|xa|phuong|co quan|to chuc)\b/u;
const TASK_PARTY = /\b(?:chu tri|phoi hop|thuc hien|giao cho)\b/u;

type Candidate = { col: Column; hits: number; units: Set<string> };

/** "Cộng khối huyện" is a sub-total; "Công an tỉnh" folds to the same first word and is a unit. */
function isSubtotal(label: string, units: readonly Unit[], date: string | null): boolean {
  const f = fold(label);
  if (!SUBTOTAL.test(f) && !PART_ROW.test(f)) return false;
  const u = unitNamedIn(label, units, date, true);
  return !u || u.confidence < SURE;
}

/**
 * The column naming a unit on most figure rows: at least two distinct directory units, on most of
 * the rows that carry figures. Null when the table is one unit's (rows are tasks or channels).
 */
function unitColumn(g: Grid, h: TableHeader, end: number, figureCols: readonly Column[], units: readonly Unit[], date: string | null): Column | null {
  const rows: number[] = [];
  for (let r = h.row + h.rows; r < end; r++) if (figureCols.some((c) => numberAt(g, r, c.col) !== null)) rows.push(r);
  let top: Candidate | null = null;
  for (const col of h.columns) {
    if (col.indicator !== null || (col.role !== null && col.role !== 'text' && col.role !== 'counter') || TASK_PARTY.test(fold(col.label))) continue;
    const c: Candidate = { col, hits: 0, units: new Set() };
    for (const r of rows) {
      const u = unitNamedIn(g.text[r]?.[col.col] ?? '', units, date, true);
      if (u && u.code !== null && u.confidence >= SURE) {
        c.hits++;
        c.units.add(u.code);
      }
    }
    if (!top || c.hits > top.hits || (c.hits === top.hits && UNIT_HEADING.test(fold(col.label)))) top = c;
  }
  if (!top || top.units.size < 2) return null;
  // Most figure rows name a unit (a few may name one the directory lacks, or a sub-total).
  return top.hits * 2 >= rows.filter((r) => !isSubtotal(g.text[r]?.[top.col.col] ?? '', units, date)).length ? top.col : null;
}

/** The first table of the grid that holds one row per unit, read; or null. */
export function readUnitTable(g: Grid, terms: readonly IndicatorTerm[], units: readonly Unit[], date: string | null): UnitTable | null {
  for (let from = 0; from < g.text.length; ) {
    const h = findHeader(g.text, terms, from);
    if (!h) return null;
    const next = findHeader(g.text, terms, h.row + h.rows);
    const end = next ? next.row : g.text.length;
    const figureCols = h.columns.filter((c) => c.indicator !== null);
    const col = figureCols.length > 0 ? unitColumn(g, h, end, figureCols, units, date) : null;
    if (col) return readRows(g, h, end, col, figureCols, units, date, terms);
    from = end;
  }
  return null;
}

function readRows(g: Grid, h: TableHeader, end: number, unitCol: Column, figureCols: readonly Column[], units: readonly Unit[], date: string | null, terms: readonly IndicatorTerm[]): UnitTable {
  const rows: UnitRowReading[] = [];
  const notes: ReportNote[] = [];
  const sums = new Map<number, number>();
  let stated: number | null = null;
  for (let r = h.row + h.rows; r < end; r++) {
    const cells = g.text[r] ?? [];
    if (cells.every((c) => c === '') || isColumnNumberRow(cells)) continue;
    const label = cells[unitCol.col] ?? '';
    const rowLabel = label || (cells.find((c) => c !== '') ?? '');
    if (totalRowKey(rowLabel, []) === 'all') {
      stated = r;
      continue;
    }
    if (isSubtotal(label, units, date)) continue;
    const figures: UnitRowReading['figures'] = [];
    for (const c of figureCols) {
      const value = inColumnMeasure(numberAt(g, r, c.col), c, terms);
      if (value !== null && c.indicator !== null) figures.push({ indicatorKey: c.indicator, value, source: g.source(r, c.col), cumulative: c.cumulative || undefined });
    }
    if (figures.length === 0) continue; // a group heading ("I. Khối huyện")
    for (const c of figureCols) sums.set(c.col, (sums.get(c.col) ?? 0) + (numberAt(g, r, c.col) ?? 0));
    const found = unitNamedIn(label, units, date);
    const unit = found ?? { code: null, name: null, evidence: `dòng ${g.source(r, unitCol.col)}: "${label}" không có trong danh mục đơn vị`, confidence: 0 };
    // Each unit's articles count those on its website too, as a report of its own would.
    rows.push({ label, source: g.source(r, unitCol.col), unit, figures: narrowerInWider(figures, (key) => terms.some((t) => t.key === key)) });
  }
  // The same unit on two rows: neither is sure which is its figure.
  const seen = new Map<string, number>();
  for (const row of rows) if (row.unit.code !== null) seen.set(row.unit.code, (seen.get(row.unit.code) ?? 0) + 1);
  for (const row of rows) {
    if (row.unit.code !== null && (seen.get(row.unit.code) ?? 0) > 1) {
      row.unit = { ...row.unit, confidence: Math.min(row.unit.confidence, 0.5), evidence: `${row.unit.evidence}; đơn vị này có nhiều dòng trong bảng` };
    }
  }
  if (stated !== null) {
    for (const c of figureCols) {
      const total = numberAt(g, stated, c.col);
      const sum = sums.get(c.col) ?? 0;
      if (total !== null && Math.abs(total - sum) > 1e-9) {
        notes.push({
          code: 'TOTAL_MISMATCH',
          message: `Dòng tổng ${g.source(stated, c.col)} ghi ${formatViNumber(total)} nhưng các dòng đơn vị cộng lại được ${formatViNumber(sum)} (cột "${c.label}"); số của từng đơn vị lấy theo dòng của đơn vị.`,
          source: g.source(stated, c.col),
        });
      }
    }
  }
  return { rows, notes };
}
