// One file → one transaction: read, match to unit/plan/round, store the original, then record the
// report — or queue it for review when the match is uncertain, or reject it with the reason.
import type { ImportResult } from '../../../shared/domain';
import { isAppError } from '../../../shared/errors';
import { todayIso } from '../../../shared/dates';
import { getStoredFile } from '../db/files';
import type { Db } from '../db/open';
import { getPlan, listPlans } from '../db/plans';
import { listReportsForRound, reportIdForFile } from '../db/reports';
import { openReviewForFile } from '../db/reviews';
import { getRound } from '../db/rounds';
import { findUnitId, listUnits } from '../db/units';
import type { FileStore } from '../files/store';
import { sha256 } from '../files/store';
import type { ReaderContext } from './normalized-report';
import type { ParseRunner } from './parse-runner';
import type { ReadOptions } from './read-scan';
import { asAppError } from '../errors';
import { resolveTargets } from './resolve-targets';
import { fileResolved } from './file-resolved';
import { sameReport } from './filing-rules';
import { fileUnitRows } from './import-unit-rows';
import { writeCopy } from './write-report';

/** Units and plans as readers see them; the service caches this between imports. */
export type Catalog = Pick<ReaderContext, 'units' | 'plans'>;

/** `read`: where the OCR model is, and who hears of a scan's pages as they are read. */
export type ImportDeps = { db: Db; store: FileStore; now: () => Date; parse: ParseRunner; catalog?: () => Catalog; read?: ReadOptions };

export function loadCatalog(db: Db): Catalog {
  return { units: listUnits(db), plans: listPlans(db).flatMap((p) => getPlan(db, p.id) ?? []) };
}
export type ImportRequest = { bytes: Buffer; fileName: string; planId?: number; roundId?: number; receivedAt?: string };

/**
 * `turn`: resolves when the imports asked for before this one have been filed. Several imports may
 * read their files at once (the next file parses while this one is filed), but they are filed in
 * the order they were asked for, so "the later report supersedes" means what the user did.
 */
export async function importReport(deps: ImportDeps, req: ImportRequest, turn: Promise<unknown> = Promise.resolve()): Promise<ImportResult> {
  const { db } = deps;
  const base: ImportResult = { file: req.fileName, outcome: 'rejected', unit: null, plan: null, round: null, error: null, reportId: null };
  const sha = sha256(req.bytes);
  const known = (): ImportResult | null => {
    const dup = reportIdForFile(db, sha);
    if (dup !== null) return { ...describeReport(db, dup, base), outcome: 'duplicate' };
    if (openReviewForFile(db, sha) !== null) {
      return { ...base, outcome: 'duplicate', error: { code: 'NEEDS_REVIEW', message: `Tệp ${req.fileName} đã có trong danh sách cần xem lại.` } };
    }
    return null;
  };
  try {
    const before = known();
    if (before) return before;
    const ctx: ReaderContext = { ...(deps.catalog?.() ?? loadCatalog(db)), planId: req.planId, roundId: req.roundId };
    // The original goes to disk (its fsync in the thread pool) while the worker reads it; both settle
    // before anything is decided, so a rejected file's original is removed only once it is written.
    // If the process dies before COMMIT, the sweep at next open removes it.
    const [parsed, stored] = await Promise.allSettled([deps.parse(req.bytes, req.fileName, ctx, deps.read), deps.store.putAsync(req.bytes, sha)]);
    await turn;
    // The same bytes may have been filed by an import asked for just before this one.
    const filedMeanwhile = known();
    if (filedMeanwhile) return filedMeanwhile;
    if (parsed.status === 'rejected') throw parsed.reason;
    if (stored.status === 'rejected') throw stored.reason;
    const report = parsed.value;
    const now = deps.now();
    const at = now.toISOString();
    const receivedAt = req.receivedAt ?? todayIso(now);
    const original = { sha, fileName: req.fileName, size: req.bytes.length, format: report.reader };
    if (report.unitRows && report.unitRows.length > 0) return fileUnitRows(db, { ...report, unitRows: report.unitRows }, req, ctx, original, { receivedAt, at }, base);
    const t = resolveTargets(db, report, req, ctx);
    const described = {
      unit: t.unit ? { code: t.unit.code, name: t.unit.name } : null,
      plan: t.plan ? { id: t.plan.id, number: t.plan.number } : null,
      round: t.round ? { id: t.round.id, label: t.round.label } : null,
    };
    const unitId = t.unit ? findUnitId(db, t.unit.code) : null;
    // The same report in another file (its signed PDF, an .xls re-save, a copy under another name).
    const same = unitId !== null && t.round ? sameReport(db, unitId, t.round.id, report, t) : null;
    if (same !== null) {
      writeCopy(db, original, same, receivedAt, at);
      return { ...describeReport(db, same, base), outcome: 'duplicate', error: null };
    }
    const filed = fileResolved(db, original, report, t, { unitId, receivedAt, at });
    if (filed.outcome === 'review') {
      return { ...base, ...described, outcome: 'review', reportId: null, error: { code: 'NEEDS_REVIEW', message: `Cần xem lại (mục số ${filed.reviewId}): ${filed.reason}` } };
    }
    return { ...base, ...described, outcome: filed.outcome, reportId: filed.reportId };
  } catch (e) {
    // A rejected file leaves nothing behind: no row, and no original unless another row keeps it.
    if (!getStoredFile(db, sha)) deps.store.remove(sha);
    if (isAppError(e) && e.code === 'DUPLICATE') {
      // Another process filed the same bytes between our check and our commit.
      const dup = reportIdForFile(db, sha);
      if (dup !== null) return { ...describeReport(db, dup, base), outcome: 'duplicate' };
    }
    const err = asAppError(e, req.fileName);
    const error = { code: err.code, message: err.message };
    return { ...base, outcome: 'rejected', error };
  }
}

export function describeReport(db: Db, reportId: number, base: ImportResult): ImportResult {
  const row = db.prepare('SELECT round_id FROM reports WHERE id = ?').get(reportId) as { round_id: number };
  const r = listReportsForRound(db, row.round_id).find((x) => x.id === reportId);
  const round = getRound(db, row.round_id);
  const plan = round ? getPlan(db, round.planId) : null;
  return {
    ...base,
    unit: r ? r.unit : null,
    plan: plan ? { id: plan.id, number: plan.number } : null,
    round: round ? { id: round.id, label: round.label } : null,
    reportId,
  };
}
