// Plans, their rounds, and the per-unit templates generated from them.
import type { ApiHandlers } from '../../../shared/api';
import type { PlanDraft, RoundInput } from '../../../shared/domain';
import { PlanDraft as PlanDraftSchema } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import { asAppError } from '../errors';
import { todayIso } from '../../../shared/dates';
import { writeAudit } from '../db/audit';
import type { Db } from '../db/open';
import { updatePlan } from '../db/plan-update';
import { adoptIndicator, getPlan, insertPlan, listPlans } from '../db/plans';
import { insertRound, setRoundLocked } from '../db/rounds';
import { listUnits } from '../db/units';
import { assigneeUnits } from '../reconcile/assignee-units';
import { computeStatus } from '../reconcile/status';
import type { ServiceContext } from './context';
import { safeFilePart, templateFileName } from './file-names';
import { zipSync } from 'fflate';

type Methods =
  | 'plans.list'
  | 'plans.get'
  | 'plans.extract'
  | 'plans.create'
  | 'plans.update'
  | 'plans.addRound'
  | 'plans.assigneeUnits'
  | 'plans.adoptIndicator'
  | 'rounds.setLocked'
  | 'templates.generate'
  | 'templates.generateAll';

/** The plan readers load when a plan document is first read: the CLI and the app start without them. */
async function planReading() {
  const [names, extract, read] = await Promise.all([import('../plans/directory-names'), import('../plans/extract'), import('../plans/read-plan-document')]);
  return { applyDirectoryNames: names.applyDirectoryNames, extractPlan: extract.extractPlan, readPlanText: read.readPlanText };
}

export function planHandlers(ctx: ServiceContext): Pick<ApiHandlers, Methods> {
  return {
    'plans.list': () => listPlans(ctx.db),
    'plans.get': ({ planId }) => ctx.plan(planId),
    'plans.extract': async ({ file }) => {
      let draft: PlanDraft;
      try {
        const { applyDirectoryNames, extractPlan, readPlanText } = await planReading();
        draft = applyDirectoryNames(extractPlan(await readPlanText(ctx.readInput(file), file.name)), listUnits(ctx.db));
      } catch (e) {
        throw asAppError(e, file.name);
      }
      if (draft.items.length === 0 && draft.number === null && draft.docType === null) {
        throw new AppError('UNSUPPORTED_FORMAT', `Tệp ${file.name} không giống văn bản kế hoạch: không thấy số, loại văn bản hay mục nào được đánh số.`);
      }
      return draft;
    },
    'plans.create': ({ draft }) => createPlan(ctx.db, PlanDraftSchema.parse(draft), ctx.stamp()),
    'plans.update': ({ planId, draft }) => {
      ctx.plan(planId);
      checkUniqueCodes(draft);
      const db = ctx.db;
      db.transaction(() => {
        updatePlan(db, planId, draft);
        writeAudit(db, ctx.stamp(), 'update', 'plan', planId, draft.number ?? draft.title);
      }).immediate();
      return ctx.plan(planId);
    },
    'plans.addRound': ({ planId, round: r }) => {
      ctx.plan(planId);
      const db = ctx.db;
      const id = db.transaction(() => {
        const rid = addRound(db, planId, r);
        writeAudit(db, ctx.stamp(), 'create', 'round', rid, r.label);
        return rid;
      }).immediate();
      return ctx.round(planId, id);
    },
    'plans.adoptIndicator': ({ planId, key }) => {
      const p = ctx.plan(planId);
      const ind = p.indicators.find((i) => i.key === key);
      if (!ind) throw new AppError('NOT_FOUND', `Kế hoạch không có chỉ tiêu "${key}".`);
      if (ind.origin !== 'reports') throw new AppError('INVALID_INPUT', `"${ind.name}" đã là chỉ tiêu của kế hoạch.`);
      const db = ctx.db;
      db.transaction(() => {
        adoptIndicator(db, planId, key);
        writeAudit(db, ctx.stamp(), 'adopt', 'indicator', `${planId}:${key}`, ind.name);
      }).immediate();
      return ctx.plan(planId);
    },
    'plans.assigneeUnits': ({ planId, roundId }) => {
      const p = ctx.plan(planId);
      const latest = [...p.rounds].sort((a, b) => a.dueDate.localeCompare(b.dueDate)).pop() ?? null;
      const r = roundId === undefined ? latest : ctx.round(planId, roundId);
      return { round: r ? { id: r.id, label: r.label } : null, items: assigneeUnits(p, listUnits(ctx.db), r, todayIso(ctx.now())) };
    },
    'rounds.setLocked': ({ planId, roundId, locked }) => {
      ctx.round(planId, roundId);
      const db = ctx.db;
      db.transaction(() => {
        setRoundLocked(db, roundId, locked, ctx.stamp());
        writeAudit(db, ctx.stamp(), locked ? 'lock' : 'unlock', 'round', roundId);
      }).immediate();
      return ctx.round(planId, roundId);
    },
    'templates.generate': async ({ planId, roundId, unitCode }) => {
      const t = await templateFor(ctx, planId, roundId, unitCode);
      return { fileName: t.fileName, dataBase64: t.bytes.toString('base64') };
    },
    'templates.generateAll': async ({ planId, roundId }) => {
      const p = ctx.plan(planId);
      const r = ctx.round(planId, roundId);
      const expected = computeStatus({ plan: p, round: r, units: listUnits(ctx.db), reports: [], asOf: todayIso(ctx.now()) }).expected;
      if (expected.length === 0) throw new AppError('INVALID_INPUT', `Kỳ "${r.label}" chưa có đơn vị nào phải báo cáo (kiểm tra đơn vị thực hiện của các nhiệm vụ).`);
      const files: Record<string, Uint8Array> = {};
      for (const u of expected) {
        const t = await templateFor(ctx, planId, roundId, u.code);
        files[t.fileName] = t.bytes;
      }
      // Templates are already compressed Office files: stored, not deflated again.
      const zip = Buffer.from(zipSync(files, { level: 0 }));
      return { fileName: `Mau bao cao ${safeFilePart(p.number ?? 'ke hoach')} ${safeFilePart(r.label)}.zip`, dataBase64: zip.toString('base64'), count: expected.length };
    },
  };
}

