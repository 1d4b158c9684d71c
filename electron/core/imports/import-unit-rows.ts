// A file holding a table with a row per unit: each row is filed as that unit's report (or queued for
// review, or recognised as one already filed), all in one transaction, so the file lands whole or
// not at all. The file's own outcome sums its rows up.
import type { ImportResult, ImportRowResult } from '../../../shared/domain';
import type { Db } from '../db/open';
import { findUnitId } from '../db/units';
import { fileResolved } from './file-resolved';
import { sameReport } from './filing-rules';
import type { ImportRequest } from './import-report';
import type { NormalizedReport, ReaderContext, UnitRowReading } from './normalized-report';
import { resolveTargets } from './resolve-targets';
import type { StoredOriginal } from './write-report';
import { writeCopy } from './write-report';

/** One row as a report of its own: the file's plan, round, number and date, the row's unit and figures. */
function rowReport(report: NormalizedReport, row: UnitRowReading): NormalizedReport {
  const name = row.unit.name ?? row.label;
  return {
    ...report,
    unit: row.unit,
    entries: [],
    figures: row.figures,
    unitRows: undefined,
    notes: [...report.notes, { code: 'UNIT_ROW', message: `Số liệu của ${name} đọc từ dòng ${row.source} trong bảng tổng hợp nhiều đơn vị.`, source: row.source }],
  };
}

export function fileUnitRows(
  db: Db,
  report: NormalizedReport & { unitRows: UnitRowReading[] },
  req: ImportRequest,
  ctx: ReaderContext,
  original: StoredOriginal,
  when: { receivedAt: string; at: string },
  base: ImportResult,
): ImportResult {
  const { receivedAt, at } = when;
  const rows: ImportRowResult[] = [];
  let plan: ImportResult['plan'] = null;
  let round: ImportResult['round'] = null;
  db.transaction(() => {
    for (const row of report.unitRows) {
      const one = rowReport(report, row);
      const resolved = resolveTargets(db, one, req, ctx);
      // A row has no sender: what is missing is the unit it names.
      const t = resolved.unit ? resolved : { ...resolved, reasons: resolved.reasons.map((r) => (r.startsWith('Không nhận ra đơn vị') ? `Không có đơn vị "${row.label}" trong danh mục đơn vị.` : r)) };
      plan ??= t.plan ? { id: t.plan.id, number: t.plan.number } : null;
      round ??= t.round ? { id: t.round.id, label: t.round.label } : null;
      const unit = t.unit ? { code: t.unit.code, name: t.unit.name } : null;
      const said = { source: row.source, label: row.label, unit };
      const unitId = t.unit ? findUnitId(db, t.unit.code) : null;
      const same = unitId !== null && t.round ? sameReport(db, unitId, t.round.id, one, t) : null;
      if (same !== null) {
        rows.push({ ...said, outcome: 'duplicate', reportId: same, error: null });
        continue;
      }
      const filed = fileResolved(db, original, one, t, { unitId, receivedAt, at, where: `Dòng ${row.source} ("${row.label}"): `, sourceRow: row.source });
      rows.push(
        filed.outcome === 'review'
          ? { ...said, outcome: 'review', reportId: null, error: { code: 'NEEDS_REVIEW', message: `Cần xem lại (mục số ${filed.reviewId}): ${filed.reason}` } }
          : { ...said, outcome: filed.outcome, reportId: filed.reportId, error: null },
      );
    }
    // Every row already filed from another file: this one is kept as a copy, counted once.
    const first = rows[0];
    if (first && first.reportId !== null && rows.every((r) => r.outcome === 'duplicate')) writeCopy(db, original, first.reportId, receivedAt, at);
  }).immediate();
  return { ...base, plan, round, rows, ...summary(rows) };
}

/** The file's outcome: to review when any row is; filed when any row is; a copy when every row is. */
function summary(rows: readonly ImportRowResult[]): Pick<ImportResult, 'outcome' | 'reportId' | 'error'> {
  const filed = rows.filter((r) => r.outcome === 'imported' || r.outcome === 'superseded');
  const review = rows.filter((r) => r.outcome === 'review');
  const reportId = filed[0]?.reportId ?? rows[0]?.reportId ?? null;
  if (review.length > 0) {
    const message = `Bảng nhiều đơn vị: đã nhập ${filed.length}/${rows.length} dòng; ${review.length} dòng cần xem lại (${review.map((r) => `"${r.label}"`).join(', ')}).`;
    return { outcome: 'review', reportId, error: { code: 'NEEDS_REVIEW', message } };
  }
  if (filed.length === 0) return { outcome: 'duplicate', reportId, error: null };
  return { outcome: filed.every((r) => r.outcome === 'superseded') ? 'superseded' : 'imported', reportId, error: null };
}
