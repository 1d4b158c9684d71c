// Plans written in other provinces' wording (not the seeds): a 2025 Kế hoạch for communes and a
// Công văn addressed per recipient, read through plans.extract against their own unit directories.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createService } from '../../electron/core/service';
import type { PlanDraft } from '../../shared/domain';
import { callOk } from '../helpers/service-calls';
import { REPO, tempDir } from '../helpers/temp';
import { TEST_ENGINE } from '../helpers/engine';

const FIX = path.join(REPO, 'tests', 'fixtures', 'plans');

async function extractWith(units: string, plan: string): Promise<{ draft: PlanDraft; expected: string[] }> {
  const svc = createService({ ...TEST_ENGINE, dbPath: path.join(tempDir(), 'p.sqlite') });
  try {
    await callOk(svc, 'units.importTable', { file: { name: units, path: path.join(FIX, units) } });
    const draft = await callOk(svc, 'plans.extract', { file: { name: plan, path: path.join(FIX, plan) } });
    const saved = await callOk(svc, 'plans.create', { draft });
    const status = await callOk(svc, 'status.get', { planId: saved.id, roundId: saved.rounds[0]!.id });
    return { draft, expected: status.expected.map((u) => u.code).sort() };
  } finally {
    svc.close();
  }
}

const who = (d: PlanDraft, code: string): string[] => d.items.find((i) => i.code === code)?.assignees.map((a) => a.unitCode ?? a.label) ?? [];

describe('a 2025 commune-level Kế hoạch', () => {
  it('reads units named with commas, requests addressed with "Đề nghị", and stops before the closing sentence', async () => {
    const { draft, expected } = await extractWith('synthetic-units-dong-nai.csv', 'synthetic-kh-dong-nai-2025.txt');
    expect(draft.number).toBe('07-KH/BTGDVTU');
    expect(draft.superiorIssuer).toBe('ĐẢNG BỘ TỈNH ĐỒNG NAI');
    expect(who(draft, 'III.1')).toEqual(['BPTTH']);
    expect(who(draft, 'IV.3.a')).toEqual(['SVH']);
    expect(who(draft, 'IV.5')).toEqual(['DUCA', 'DUQS']);
    expect(draft.items.find((i) => i.code === 'IV.1.-1')?.assignees[0]?.unitKinds).toEqual(['dang-uy-xa']);
    expect(draft.items.find((i) => i.code === 'IV.5')?.text).not.toContain('nghiêm túc triển khai');
    expect(draft.items.find((i) => i.code === 'IV.1.-1')?.deadline?.date).toBe('2025-10-15');
    // Contents to spread with no unit named are flagged for a person, not dropped.
    expect(draft.items.find((i) => i.code === 'II.1')?.flags).toContain('no-assignee');
    expect(expected).toEqual(['BPTTH', 'DUCA', 'DUQS', 'MTTQ', 'SVH', 'XBH', 'XLT', 'XNT', 'XTB']);
  });
});

describe('a Công văn addressed per recipient', () => {
  it('gives every task to the addressees, expands "Như kính gửi", and leaves the closing line out', async () => {
    const { draft, expected } = await extractWith('synthetic-units-phu-yen.csv', 'synthetic-cv-phu-yen-2024.txt');
    expect(draft.docType).toBe('Công văn');
    expect(draft.number).toBe('412-CV/TU');
    expect(draft.recipients).toContain('Ban Thường vụ Thị ủy Sông Cầu');
    const tasks = draft.items.filter((i) => i.kind === 'task');
    expect(tasks.map((t) => t.code)).toEqual(['1', '2', '3']);
    for (const t of tasks) expect(t.flags).toContain('assignee-from-recipients');
    expect(tasks[2]?.text).not.toMatch(/quan tâm thực hiện/u);
    expect(tasks[2]?.deadline?.date).toBe('2024-04-30');
    // The Ban Tuyên giáo the report goes to is not a unit that owes it.
    expect(expected).toEqual(['DUK', 'HDX', 'HSH', 'TSC', 'TUH']);
  });
});
