// Pure view logic for the reconcile matrix: filtering by unit name and sorting.
import type { CellStatus, StatusResult } from '../../../shared/domain';
import { fold } from '../../../shared/text';

export type MatrixRow = StatusResult['matrix'][number];
export type MatrixSort = { key: 'unit' | 'done'; dir: 'asc' | 'desc' };

export function countStatus(row: MatrixRow, status: CellStatus): number {
  let n = 0;
  for (const s of Object.values(row.items)) if (s === status) n++;
  return n;
}

/** Items assigned to this unit (everything but not_assigned). */
export function countAssigned(row: MatrixRow): number {
  let n = 0;
  for (const s of Object.values(row.items)) if (s !== 'not_assigned') n++;
  return n;
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Filter folds diacritics, so "phu giao" finds "Huyện ủy Phú Giáo". */
export function filterRows(rows: readonly MatrixRow[], query: string): MatrixRow[] {
  const q = fold(query);
  if (!q) return [...rows];
  return rows.filter((r) => fold(`${r.unit.name} ${r.unit.code}`).includes(q));
}

export function sortRows(rows: readonly MatrixRow[], sort: MatrixSort): MatrixRow[] {
  const sign = sort.dir === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    if (sort.key === 'done') {
      const d = countStatus(a, 'done') - countStatus(b, 'done');
      if (d !== 0) return sign * d;
      return collator.compare(a.unit.name, b.unit.name);
    }
    return sign * collator.compare(a.unit.name, b.unit.name);
  });
}

/** Clicking a header: same key flips direction; a new key starts with its natural direction. */
export function nextSort(current: MatrixSort, key: MatrixSort['key']): MatrixSort {
  if (current.key === key) return { key, dir: current.dir === 'asc' ? 'desc' : 'asc' };
  return { key, dir: key === 'done' ? 'desc' : 'asc' };
}
