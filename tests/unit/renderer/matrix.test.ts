import { describe, expect, it } from 'vitest';
import { countAssigned, countStatus, filterRows, nextSort, sortRows } from '../../../renderer/src/lib/matrix';
import type { MatrixRow } from '../../../renderer/src/lib/matrix';

const row = (code: string, name: string, items: MatrixRow['items']): MatrixRow => ({ unit: { code, name }, items, reportId: null });

const rows: MatrixRow[] = [
  row('HU-PG', 'Huyện ủy Phú Giáo', { '1': 'done', '2': 'done', '3': 'not_assigned' }),
  row('TU-TDM', 'Thành ủy Thủ Dầu Một', { '1': 'not_reported', '2': 'not_reported', '3': 'not_reported' }),
  row('HU-BB', 'Huyện ủy Bàu Bàng', { '1': 'done', '2': 'in_progress', '3': 'not_done' }),
];

describe('matrix view logic', () => {
  it('counts statuses and assigned items', () => {
    expect(countStatus(rows[0]!, 'done')).toBe(2);
    expect(countAssigned(rows[0]!)).toBe(2);
    expect(countAssigned(rows[1]!)).toBe(3);
  });

  it('filters by unit name ignoring diacritics and case', () => {
    expect(filterRows(rows, 'phu giao').map((r) => r.unit.code)).toEqual(['HU-PG']);
    expect(filterRows(rows, 'HUYỆN').length).toBe(2);
    expect(filterRows(rows, '  ').length).toBe(3);
  });

  it('sorts by Vietnamese name and by number done', () => {
    expect(sortRows(rows, { key: 'unit', dir: 'asc' }).map((r) => r.unit.code)).toEqual(['HU-BB', 'HU-PG', 'TU-TDM']);
    expect(sortRows(rows, { key: 'done', dir: 'desc' }).map((r) => r.unit.code)).toEqual(['HU-PG', 'HU-BB', 'TU-TDM']);
    expect(sortRows(rows, { key: 'done', dir: 'asc' })[0]!.unit.code).toBe('TU-TDM');
  });

  it('toggles sort direction on the same key', () => {
    expect(nextSort({ key: 'unit', dir: 'asc' }, 'unit')).toEqual({ key: 'unit', dir: 'desc' });
    expect(nextSort({ key: 'unit', dir: 'asc' }, 'done')).toEqual({ key: 'done', dir: 'desc' });
  });
});
