// Editing a saved plan keeps the reports filed against it attached, and refuses edits that would orphan them.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/dispatch';
import { fillTemplate } from '../../electron/core/demo/fill-template';
import { createService } from '../../electron/core/service';
import type { Service } from '../../electron/core/service';
import type { Plan, PlanDraft } from '../../shared/domain';
import { samplePlanDraft } from '../helpers/plan-fixture';
import { b64, callOk, rowCounts } from '../helpers/service-calls';
import { SAMPLES, tempDir } from '../helpers/temp';
import { TEST_ENGINE } from '../helpers/engine';

let svc: Service;
let plan: Plan;

const asDraft = (p: Plan): PlanDraft => ({ ...p, rounds: [], sourceText: '' });

beforeAll(async () => {
  svc = createService({ ...TEST_ENGINE, dbPath: path.join(tempDir(), 'edit.sqlite') });
  await callOk(svc, 'units.importTable', { file: { name: 'u.csv', path: path.join(SAMPLES, 'units-binh-duong.csv') } });
  plan = await callOk(svc, 'plans.create', { draft: samplePlanDraft() });
  const round = plan.rounds[0]!;
  const tpl = await callOk(svc, 'templates.generate', { planId: plan.id, roundId: round.id, unitCode: 'HUDT' });
  const filled = await fillTemplate(Buffer.from(tpl.dataBase64, 'base64'), { status: 'Đã thực hiện', result: 'Xong', reportDate: null, figures: { hoi_nghi: 3 } });
  await callOk(svc, 'reports.import', { file: { name: 'h.xlsx', dataBase64: b64(filled) } });
});

describe('plans.update', () => {
  it('edits texts, assignees and order, adds items, and keeps the filed report attached', async () => {
    const draft = asDraft(plan);
    draft.title = 'Tiêu đề đã sửa';
    const item = draft.items.find((i) => i.code === 'III.2.4')!;
    item.text = 'Các huyện ủy, thị ủy, thành ủy tổ chức quán triệt (đã sửa)';
    item.deadline = { text: 'trước ngày 30/9/2019', date: '2019-09-30', recurrence: 'once' };
    draft.items.reverse();
    draft.items.push({ code: 'III.3', parentCode: 'III', level: 1, kind: 'task', text: 'Mục thêm bằng tay', assignees: [{ label: 'Báo Bình Dương', unitCode: 'BAOBD', unitKinds: [] }], deadline: null, flags: [] });
    const saved = await callOk(svc, 'plans.update', { planId: plan.id, draft });
    expect(saved.title).toBe('Tiêu đề đã sửa');
    expect(saved.items.map((i) => i.code)).toEqual(draft.items.map((i) => i.code));
    expect(saved.items.find((i) => i.code === 'III.2.4')?.text).toContain('(đã sửa)');
    const status = await callOk(svc, 'status.get', { planId: plan.id, roundId: plan.rounds[0]!.id });
    expect(status.matrix.find((m) => m.unit.code === 'HUDT')?.items['III.2.4']).toBe('done');
    expect(status.matrix.find((m) => m.unit.code === 'BAOBD')?.items['III.3']).toBe('not_reported');
    expect(status.totals.hoi_nghi).toBe(3);
    plan = saved;
  });

  it('refuses to delete an item a report filed results for, and changes nothing', async () => {
    const before = rowCounts(svc);
    const draft = asDraft(plan);
    draft.items = draft.items.filter((i) => i.code !== 'III.2.4');
    draft.title = 'Không được lưu';
    const res = await dispatch(svc.handlers, 'plans.update', { planId: plan.id, draft });
    expect(res).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('III.2.4') } });
    expect(rowCounts(svc)).toEqual(before);
    expect((await callOk(svc, 'plans.get', { planId: plan.id })).title).toBe('Tiêu đề đã sửa');
  });

  it('deletes an item nobody reported on, and refuses duplicate codes', async () => {
    const draft = asDraft(plan);
    draft.items = draft.items.filter((i) => i.code !== 'III.3');
    expect((await callOk(svc, 'plans.update', { planId: plan.id, draft })).items.some((i) => i.code === 'III.3')).toBe(false);
    draft.items.push({ ...draft.items[0]! });
    const res = await dispatch(svc.handlers, 'plans.update', { planId: plan.id, draft });
    expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});
