// Matching what a reader found to the database: which plan, round and unit. Hard contradictions
// reject the file; uncertainty sends it to review with the reasons a person needs to decide.
import type { Plan, Round, Unit } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import { foldForMatch } from '../../../shared/text';
import type { Db } from '../db/open';
import { findPlanIdByNumber, getPlan as getPlanFromDb } from '../db/plans';
import { getRound as getRoundFromDb } from '../db/rounds';
import { listUnits } from '../db/units';
import type { NormalizedReport, ReportNote } from './normalized-report';
import { otherIndicators } from './readers/indicator-match';
import { REVIEW_THRESHOLD } from './normalized-report';

export type Targets = {
  plan: Plan | null;
  round: Round | null;
  unit: Unit | null;
  /** Why a person must decide (the file goes to review). */
  reasons: string[];
  /** What was read and left out (an item or figure the plan does not have), kept as notes. */
  notes: ReportNote[];
  entries: NormalizedReport['entries'];
  figures: NormalizedReport['figures'];
};
export type TargetRequest = { fileName: string; planId?: number; roundId?: number };

export function findUnit(units: Unit[], code: string | null, name: string | null): Unit | null {
  const byCode = code ? units.find((u) => u.code === code) : undefined;
  if (byCode) return byCode;
  if (!name) return null;
  const f = foldForMatch(name);
  return units.find((x) => [x.name, ...x.aliases].some((n) => foldForMatch(n) === f)) ?? null;
}

/** Plans and units as the readers saw them; read from the database when not given. */
export type Known = { plans: readonly Plan[]; units: readonly Unit[] };

export function resolveTargets(db: Db, report: NormalizedReport, req: TargetRequest, known?: Known): Targets {
  const getPlan = (id: number): Plan | null => known?.plans.find((p) => p.id === id) ?? getPlanFromDb(db, id);
  const getRound = (id: number): Round | null => {
    for (const p of known?.plans ?? []) {
      const r = p.rounds.find((x) => x.id === id);
      if (r) return r;
    }
    return getRoundFromDb(db, id);
  };
  // The app's own template states everything exactly: any mismatch is an error, never a guess.
  const exact = report.reader === 'template';
  const reasons: string[] = [];
  const file = req.fileName;

  let plan = report.plan.id !== null ? getPlan(report.plan.id) : null;
  if (!plan && report.plan.number) {
    const id = findPlanIdByNumber(db, report.plan.number);
    plan = id === null ? null : getPlan(id);
  }
  if (exact && (!plan || (report.plan.number !== null && plan.number !== report.plan.number))) {
    throw new AppError('UNKNOWN_PLAN', `Tệp ${file}: kế hoạch ${report.plan.number ?? ''} của mẫu không có trong cơ sở dữ liệu.`);
  }
  // The template states its plan exactly; a free-form report was already placed by what it cites.
  if (exact && plan && req.planId !== undefined && req.planId !== plan.id) {
    throw new AppError('PLAN_MISMATCH', `Tệp ${file} là báo cáo của kế hoạch ${plan.number ?? plan.id}, không phải kế hoạch đang chọn.`);
  }
  if (!plan && req.planId !== undefined) plan = getPlan(req.planId);
  if (!plan) reasons.push('Không nhận ra báo cáo thuộc kế hoạch nào.');
  else if (report.plan.confidence < REVIEW_THRESHOLD) reasons.push(`Chưa chắc chắn về kế hoạch (căn cứ: ${report.plan.evidence || 'không có'}).`);

  let round = report.round.id !== null ? getRound(report.round.id) : null;
  if (round && plan && round.planId !== plan.id) round = null;
  if (exact && !round) {
    throw new AppError('UNKNOWN_ROUND', `Tệp ${file}: kỳ báo cáo "${report.round.label ?? ''}" không thuộc kế hoạch ${plan?.number ?? ''}.`);
  }
  if (exact && round && req.roundId !== undefined && req.roundId !== round.id) {
    throw new AppError('PLAN_MISMATCH', `Tệp ${file} là báo cáo kỳ "${round.label}", không phải kỳ đang chọn.`);
  }
  if (!round && req.roundId !== undefined && plan && plan.id === req.planId) round = plan.rounds.find((r) => r.id === req.roundId) ?? null;
  if (!round) reasons.push('Không nhận ra kỳ báo cáo.');
  else if (report.round.confidence < REVIEW_THRESHOLD) reasons.push(`Chưa chắc chắn về kỳ báo cáo (căn cứ: ${report.round.evidence || 'không có'}).`);
  if (round?.locked) reasons.push(`Kỳ "${round.label}" đã chốt số liệu: báo cáo mới cần được xem xét trước khi thay số liệu.`);

  const unit = findUnit([...(known?.units ?? listUnits(db))], report.unit.code, report.unit.name);
  if (exact && !unit) {
    throw new AppError('UNKNOWN_UNIT', `Tệp ${file}: không nhận ra đơn vị "${report.unit.name ?? report.unit.code ?? ''}" trong danh mục đơn vị.`);
  }
  if (!unit) reasons.push(`Không nhận ra đơn vị gửi báo cáo${report.unit.name ? ` ("${report.unit.name}")` : ''}.`);
  else if (report.unit.confidence < REVIEW_THRESHOLD) reasons.push(`Chưa chắc chắn về đơn vị (căn cứ: ${report.unit.evidence || 'không có'}).`);

  const notes: ReportNote[] = [];
  let entries = report.entries;
  let figures = report.figures;
  if (plan) {
    const codes = new Set(plan.items.map((i) => i.code));
    // Figures the plan does not name are kept when the catalogue knows them ("số liệu khác").
    const keys = new Set([...plan.indicators.map((i) => i.key), ...(exact ? [] : otherIndicators(plan.indicators).map((i) => i.key))]);
    const unknownItem = report.entries.find((e) => !codes.has(e.itemCode));
    const unknownFigure = report.figures.find((f) => !keys.has(f.indicatorKey));
    if (exact && unknownItem) throw new AppError('PLAN_MISMATCH', `Tệp ${file}: mục ${unknownItem.itemCode} không có trong kế hoạch.`);
    if (exact && unknownFigure) throw new AppError('PLAN_MISMATCH', `Tệp ${file}: chỉ tiêu ${unknownFigure.indicatorKey} không có trong kế hoạch.`);
    entries = report.entries.filter((e) => codes.has(e.itemCode));
    figures = report.figures.filter((f) => keys.has(f.indicatorKey));
    for (const e of report.entries.filter((x) => !codes.has(x.itemCode))) notes.push({ code: 'UNKNOWN_ITEM', message: `Mục ${e.itemCode} không có trong kế hoạch; chưa lấy.`, source: e.source });
    for (const f of report.figures.filter((x) => !keys.has(x.indicatorKey))) notes.push({ code: 'UNKNOWN_FIGURE', message: `Chỉ tiêu ${f.indicatorKey} không có trong kế hoạch; chưa lấy.`, source: f.source });
  }
  if (report.warnings.length > 0) reasons.push(...report.warnings);
  return { plan, round, unit, reasons, notes: [...report.notes, ...notes], entries, figures };
}
