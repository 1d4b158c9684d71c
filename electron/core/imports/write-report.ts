// The write side of an import: one transaction per file, for an accepted report or a review item.
import type { EntryStatus, Plan, Round, Unit } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import { writeAudit } from '../db/audit';
import { insertStoredFile } from '../db/files';
import type { Db } from '../db/open';
import { indicatorIdsByKey, itemIdsByCode } from '../db/plans';
import { findCurrentReportId, insertReport, markSuperseded, reportIdForFile } from '../db/reports';
import { insertReview } from '../db/reviews';
import type { NewReview } from '../db/reviews';
import { findUnitId } from '../db/units';

export type StoredOriginal = { sha: string; fileName: string; size: number; format: string };

export type AcceptedReport = {
  original: StoredOriginal;
  reader: string;
  unit: Unit;
  plan: Plan;
  round: Round;
  reportDate: string | null;
  receivedAt: string;
  entries: { itemCode: string; status: EntryStatus; resultText: string; source: string }[];
  figures: { indicatorKey: string; value: number; source: string; cumulative?: boolean }[];
};

/** Records the report, superseding the unit's current one for the round; runs inside `db.transaction`. */
export function writeReport(db: Db, r: AcceptedReport, at: string, extra?: (reportId: number) => void): { id: number; superseded: boolean } {
  const itemIds = itemIdsByCode(db, r.plan.id);
  const indicatorIds = indicatorIdsByKey(db, r.plan.id);
  const unitId = findUnitId(db, r.unit.code);
  if (unitId === null) throw new AppError('UNKNOWN_UNIT', `Không có đơn vị mã ${r.unit.code} trong danh mục.`);
  const entries = r.entries.map((e) => {
    const itemId = itemIds.get(e.itemCode);
    if (itemId === undefined) throw new AppError('PLAN_MISMATCH', `Tệp ${r.original.fileName}: mục ${e.itemCode} không có trong kế hoạch.`);
    return { itemId, status: e.status, resultText: e.resultText, source: e.source };
  });
  const figures = r.figures.map((f) => {
    const indicatorId = indicatorIds.get(f.indicatorKey);
    if (indicatorId === undefined) throw new AppError('PLAN_MISMATCH', `Tệp ${r.original.fileName}: chỉ tiêu ${f.indicatorKey} không có trong kế hoạch.`);
    return { indicatorId, value: f.value, source: f.source, cumulative: f.cumulative };
  });
  // IMMEDIATE takes the write lock first (waiting up to busy_timeout): a deferred transaction that
  // reads and then writes cannot wait for another process's writer and fails at once.
  return db.transaction(() => {
    // Checked again under the write lock: two importers of one folder must not file a file twice.
    if (reportIdForFile(db, r.original.sha) !== null) throw new AppError('DUPLICATE', `Tệp ${r.original.fileName} đã được nhập.`);
    insertStoredFile(db, { sha256: r.original.sha, originalName: r.original.fileName, size: r.original.size, format: r.original.format, storedAt: at });
    const previous = findCurrentReportId(db, unitId, r.round.id);
    const id = insertReport(db, {
      unitId,
      planId: r.plan.id,
      roundId: r.round.id,
      fileSha: r.original.sha,
      reader: r.reader,
      reportDate: r.reportDate,
      receivedAt: r.receivedAt,
      importedAt: at,
      entries,
      figures,
    });
    if (previous !== null) markSuperseded(db, previous, id);
    writeAudit(db, at, previous === null ? 'import' : 'supersede', 'report', id, r.original.fileName);
    extra?.(id);
    return { id, superseded: previous !== null };
  }).immediate();
}

export function writeReview(db: Db, original: StoredOriginal, review: Omit<NewReview, 'fileSha' | 'fileName'>, at: string): number {
  return db.transaction(() => {
    insertStoredFile(db, { sha256: original.sha, originalName: original.fileName, size: original.size, format: original.format, storedAt: at });
    const id = insertReview(db, { ...review, fileSha: original.sha, fileName: original.fileName });
    writeAudit(db, at, 'review', 'review_item', id, `${original.fileName}: ${review.reason}`);
    return id;
  }).immediate();
}
