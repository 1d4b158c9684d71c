// Pure reconciliation of one round: who was expected, who reported, on time or late, totals, matrix.
import type { CellStatus, DeadlineClass, KindRates, Plan, Report, Round, StatusResult, Unit, UnitRef, UnitStatus } from '../../../shared/domain';
import { unitsForItem } from './assignees';
import { periodValues } from './period-figures';
import type { PeriodValue } from './period-figures';
import { validateReports } from './validation';

export type StatusInput = {
  plan: Plan;
  round: Round;
  units: Unit[];
  reports: Report[];
  /** Today, for "chưa đến hạn". */
  asOf: string;
  /** The plan's previous round and its reports, for the change in totals. */
  previous?: { round: Round; reports: Report[] } | null;
  /** Each current report's statuses by item (report id → item code), when read apart from the reports; else from their entries. */
  statuses?: ReadonlyMap<number, ReadonlyMap<string, CellStatus>>;
};

const ref = (u: { code: string; name: string }): UnitRef => ({ code: u.code, name: u.name });
const byName = (a: UnitRef, b: UnitRef): number => a.name.localeCompare(b.name, 'vi') || a.code.localeCompare(b.code);

/** The report nothing supersedes, per unit. */
export function currentReports(reports: Report[]): Map<string, Report> {
  const current = new Map<string, Report>();
  for (const r of reports) if (r.supersededBy === null) current.set(r.unit.code, r);
  return current;
}

function sumFigures(reports: Iterable<Report>): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const r of reports) for (const f of r.figures) totals[f.indicatorKey] = (totals[f.indicatorKey] ?? 0) + f.value;
  return totals;
}

export function computeStatus({ plan, round, units, reports, asOf, previous, statuses }: StatusInput): StatusResult {
  const tasks = plan.items.filter((i) => i.kind === 'task');
  const assigned = new Map<string, Set<string>>(); // unit code → item codes
  const expectedUnits = new Map<string, Unit>();
  const owedCodes = new Set<string>();
  for (const item of tasks) {
    for (const u of unitsForItem(item, units, round, { issuer: plan.issuer })) {
      owedCodes.add(item.code);
      expectedUnits.set(u.code, u);
      const set = assigned.get(u.code) ?? new Set<string>();
      set.add(item.code);
      assigned.set(u.code, set);
    }
  }
  const expected = [...expectedUnits.values()].map(ref).sort(byName);
  // Only items someone owes appear in the matrix; an item no unit resolves to is flagged on the plan instead.
  const owed = tasks.filter((t) => owedCodes.has(t.code));

  // The first report received decides timeliness; the current one gives the figures.
  const current = currentReports(reports);
  const firstReceived = new Map<string, string>();
  for (const r of reports) {
    const seen = firstReceived.get(r.unit.code);
    if (seen === undefined || r.receivedAt < seen) firstReceived.set(r.unit.code, r.receivedAt);
  }

  const reported = expected.filter((u) => current.has(u.code));
  const missing = expected.filter((u) => !current.has(u.code));
  const late = reported.filter((u) => (firstReceived.get(u.code) ?? '') > round.dueDate);
  const lateSet = new Set(late.map((u) => u.code));
  const reportingCurrent = reported.map((u) => current.get(u.code)!);

  const warnings = validateReports(plan, reportingCurrent, statuses);
  const previousCurrent = previous ? currentReports(previous.reports) : null;
  const values = new Map<string, PeriodValue[]>();
  for (const r of reportingCurrent) {
    const prev = previous ? { round: previous.round, report: previousCurrent?.get(r.unit.code) } : null;
    values.set(r.unit.code, periodValues(r, round, prev, warnings));
  }
  const totals: Record<string, number> = {};
  for (const ind of plan.indicators) totals[ind.key] = 0;
  for (const list of values.values()) for (const f of list) totals[f.indicatorKey] = (totals[f.indicatorKey] ?? 0) + f.value;

  // Each current report's statuses by item, built once for the unit rows and the matrix (16 000 cells).
  const statusesOf = new Map<string, ReadonlyMap<string, CellStatus>>();
  for (const [code, r] of current) {
    const read = statuses?.get(r.id);
    if (read) {
      statusesOf.set(code, read);
      continue;
    }
    const m = new Map<string, CellStatus>();
    if (!statuses) for (const e of r.entries) m.set(e.itemCode, e.status);
    statusesOf.set(code, m);
  }
  const unitStatuses: UnitStatus[] = expected.map((u) => {
    const r = current.get(u.code) ?? null;
    const owes = [...(assigned.get(u.code) ?? [])];
    const answered = statusesOf.get(u.code);
    const missingItems = answered ? owes.filter((c) => !answered.has(c)) : owes;
    let deadlineClass: DeadlineClass;
    if (r) deadlineClass = lateSet.has(u.code) ? 'qua_han' : 'dung_han';
    else deadlineClass = asOf > round.dueDate ? 'qua_han_chua_bao_cao' : 'chua_den_han';
    return {
      unit: u,
      kind: expectedUnits.get(u.code)!.kind,
      deadlineClass,
      incomplete: r !== null && missingItems.length > 0,
      missingItems,
      reportId: r?.id ?? null,
      fileName: r?.file.originalName ?? null,
      receivedAt: firstReceived.get(u.code) ?? null,
      reportDate: r?.reportDate ?? null,
    };
  });

  const byKind: KindRates[] = [];
  const totalsByKind: Record<string, Record<string, number>> = {};
  for (const s of unitStatuses) {
    let k = byKind.find((x) => x.kind === s.kind);
    if (!k) {
      k = { kind: s.kind, expected: 0, reported: 0, onTime: 0, completeness: 0, timeliness: 0 };
      byKind.push(k);
    }
    k.expected++;
    if (s.reportId !== null) k.reported++;
    if (s.deadlineClass === 'dung_han') k.onTime++;
    const own = values.get(s.unit.code);
    if (own) {
      const t = (totalsByKind[s.kind] ??= {});
      for (const f of own) t[f.indicatorKey] = (t[f.indicatorKey] ?? 0) + f.value;
    }
  }
  for (const k of byKind) {
    k.completeness = k.reported / k.expected;
    k.timeliness = k.onTime / k.expected;
  }

  // Each row starts as a copy of one row of every owed item: V8 then keeps the rows' 80 keys as one
  // shared shape instead of a hash table each, which everything reading the matrix pays for.
  const blank: Record<string, CellStatus> = Object.fromEntries(owed.map((t) => [t.code, 'not_assigned']));
  const matrix = expected.map((u) => {
    const report = current.get(u.code) ?? null;
    const answered = statusesOf.get(u.code);
    const items: Record<string, CellStatus> = { ...blank };
    const mine = assigned.get(u.code);
    if (mine) for (const item of owed) if (mine.has(item.code)) items[item.code] = answered?.get(item.code) ?? 'not_reported';
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
    asOf,
    units: unitStatuses,
    byKind,
    totalsByKind,
    previousRound: previous ? { id: previous.round.id, label: previous.round.label } : null,
    previousTotals: previous ? sumFigures(currentReports(previous.reports).values()) : null,
    warnings,
  };
}
