// Locked rounds send new files to the review queue; a person accepts or discards them.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fillTemplate } from '../../electron/core/demo/fill-template';
import { createService } from '../../electron/core/service';
import type { Service } from '../../electron/core/service';
import type { Plan } from '../../shared/domain';
import { samplePlanDraft } from '../helpers/plan-fixture';
import { b64, callOk, rowCounts } from '../helpers/service-calls';
import { SAMPLES, tempDir } from '../helpers/temp';
import { TEST_ENGINE } from '../helpers/engine';

let svc: Service;
let plan: Plan;
let dbPath: string;

async function filled(unit: string, status: string, hoiNghi: number): Promise<Buffer> {
  const tpl = await callOk(svc, 'templates.generate', { planId: plan.id, roundId: plan.rounds[0]!.id, unitCode: unit });
  return fillTemplate(Buffer.from(tpl.dataBase64, 'base64'), { status, result: 'KQ', reportDate: '2019-07-01', figures: { hoi_nghi: hoiNghi } });
}

beforeAll(async () => {
  dbPath = path.join(tempDir(), 'review.sqlite');
  svc = createService({ ...TEST_ENGINE, dbPath });
  await callOk(svc, 'units.importTable', { file: { name: 'u.csv', path: path.join(SAMPLES, 'units-binh-duong.csv') } });
  plan = await callOk(svc, 'plans.create', { draft: samplePlanDraft() });
  await callOk(svc, 'reports.import', { file: { name: 'a.xlsx', dataBase64: b64(await filled('HUDT', 'Đã thực hiện', 4)) }, receivedAt: '2019-07-02' });
});

describe('round locking and the review queue', () => {
  it('a locked round sends a revision to review without touching the figures', async () => {
    const round = await callOk(svc, 'rounds.setLocked', { planId: plan.id, roundId: plan.rounds[0]!.id, locked: true });
    expect(round.locked).toBe(true);
    const before = await callOk(svc, 'status.get', { planId: plan.id, roundId: round.id });
    const r = await callOk(svc, 'reports.import', { file: { name: 'b.xlsx', dataBase64: b64(await filled('HUDT', 'Đã thực hiện', 9)) } });
    expect(r.outcome).toBe('review');
    expect(r.error).toMatchObject({ code: 'NEEDS_REVIEW', message: expect.stringContaining('chốt số liệu') });
    expect(r.unit?.code).toBe('HUDT');
    const after = await callOk(svc, 'status.get', { planId: plan.id, roundId: round.id });
    expect(after.totals).toEqual(before.totals);
    const queue = await callOk(svc, 'reviews.list', {});
    expect(queue).toHaveLength(1);
    expect(queue[0]).toMatchObject({ fileName: 'b.xlsx', unitCode: 'HUDT', planId: plan.id, roundId: round.id });
    expect(queue[0]!.figures).toEqual([{ indicatorKey: 'hoi_nghi', value: 9, source: expect.stringMatching(/^Báo cáo!D\d+$/) }]);
    // The original is kept, content-addressed, while it waits.
    expect(fs.existsSync(path.join(`${dbPath}-files`, queue[0]!.fileSha.slice(0, 2), queue[0]!.fileSha))).toBe(true);
    const again = await callOk(svc, 'reports.import', { file: { name: 'b-copy.xlsx', dataBase64: b64(await fs.promises.readFile(path.join(`${dbPath}-files`, queue[0]!.fileSha.slice(0, 2), queue[0]!.fileSha))) } });
    expect(again.outcome).toBe('duplicate');
  });

  it('accepting the item records it as the current report, superseding the earlier one', async () => {
    const [item] = await callOk(svc, 'reviews.list', {});
    const res = await callOk(svc, 'reviews.accept', {
      id: item!.id,
      unitCode: 'HUDT',
      planId: plan.id,
      roundId: plan.rounds[0]!.id,
      reportDate: item!.reportDate,
      receivedAt: '2019-07-20',
      entries: item!.entries.map(({ confidence: _c, ...e }) => e),
      figures: item!.figures.map((f) => ({ ...f, value: 10 })),
    });
    expect(res.outcome).toBe('superseded');
    const status = await callOk(svc, 'status.get', { planId: plan.id, roundId: plan.rounds[0]!.id });
    expect(status.totals.hoi_nghi).toBe(10);
    expect(status.late).toEqual([]); // timeliness counts the first report received
    expect(await callOk(svc, 'reviews.list', {})).toEqual([]);
    const audit = svc.db.prepare("SELECT action FROM audit_log WHERE entity IN ('report', 'review_item', 'round') ORDER BY id").all() as { action: string }[];
    expect(audit.map((a) => a.action)).toEqual(['import', 'lock', 'review', 'supersede']);
  });

  it('discarding leaves the reports as they were', async () => {
    const r = await callOk(svc, 'reports.import', { file: { name: 'c.xlsx', dataBase64: b64(await filled('HUPG', 'Chưa thực hiện', 1)) } });
    expect(r.outcome).toBe('review');
    const before = rowCounts(svc);
    const [item] = await callOk(svc, 'reviews.list', {});
    await callOk(svc, 'reviews.discard', { id: item!.id });
    expect(await callOk(svc, 'reviews.list', {})).toEqual([]);
    const after = rowCounts(svc);
    expect(after.reports).toBe(before.reports);
    expect(after.report_figures).toBe(before.report_figures);
  });

  it('unlocking lets revisions in again', async () => {
    await callOk(svc, 'rounds.setLocked', { planId: plan.id, roundId: plan.rounds[0]!.id, locked: false });
    const r = await callOk(svc, 'reports.import', { file: { name: 'd.xlsx', dataBase64: b64(await filled('HUPG', 'Đang thực hiện', 2)) } });
    expect(r.outcome).toBe('imported');
  });
});
