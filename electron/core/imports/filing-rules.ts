// How a report read from a file is placed among those already filed: the same report again (a
// copy), an older one arriving late (history), or what a person must decide before it counts.
import type { Db } from '../db/open';
import { findSameReports, listReportsForRound, reportsOfUnitInRound } from '../db/reports';
import { findUnitId } from '../db/units';
import type { NormalizedReport } from './normalized-report';
import type { Targets } from './resolve-targets';

/** What is uncertain, then what is proposed: a person decides from this one sentence. */
export function reviewReason(t: Targets): string {
  const proposed = [
    t.unit ? t.unit.name : 'chưa rõ đơn vị',
    t.plan ? `kế hoạch ${t.plan.number ?? t.plan.id}` : 'chưa rõ kế hoạch',
    t.round ? `kỳ "${t.round.label}"` : 'chưa rõ kỳ',
  ];
  const why = t.reasons.length > 0 ? t.reasons.join(' ') : 'Thiếu thông tin để xếp báo cáo.';
  return `${why} Đề xuất: ${proposed.join(' · ')}.`;
}

/**
 * The report already filed that this one repeats: from the same unit, with the same figures (or, when
 * neither has figures, the same item statuses), and the same number and date — or, when it bears no
 * number, the same date in the same round. Same number but other figures is a corrected re-send.
 */
export function sameReport(db: Db, unitId: number, roundId: number, report: NormalizedReport, t: Targets): number | null {
  const figures = (xs: { indicatorKey: string; value: number }[]): string => JSON.stringify(xs.map((f) => `${f.indicatorKey}=${f.value}`).sort());
  const entries = (xs: { itemCode: string; status: string }[]): string => JSON.stringify(xs.map((e) => `${e.itemCode}=${e.status}`).sort());
  const content = (r: { figures: { indicatorKey: string; value: number }[]; entries: { itemCode: string; status: string }[] }): string =>
    r.figures.length > 0 ? figures(r.figures) : entries(r.entries);
  const mine = content(t);
  if (mine === '[]') return null;
  if (report.reportNumber !== null) return findSameReports(db, unitId, report.reportNumber, report.reportDate).find((r) => content(r) === mine)?.id ?? null;
  // Without a number only the figures and every item's status together tell a copy from a re-send.
  if (t.figures.length === 0) return null;
  const both = (r: { figures: { indicatorKey: string; value: number }[]; entries: { itemCode: string; status: string }[] }): string => `${figures(r.figures)}|${entries(r.entries)}`;
  const twin = listReportsForRound(db, roundId).find(
    (r) => r.reportNumber === null && r.reportDate === report.reportDate && findUnitId(db, r.unit.code) === unitId && both(r) === both(t),
  );
  return twin?.id ?? null;
}

/** The unit's current report when it is dated after this one and this one does not say it replaces it. */
export function olderThanCurrent(db: Db, unitId: number, roundId: number, report: NormalizedReport): number | null {
  const current = reportsOfUnitInRound(db, unitId, roundId).find((r) => r.current);
  if (!current || current.reportDate === null || report.reportDate === null || report.reportDate >= current.reportDate) return null;
  if (current.reportNumber !== null && report.replaces.includes(current.reportNumber)) return null;
  return current.id;
}
