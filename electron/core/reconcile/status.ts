// Pure reconciliation of one round: who was expected, who reported, on time or late, totals, matrix.
import type { CellStatus, Plan, Report, Round, StatusResult, Unit, UnitRef } from '../../../shared/domain';
import { unitsForItem } from './assignees';

export type StatusInput = { plan: Plan; round: Round; units: Unit[]; reports: Report[] };

const ref = (u: { code: string; name: string }): UnitRef => ({ code: u.code, name: u.name });
const byName = (a: UnitRef, b: UnitRef): number => a.name.localeCompare(b.name, 'vi') || a.code.localeCompare(b.code);

export function computeStatus({ plan, round, units, reports }: StatusInput): StatusResult {
  const tasks = plan.items.filter((i) => i.kind === 'task');
  const assigned = new Map<string, Set<string>>(); // unit code → item codes
  const expectedUnits = new Map<string, Unit>();
  for (const item of tasks) {
    for (const u of unitsForItem(item, units, round)) {
      expectedUnits.set(u.code, u);
      const set = assigned.get(u.code) ?? new Set<string>();
      set.add(item.code);
      assigned.set(u.code, set);
    }
  }
  const expected = [...expectedUnits.values()].map(ref).sort(byName);
  // Only items someone owes appear in the matrix; an item no unit resolves to is flagged on the plan instead.
  const owed = tasks.filter((t) => [...assigned.values()].some((set) => set.has(t.code)));

  // The current report of each unit is the one nothing supersedes; the first one received decides timeliness.
  const current = new Map<string, Report>();
  const firstReceived = new Map<string, string>();
  for (const r of reports) {
    if (r.supersededBy === null) current.set(r.unit.code, r);
    const seen = firstReceived.get(r.unit.code);
    if (seen === undefined || r.receivedAt < seen) firstReceived.set(r.unit.code, r.receivedAt);
  }

  const reported = expected.filter((u) => current.has(u.code));
  const missing = expected.filter((u) => !current.has(u.code));
  const late = reported.filter((u) => (firstReceived.get(u.code) ?? '') > round.dueDate);

  const totals: Record<string, number> = {};
  for (const ind of plan.indicators) totals[ind.key] = 0;
  for (const u of reported) {
    for (const f of current.get(u.code)?.figures ?? []) totals[f.indicatorKey] = (totals[f.indicatorKey] ?? 0) + f.value;
  }

  const matrix = expected.map((u) => {
    const report = current.get(u.code) ?? null;
    const entries = new Map((report?.entries ?? []).map((e) => [e.itemCode, e.status]));
    const items: Record<string, CellStatus> = {};
    for (const item of owed) {
      if (!assigned.get(u.code)?.has(item.code)) items[item.code] = 'not_assigned';
      else items[item.code] = entries.get(item.code) ?? 'not_reported';
    }
    return { unit: u, items, reportId: report?.id ?? null };
  });

  const n = expected.length;
  return {
    plan: { id: plan.id, number: plan.number, title: plan.title },
    round: { id: round.id, label: round.label, dueDate: round.dueDate },
    expected,
    reported,
    missing,
    late,
    rates: {
      completeness: n === 0 ? 0 : reported.length / n,
      timeliness: n === 0 ? 0 : (reported.length - late.length) / n,
    },
    totals,
    indicators: plan.indicators,
    items: owed.map((t) => ({ code: t.code, text: t.text })),
    matrix,
  };
}
