// The write side of an import: one transaction per file, for an accepted report, a copy of a report
// already filed, or a review item.
import type { EntryStatus, Plan, ReportNote, Round, Unit } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import { writeAudit } from '../db/audit';
import { insertStoredFile } from '../db/files';
import type { Db } from '../db/open';
import { addReportedIndicator, indicatorIdsByKey, itemIdsByCode } from '../db/plans';
import { findCurrentReportId, insertCopy, insertReport, markSuperseded, reportIdForFile, reportIdForFileRow } from '../db/reports';
import { insertReview } from '../db/reviews';
import { insertScan } from '../db/scans';
import type { NewReview } from '../db/reviews';
import { findUnitId } from '../db/units';
import type { ScanReading } from './normalized-report';
import { otherIndicators } from './readers/indicator-match';

export type StoredOriginal = { sha: string; fileName: string; size: number; format: string };

export type AcceptedReport = {
  original: StoredOriginal;
  reader: string;
  unit: Unit;
  plan: Plan;
  round: Round;
  reportNumber: string | null;
  reportDate: string | null;
  receivedAt: string;
  entries: { itemCode: string; status: EntryStatus; resultText: string; source: string }[];
  figures: { indicatorKey: string; value: number; source: string; cumulative?: boolean }[];
  notes: ReportNote[];
  /** An earlier report this one arrives after but does not replace (it is older): filed as history. */
  olderThan?: number | null;
  /** One unit's row of a table of several units ("BC!B7"): the file holds other units' reports too. */
  sourceRow?: string | null;
};

/** Row ids of the figures' indicators; a figure the plan does not name but the catalogue knows is added as "số liệu khác". */
function indicatorIds(db: Db, r: AcceptedReport): Map<string, number> {
  const ids = indicatorIdsByKey(db, r.plan.id);
  const others = otherIndicators(r.plan.indicators);
  for (const f of r.figures) {
    if (ids.has(f.indicatorKey)) continue;
    const ind = others.find((o) => o.key === f.indicatorKey);
    if (!ind) throw new AppError('PLAN_MISMATCH', `Tệp ${r.original.fileName}: chỉ tiêu ${f.indicatorKey} không có trong kế hoạch.`);
    ids.set(f.indicatorKey, addReportedIndicator(db, r.plan.id, ind));
  }
  return ids;
}

/** Records the report, superseding the unit's current one for the round; runs inside `db.transaction`. */
export function writeReport(db: Db, r: AcceptedReport, at: string, extra?: (reportId: number) => void): { id: number; superseded: boolean } {
  const itemIds = itemIdsByCode(db, r.plan.id);
  const unitId = findUnitId(db, r.unit.code);
  if (unitId === null) throw new AppError('UNKNOWN_UNIT', `Không có đơn vị mã ${r.unit.code} trong danh mục.`);
  const entries = r.entries.map((e) => {
    const itemId = itemIds.get(e.itemCode);
    if (itemId === undefined) throw new AppError('PLAN_MISMATCH', `Tệp ${r.original.fileName}: mục ${e.itemCode} không có trong kế hoạch.`);
    return { itemId, status: e.status, resultText: e.resultText, source: e.source };
  });
  // IMMEDIATE takes the write lock first (waiting up to busy_timeout): a deferred transaction that
  // reads and then writes cannot wait for another process's writer and fails at once.
  return db.transaction(() => {
    // Checked again under the write lock: two importers of one folder must not file a file (or a row) twice.
    const filed = r.sourceRow ? reportIdForFileRow(db, r.original.sha, r.sourceRow) : reportIdForFile(db, r.original.sha);
    if (filed !== null) throw new AppError('DUPLICATE', `Tệp ${r.original.fileName}${r.sourceRow ? ` (dòng ${r.sourceRow})` : ''} đã được nhập.`);
    const ids = indicatorIds(db, r);
    const figures = r.figures.map((f) => ({ indicatorId: ids.get(f.indicatorKey) as number, value: f.value, source: f.source, cumulative: f.cumulative }));
    insertStoredFile(db, { sha256: r.original.sha, originalName: r.original.fileName, size: r.original.size, format: r.original.format, storedAt: at });
    const previous = findCurrentReportId(db, unitId, r.round.id);
    const id = insertReport(db, {
      unitId,
      planId: r.plan.id,
      roundId: r.round.id,
      fileSha: r.original.sha,
      reader: r.reader,
      reportNumber: r.reportNumber,
      reportDate: r.reportDate,
      receivedAt: r.receivedAt,
      importedAt: at,
      entries,
      figures,
      notes: r.notes,
      sourceRow: r.sourceRow ?? null,
    });
    const older = r.olderThan !== undefined && r.olderThan !== null && r.olderThan === previous;
    if (older) markSuperseded(db, id, previous);
    else if (previous !== null) markSuperseded(db, previous, id);
    writeAudit(db, at, previous === null || older ? 'import' : 'supersede', 'report', id, r.original.fileName);
    extra?.(id);
    return { id, superseded: previous !== null && !older };
  }).immediate();
}

/** Another file of a report already filed (its signed PDF, an .xls re-save): stored and linked, never counted. */
export function writeCopy(db: Db, original: StoredOriginal, reportId: number, receivedAt: string, at: string): void {
  db.transaction(() => {
    if (reportIdForFile(db, original.sha) !== null) throw new AppError('DUPLICATE', `Tệp ${original.fileName} đã được nhập.`);
    insertStoredFile(db, { sha256: original.sha, originalName: original.fileName, size: original.size, format: original.format, storedAt: at });
    insertCopy(db, { fileSha: original.sha, reportId, receivedAt, addedAt: at });
    writeAudit(db, at, 'copy', 'report', reportId, original.fileName);
  }).immediate();
}

/** A scan's page images and value boxes go in with it, kept with the original whatever the decision. */
export function writeReview(db: Db, original: StoredOriginal, review: Omit<NewReview, 'fileSha' | 'fileName'>, at: string, scan?: ScanReading): number {
  return db.transaction(() => {
    insertStoredFile(db, { sha256: original.sha, originalName: original.fileName, size: original.size, format: original.format, storedAt: at });
    if (scan) insertScan(db, original.sha, scan);
    const id = insertReview(db, { ...review, fileSha: original.sha, fileName: original.fileName });
    writeAudit(db, at, 'review', 'review_item', id, `${original.fileName}: ${review.reason}`);
    return id;
  }).immediate();
}
