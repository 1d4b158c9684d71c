import { describe, expect, it } from 'vitest';
import type { PlanItem } from '../../../shared/domain';
import {
  addItem,
  draftProblems,
  emptyDraft,
  fromEditor,
  moveItem,
  planToDraft,
  suggestCode,
  toEditor,
  updateItem,
} from '../../../renderer/src/lib/plan-draft';
import type { EditItem } from '../../../renderer/src/lib/plan-draft';
import { indicatorKey } from '../../../shared/indicator-key';

function item(code: string, kind: PlanItem['kind'], extra: Partial<PlanItem> = {}): PlanItem {
  return { code, parentCode: null, level: 0, kind, text: `Mục ${code}`, assignees: [], deadline: null, flags: [], ...extra };
}

function editor(items: PlanItem[]): EditItem[] {
  return toEditor({ ...emptyDraft(), title: 'KH', items }, false).items;
}

describe('plan draft editing', () => {
  it('clears the assignee flags once someone is named, and keeps them for an empty assignee', () => {
    const [it1] = editor([item('1', 'task', { flags: ['no-assignee', 'numbering-gap'] })]);
    const empty = updateItem([it1!], it1!.uid, { assignees: [{ label: ' ', unitCode: null, unitKinds: [] }] });
    expect(empty[0]!.flags).toEqual(['no-assignee', 'numbering-gap']);
    const named = updateItem([it1!], it1!.uid, { assignees: [{ label: '', unitCode: null, unitKinds: ['huyen-uy'] }] });
    expect(named[0]!.flags).toEqual(['numbering-gap']);
    const renumbered = updateItem(named, it1!.uid, { code: '2' });
    expect(renumbered[0]!.flags).toEqual([]);
  });

  it('places an item under the dotted prefix, else under the section above; sections only under a prefix', () => {
    let items = editor([item('II', 'section'), item('II.1', 'section', { parentCode: 'II', level: 1 })]);
    items = addItem(items);
    const added = items[2]!;
    expect(added.code).toBe('II.2');
    expect(added).toMatchObject({ parentCode: 'II', level: 1, kind: 'task', flags: ['no-assignee'] });
    items = updateItem(items, added.uid, { code: 'II.1.3' });
    expect(items[2]).toMatchObject({ parentCode: 'II.1', level: 2 });
    items = updateItem(items, added.uid, { code: 'III', kind: 'section' });
    expect(items[2]).toMatchObject({ parentCode: null, level: 0 });
  });

  it('moves items and ignores moves past either end', () => {
    const items = editor([item('1', 'task'), item('2', 'task'), item('3', 'task')]);
    const moved = moveItem(items, items[2]!.uid, -1);
    expect(moved.map((i) => i.code)).toEqual(['1', '3', '2']);
    expect(moveItem(items, items[0]!.uid, -1)).toBe(items);
    expect(moveItem(items, items[2]!.uid, 1)).toBe(items);
  });

  it('suggests the next free code after the last one', () => {
    expect(suggestCode([item('II.2', 'task'), item('II.3', 'task')])).toBe('II.4');
    // A code already used earlier in the plan is skipped.
    expect(suggestCode([item('II.4', 'task'), item('II.3', 'task')])).toBe('II.5');
    expect(suggestCode([])).toBe('1');
  });

  it('makes figure keys from Vietnamese names, unique in the plan', () => {
    expect(indicatorKey('Số tin, bài', new Set())).toBe('so_tin_bai');
    expect(indicatorKey('Số tin, bài', new Set(['so_tin_bai']))).toBe('so_tin_bai_2');
    expect(indicatorKey('', new Set())).toBe('chi_tieu');
  });

  it('names what stops a save', () => {
    const d = toEditor({ ...emptyDraft(), items: [item('1', 'task'), item('1', 'task', { text: ' ' })], rounds: [{ label: 'Năm', periodFrom: null, periodTo: null, dueDate: '' }] }, false);
    const problems = draftProblems(d, 'create');
    expect(problems).toContain('Hãy nhập trích yếu của văn bản.');
    expect(problems).toContain('Mã mục 1 bị trùng.');
    expect(problems).toContain('Mục 1 chưa có nội dung.');
    expect(problems).toContain('Kỳ “Năm” chưa có hạn nộp.');
    // Rounds are not part of an edit: they are added on the plan's page.
    expect(draftProblems(d, 'edit').some((p) => p.includes('hạn nộp'))).toBe(false);
  });

  it('round-trips a saved plan without its ids, rounds or empty assignees', () => {
    const plan = {
      ...emptyDraft(),
      id: 7,
      createdAt: '2026-01-01T00:00:00Z',
      title: ' Kế hoạch ',
      items: [item('1', 'task', { assignees: [{ label: '', unitCode: null, unitKinds: [] }, { label: '', unitCode: null, unitKinds: ['bao-chi'] }] })],
      rounds: [{ id: 1, planId: 7, label: 'Năm', periodFrom: null, periodTo: null, dueDate: '2026-12-15', locked: false }],
      indicators: [{ key: 'tin_bai', name: 'Tin bài ', measure: 'tin', synonyms: ['bài', ' '] }],
    };
    const draft = fromEditor(toEditor(planToDraft(plan), true));
    expect(draft).not.toHaveProperty('id');
    expect(draft.rounds).toEqual([]);
    expect(draft.title).toBe('Kế hoạch');
    expect(draft.items[0]!.assignees).toEqual([{ label: 'Cơ quan báo chí', unitCode: null, unitKinds: ['bao-chi'] }]);
    expect(draft.items[0]).not.toHaveProperty('uid');
    expect(draft.indicators).toEqual([{ key: 'tin_bai', name: 'Tin bài', measure: 'tin', synonyms: ['bài'] }]);
  });
});
