import { describe, expect, it } from 'vitest';
import { appendixModels, type AppendixInput } from '../../../electron/core/exports/appendix-model';
import { STATUS, UNIT_FIGURES, UNITS } from './fixture';

function input(overrides: Partial<AppendixInput> = {}): AppendixInput {
  return { status: STATUS, numberLine: 'Số 125-BC/TU', issueDate: '2026-02-08', unitFigures: UNIT_FIGURES, planIndicatorKeys: STATUS.indicators.map((i) => i.key), ...overrides };
}

const legendOf = (i: AppendixInput, kind: string) => appendixModels(i).find((m) => m.kind === kind)?.legend;

describe('appendix legends', () => {
  it('explains CBC under the figures when a unit has not reported, and the blank cell when a unit left a figure out', () => {
    expect(legendOf(input(), 'figures')?.marks).toEqual([{ mark: 'CBC', meaning: 'đơn vị chưa báo cáo' }]);
    const partial = UNIT_FIGURES.map((f) => (f.unit === UNITS.baoDn ? { ...f, values: { tin_bai: 720 } } : f));
    expect(legendOf(input({ unitFigures: partial }), 'figures')?.marks.map((m) => m.mark)).toEqual(['CBC', 'Ô để trống']);
    const everyone = { ...STATUS, missing: [], reported: STATUS.expected };
    expect(legendOf(input({ status: everyone, unitFigures: [...UNIT_FIGURES, { unit: UNITS.dinhQuan, values: { hoi_nghi: 1, luot_nguoi: 1, tin_bai: 1 } }] }), 'figures')).toBeNull();
  });

  it('marks a figure the plan does not name with (*), explained in the legend', () => {
    const figures = appendixModels(input({ planIndicatorKeys: ['hoi_nghi', 'luot_nguoi'] })).find((m) => m.kind === 'figures');
    expect(figures?.header.at(-1)).toBe('Tin, bài tuyên truyền (tin, bài) (*)');
    expect(figures?.header[2]).toBe('Hội nghị quán triệt, triển khai (hội nghị)');
    expect(figures?.legend?.marks.at(-1)).toEqual({ mark: '(*)', meaning: 'chỉ tiêu đơn vị báo cáo thêm, không có trong kế hoạch' });
  });

  it('lists under the matrix only the marks it shows, and places unnumbered items in the plan', () => {
    expect(legendOf(input(), 'matrix')?.marks.map((m) => m.mark)).toEqual(['x', 'ĐTH', 'CTH', 'CBC', '—']);
    const allDone = { ...STATUS, matrix: STATUS.matrix.map((r) => ({ ...r, items: Object.fromEntries(Object.keys(r.items).map((k) => [k, 'done' as const])) })) };
    expect(legendOf(input({ status: allDone }), 'matrix')?.marks).toEqual([{ mark: 'x', meaning: 'đã thực hiện' }]);
    const bullets = { ...STATUS, items: [{ code: 'III.2.2.-1', text: 'Xây dựng kế hoạch' }, { code: 'II.1', text: 'Hội nghị' }] };
    expect(legendOf(input({ status: bullets }), 'matrix')?.items).toEqual([
      { code: 'III.2.2.-1', text: 'Xây dựng kế hoạch', reference: 'gạch đầu dòng thứ nhất của mục III.2.2' },
      { code: 'II.1', text: 'Hội nghị' },
    ]);
  });
});
