// One file → one transaction: read, match to unit/plan/round, store the original, record the report.
import type { ImportResult } from '../../../shared/domain';
import { AppError, isAppError } from '../../../shared/errors';
import { todayIso } from '../../../shared/dates';
import { foldForMatch } from '../../../shared/text';
import { writeAudit } from '../db/audit';
import { insertStoredFile } from '../db/files';
import type { Db } from '../db/open';
import { getPlan, indicatorIdsByKey, itemIdsByCode, listPlans } from '../db/plans';
import { findCurrentReportId, insertReport, listReportsForRound, markSuperseded, reportIdForFile } from '../db/reports';
import { getRound } from '../db/rounds';
import { findUnitId, listUnits } from '../db/units';
import type { FileStore } from '../files/store';
import { sha256 } from '../files/store';
import type { NormalizedReport, ReaderContext } from './normalized-report';
import { readReportFile } from './read-report-file';

export type ImportDeps = { db: Db; store: FileStore; now: () => Date };
export type ImportRequest = { bytes: Buffer; fileName: string; planId?: number; roundId?: number; receivedAt?: string };

export async function importReport(deps: ImportDeps, req: ImportRequest): Promise<ImportResult> {
  const base: ImportResult = { file: req.fileName, outcome: 'rejected', unit: null, plan: null, round: null, error: null, reportId: null };
  try {
    const sha = sha256(req.bytes);
    const dup = reportIdForFile(deps.db, sha);
    if (dup !== null) return { ...describeReport(deps.db, dup, base), outcome: 'duplicate' };
    const ctx: ReaderContext = { units: listUnits(deps.db), plans: listPlans(deps.db).flatMap((p) => getPlan(deps.db, p.id) ?? []), planId: req.planId, roundId: req.roundId };
    const report = await readReportFile(req.bytes, req.fileName, ctx);
    return store(deps, req, sha, report, base);
  } catch (e) {
    const error = isAppError(e)
      ? { code: e.code, message: e.message }
      : { code: 'INTERNAL', message: `Lỗi không mong đợi khi đọc tệp ${req.fileName}: ${(e as Error).message}` };
    return { ...base, outcome: 'rejected', error };
  }
}

function store(deps: ImportDeps, req: ImportRequest, sha: string, report: NormalizedReport, base: ImportResult): ImportResult {
  const { db } = deps;
  const plan = report.plan.id === null ? null : getPlan(db, report.plan.id);
  if (!plan || (report.plan.number !== null && plan.number !== report.plan.number)) {
    throw new AppError('UNKNOWN_PLAN', `Tệp ${req.fileName}: kế hoạch ${report.plan.number ?? ''} của mẫu không có trong cơ sở dữ liệu.`);
  }
  if (req.planId !== undefined && req.planId !== plan.id) {
    throw new AppError('PLAN_MISMATCH', `Tệp ${req.fileName} là báo cáo của kế hoạch ${plan.number ?? plan.id}, không phải kế hoạch đang chọn.`);
  }
  const round = report.round.id === null ? null : getRound(db, report.round.id);
  if (!round || round.planId !== plan.id) {
    throw new AppError('UNKNOWN_ROUND', `Tệp ${req.fileName}: kỳ báo cáo "${report.round.label ?? ''}" không thuộc kế hoạch ${plan.number ?? plan.id}.`);
  }
  if (req.roundId !== undefined && req.roundId !== round.id) {
    throw new AppError('PLAN_MISMATCH', `Tệp ${req.fileName} là báo cáo kỳ "${round.label}", không phải kỳ đang chọn.`);
  }
  const unit = findUnit(db, report.unit.code, report.unit.name);
  if (!unit) {
    throw new AppError('UNKNOWN_UNIT', `Tệp ${req.fileName}: không nhận ra đơn vị "${report.unit.name ?? report.unit.code ?? ''}" trong danh mục đơn vị.`);
  }
  const itemIds = itemIdsByCode(db, plan.id);
  const indicatorIds = indicatorIdsByKey(db, plan.id);
  const entries = report.entries.map((e) => {
    const itemId = itemIds.get(e.itemCode);
    if (itemId === undefined) throw new AppError('PLAN_MISMATCH', `Tệp ${req.fileName}: mục ${e.itemCode} không có trong kế hoạch.`);
    return { itemId, status: e.status, resultText: e.resultText, source: e.source };
  });
  const figures = report.figures.map((f) => {
    const indicatorId = indicatorIds.get(f.indicatorKey);
    if (indicatorId === undefined) throw new AppError('PLAN_MISMATCH', `Tệp ${req.fileName}: chỉ tiêu ${f.indicatorKey} không có trong kế hoạch.`);
    return { indicatorId, value: f.value, source: f.source };
  });

  const now = deps.now();
  const at = now.toISOString();
  // The original goes to disk first; if the process dies before COMMIT, the sweep at next open removes it.
  deps.store.put(req.bytes);
  const write = db.transaction(() => {
    insertStoredFile(db, { sha256: sha, originalName: req.fileName, size: req.bytes.length, format: 'xlsx', storedAt: at });
    const previous = findCurrentReportId(db, unit.id, round.id);
    const id = insertReport(db, {
      unitId: unit.id,
      planId: plan.id,
      roundId: round.id,
      fileSha: sha,
      reader: report.reader,
      reportDate: report.reportDate,
      receivedAt: req.receivedAt ?? todayIso(now),
      importedAt: at,
      entries,
      figures,
    });
    if (previous !== null) markSuperseded(db, previous, id);
    writeAudit(db, at, previous === null ? 'import' : 'supersede', 'report', id, req.fileName);
    return { id, superseded: previous !== null };
  });
  const { id, superseded } = write();
  return {
    ...base,
    outcome: superseded ? 'superseded' : 'imported',
    unit: { code: unit.code, name: unit.name },
    plan: { id: plan.id, number: plan.number },
    round: { id: round.id, label: round.label },
    reportId: id,
  };
}

function findUnit(db: Db, code: string | null, name: string | null): { id: number; code: string; name: string } | null {
  const units = listUnits(db);
  let u = code ? units.find((x) => x.code === code) : undefined;
  if (!u && name) {
    const f = foldForMatch(name);
    u = units.find((x) => [x.name, ...x.aliases].some((n) => foldForMatch(n) === f));
  }
  if (!u) return null;
  const id = findUnitId(db, u.code);
  return id === null ? null : { id, code: u.code, name: u.name };
}

function describeReport(db: Db, reportId: number, base: ImportResult): ImportResult {
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