/** The template of one unit: the tasks assigned to it (every task for a unit outside the plan's groups). */
async function templateFor(ctx: ServiceContext, planId: number, roundId: number, unitCode: string): Promise<{ fileName: string; bytes: Buffer }> {
  const p = ctx.plan(planId);
  const r = ctx.round(planId, roundId);
  const units = listUnits(ctx.db);
  const unit = units.find((u) => u.code === unitCode);
  if (!unit) throw new AppError('UNKNOWN_UNIT', `Không có đơn vị mã ${unitCode} trong danh mục.`);
  const status = computeStatus({ plan: p, round: r, units, reports: [], asOf: todayIso(ctx.now()) });
  const row = status.matrix.find((m) => m.unit.code === unitCode);
  const codes = row ? Object.entries(row.items).filter(([, s]) => s !== 'not_assigned').map(([c]) => c) : null;
  const items = p.items.filter((i) => i.kind === 'task' && (codes === null || codes.includes(i.code)));
  // exceljs loads when a template is first written, not at start.
  const { writeTemplate } = await import('../templates/template-writer');
  const bytes = await writeTemplate({ plan: p, round: r, unit, items, indicators: p.indicators });
  return { fileName: templateFileName(p.number, r.label, unit.code), bytes };
}

function addRound(db: Db, planId: number, r: RoundInput): number {
  try {
    return insertRound(db, planId, r);
  } catch (e) {
    if (String((e as Error).message).includes('UNIQUE')) throw new AppError('CONFLICT', `Kế hoạch đã có kỳ báo cáo "${r.label}".`);
    throw e;
  }
}

function checkUniqueCodes(draft: PlanDraft): void {
  const codes = new Set<string>();
  for (const item of draft.items) {
    if (codes.has(item.code)) throw new AppError('INVALID_INPUT', `Mã mục "${item.code}" bị trùng trong kế hoạch; hãy sửa trước khi lưu.`);
    codes.add(item.code);
  }
  const keys = new Set<string>();
  for (const ind of draft.indicators) {
    if (keys.has(ind.key)) throw new AppError('INVALID_INPUT', `Mã chỉ tiêu "${ind.key}" bị trùng; hãy sửa trước khi lưu.`);
    keys.add(ind.key);
  }
}

function createPlan(db: Db, draft: PlanDraft, at: string) {
  checkUniqueCodes(draft);
  const id = db.transaction(() => {
    const planId = insertPlan(db, draft, at);
    for (const r of draft.rounds) addRound(db, planId, r);
    writeAudit(db, at, 'create', 'plan', planId, draft.number ?? draft.title);
    return planId;
  }).immediate();
  const plan = getPlan(db, id);
  if (!plan) throw new AppError('INTERNAL', 'Không đọc lại được kế hoạch vừa lưu.');
  return plan;
}
