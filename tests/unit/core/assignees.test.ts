import { describe, expect, it } from 'vitest';
import { activeDuring, isGroupLabel, resolveAssignee } from '../../../electron/core/reconcile/assignees';
import type { Unit, UnitFamily } from '../../../shared/domain';
import { UNIT_FAMILY_LABELS } from '../../../shared/labels';

const u = (code: string, name: string, family: UnitFamily, over: Partial<Unit> = {}): Unit => ({ code, name, kind: UNIT_FAMILY_LABELS[family], family, parentCode: null, aliases: [], validFrom: null, validTo: null, mergedInto: null, ...over });
const units = [
  u('BCS', 'Ban cán sự đảng UBND tỉnh', 'dang-doan-bcs', { aliases: ['BCS đảng UBND tỉnh'] }),
  u('DDMT', 'Đảng đoàn MTTQ tỉnh', 'dang-doan-bcs'),
  u('HU1', 'Huyện ủy Phú Giáo', 'huyen-uy'),
  u('HU2', 'Thị ủy Dĩ An', 'huyen-uy'),
];

describe('assignee resolution', () => {
  it('tells groups from single units', () => {
    expect(isGroupLabel('Các huyện ủy, thành ủy, đảng ủy trực thuộc')).toBe(true);
    expect(isGroupLabel('Cấp ủy các cấp')).toBe(true);
    expect(isGroupLabel('Ban cán sự đảng UBND tỉnh')).toBe(false);
  });
  it('resolves a named unit by name or alias, abbreviations folded', () => {
    expect(resolveAssignee({ label: 'Ban cán sự Đảng Ủy ban Nhân dân Tỉnh', unitCode: null, unitKinds: ['dang-doan-bcs'] }, units).map((x) => x.code)).toEqual(['BCS']);
  });
  it('never widens a single named unit missing from the directory to its whole kind', () => {
    expect(resolveAssignee({ label: 'Ban cán sự đảng Sở Y tế', unitCode: null, unitKinds: ['dang-doan-bcs'] }, units)).toEqual([]);
  });
  it('resolves a group by kind', () => {
    expect(resolveAssignee({ label: 'Các huyện ủy, thị ủy', unitCode: null, unitKinds: ['huyen-uy'] }, units).map((x) => x.code).sort()).toEqual(['HU1', 'HU2']);
  });
  it('keeps a unit only while it is valid', () => {
    const round = { periodFrom: '2026-01-01', periodTo: '2026-06-30', dueDate: '2026-07-15' };
    expect(activeDuring(u('X', 'X', 'huyen-uy', { validTo: '2025-06-30' }), round)).toBe(false);
    expect(activeDuring(u('Y', 'Y', 'dang-uy-xa', { validFrom: '2025-07-01' }), round)).toBe(true);
    expect(activeDuring(u('Z', 'Z', 'dang-uy-xa', { validFrom: '2026-07-01' }), round)).toBe(false);
  });
});
