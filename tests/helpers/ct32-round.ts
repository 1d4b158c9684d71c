// A service on a fresh database with the sample directory and the seed plan on Chỉ thị 32-CT/TW
// (unnumbered, one round), reports imported into that round, and the figures and statuses kept per unit.
import path from 'node:path';
import { createService } from '../../electron/core/service';
import type { Service } from '../../electron/core/service';
import type { ImportResult, Plan } from '../../shared/domain';
import { TEST_ENGINE } from './engine';
import { b64, callOk } from './service-calls';
import { SAMPLES, tempDir } from './temp';

export type Ct32Round = { svc: Service; plan: Plan; results: Map<string, ImportResult> };

export async function ct32Round(files: Record<string, Buffer>): Promise<Ct32Round> {
  const svc = createService({ ...TEST_ENGINE, dbPath: path.join(tempDir(), 'ct32.sqlite') });
  await callOk(svc, 'units.importTable', { file: { name: 'units.csv', path: path.join(SAMPLES, 'units-binh-duong.csv') } });
  const draft = await callOk(svc, 'plans.extract', { file: { name: 'ct32.txt', path: path.join(SAMPLES, 'plans', 'plan-tinh-uy-ct32-2019.txt') } });
  const plan = await callOk(svc, 'plans.create', { draft });
  const round = plan.rounds[0]!;
  const results = new Map<string, ImportResult>();
  for (const [name, bytes] of Object.entries(files)) {
    results.set(name, await callOk(svc, 'reports.import', { file: { name, dataBase64: b64(bytes) }, planId: plan.id, roundId: round.id, receivedAt: '2019-06-29' }));
  }
  return { svc, plan, results };
}

/** What a unit's current report keeps, as key → value, from a join ending "… WHERE u.code = ?". */
function keptBy(svc: Service, select: string, unit: string): Record<string, string | number> {
  const rows = svc.db.prepare(`${select} JOIN units u ON u.id = r.unit_id WHERE u.code = ? AND r.superseded_by IS NULL`).all(unit) as { k: string; v: string | number }[];
  return Object.fromEntries(rows.map((r) => [r.k, r.v]));
}

/** The figures kept for a unit's current report: key → value. */
export function figuresOf(svc: Service, unit: string): Record<string, number> {
  return keptBy(svc, 'SELECT i.key AS k, f.value AS v FROM report_figures f JOIN reports r ON r.id = f.report_id JOIN indicators i ON i.id = f.indicator_id', unit) as Record<string, number>;
}

/** The item statuses kept for a unit's current report: item code → status. */
export function entriesOf(svc: Service, unit: string): Record<string, string> {
  return keptBy(svc, 'SELECT i.code AS k, e.status AS v FROM report_entries e JOIN reports r ON r.id = e.report_id JOIN plan_items i ON i.id = e.item_id', unit) as Record<string, string>;
}
