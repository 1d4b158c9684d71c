// The engine behind the contract: one handler per API method, on one database.
import fs from 'node:fs';
import path from 'node:path';
import type { ApiHandlers } from '../../shared/api';
import type { FileInput, PlanDraft, RoundInput, Unit } from '../../shared/domain';
import { PlanDraft as PlanDraftSchema } from '../../shared/domain';
import { AppError } from '../../shared/errors';
import { todayIso } from '../../shared/dates';
import { writeAudit } from './db/audit';
import { allStoredShas } from './db/files';
import { openDatabase, schemaVersion } from './db/open';
import type { Db } from './db/open';
import { getPlan, insertPlan, listPlans } from './db/plans';
import { updatePlan } from './db/plan-update';
import { listReportsForRound, setReceivedAt } from './db/reports';
import { getRound, insertRound, setRoundLocked } from './db/rounds';
import { getReview, listOpenReviews, resolveReview } from './db/reviews';
import { acceptReview } from './imports/accept-review';
import { listUnits, upsertUnit } from './db/units';
import { loadDocumentSettings, saveDocumentSettings } from './document-settings';
import { exportReportDocx, exportReportPdf, exportReportXlsx } from './exports/export-report';
import { renderPdf } from './exports/pdf-render';
import { listReminders, logReminder } from './db/reminders';
import { owedByUnit } from './reminders/owed';
import { buildReminderDocument } from './reminders/reminder-document';
import { FileStore } from './files/store';
import { importReport, loadCatalog } from './imports/import-report';
import type { Catalog } from './imports/import-report';
import { defaultParser } from './imports/parse-runner';
import type { ParseRunner } from './imports/parse-runner';
import { extractPlan } from './plans/extract';
import { readPlanText } from './plans/read-plan-document';
import { computeStatus } from './reconcile/status';
import { writeTemplate } from './templates/template-writer';
import { readUnitTable } from './units/read-unit-table';
import { unitsFromRows } from './units/unit-table';
import { APP_VERSION, defaultResourcesDir } from './paths';
import { checkBackup, createBackup, installBackup } from './backup/backup-file';
import { backupFileName, dataDirWarnings } from './backup/data-dir-checks';

export type ServiceOptions = {
  dbPath: string;
  /** Where fonts and samples live (Electron passes its packaged path). */
  resourcesDir?: string;
  /** Whether FileInput.path may be used (true for CLI and Electron, false for the browser bridge). */
  allowPaths?: boolean;
  now?: () => Date;
  /** How report files are parsed (default: a worker thread with limits when the build has one). */
  parse?: ParseRunner;
};

/** Methods that change units or plans, after which the readers' catalog is reloaded. */
const CATALOG_WRITES = ['units.save', 'units.importTable', 'plans.create', 'plans.update', 'plans.addRound', 'rounds.setLocked', 'backup.restore'] as const;

export type Service = { handlers: ApiHandlers; readonly db: Db; readonly store: FileStore; close(): void };

export function createService(opts: ServiceOptions): Service {
  const now = opts.now ?? (() => new Date());
  // Both are replaced when a backup is restored; every handler reads them at call time.
  let db = openDatabase(opts.dbPath, { now });
  const store = new FileStore(`${opts.dbPath}-files`);
  // Originals written by an import that never committed are removed here (see FileStore).
  store.sweep(allStoredShas(db));
  const resourcesDir = opts.resourcesDir ?? defaultResourcesDir();
  const allowPaths = opts.allowPaths ?? true;
  const parse = opts.parse ?? defaultParser();
  // Readers consult every unit and plan for each file: kept between imports, dropped on any change to them.
  let catalog: Catalog | null = null;

  const readInput = (file: FileInput): Buffer => {
    if (file.dataBase64 !== undefined) return Buffer.from(file.dataBase64, 'base64');
    if (!allowPaths || file.path === undefined) throw new AppError('INVALID_INPUT', `Tệp ${file.name}: thiếu nội dung tệp.`);
    try {
      return fs.readFileSync(file.path);
    } catch (e) {
      throw new AppError('FILE_UNREADABLE', `Không đọc được tệp ${file.name}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
  };
  const plan = (planId: number) => {
    const p = getPlan(db, planId);
    if (!p) throw new AppError('NOT_FOUND', `Không tìm thấy kế hoạch mã ${planId}.`);
    return p;
  };
  const round = (planId: number, roundId: number) => {
    const r = getRound(db, roundId);
    if (!r || r.planId !== planId) throw new AppError('NOT_FOUND', `Không tìm thấy kỳ báo cáo mã ${roundId} của kế hoạch ${planId}.`);
    return r;
  };
  const stamp = (): string => now().toISOString();
  const exportAs = async (format: 'pdf' | 'docx' | 'xlsx', planId: number, roundId: number) => {
    const p = plan(planId);
    const r = round(planId, roundId);
    const input = { plan: p, round: r, status: statusOf(planId, roundId), reports: listReportsForRound(db, roundId), settings: loadDocumentSettings(db), issueDate: now(), resourcesDir };
    const render = { pdf: exportReportPdf, docx: exportReportDocx, xlsx: exportReportXlsx }[format];
    const bytes = await render(input);
    return { fileName: exportFileName(p.number, r.label, format), dataBase64: Buffer.from(bytes).toString('base64') };
  };
  const statusOf = (planId: number, roundId: number) => {
    const p = plan(planId);
    const r = round(planId, roundId);
    // The previous round is the one due last before this one, for the change in totals.
    const prev = p.rounds.filter((x) => x.dueDate < r.dueDate).at(-1) ?? null;
    return computeStatus({
      plan: p,
      round: r,
      units: listUnits(db),
      reports: listReportsForRound(db, roundId),
      asOf: todayIso(now()),
      previous: prev ? { round: prev, reports: listReportsForRound(db, prev.id) } : null,
    });
  };

  const handlers: ApiHandlers = {
    'app.info': () => ({
      version: APP_VERSION,
      dataDir: path.dirname(path.resolve(opts.dbPath)),
      dbPath: path.resolve(opts.dbPath),
      schemaVersion: schemaVersion(db),
      warnings: dataDirWarnings(path.resolve(opts.dbPath)),
    }),
    'backup.create': () => ({ fileName: backupFileName(now()), dataBase64: createBackup(db, store, now()).toString('base64') }),
    'backup.restore': async ({ file }) => {
      const checked = await checkBackup(readInput(file), file.name);
      db.close();
      let kept: string;
      try {
        kept = installBackup(checked, opts.dbPath, store, now());
      } finally {
        db = openDatabase(opts.dbPath, { now });
      }
      writeAudit(db, stamp(), 'restore', 'database', file.name, `sao lưu lúc ${checked.manifest.createdAt}`);
      return { restoredFrom: file.name, createdAt: checked.manifest.createdAt, files: checked.files.size, previousKeptAs: kept };
    },
    'units.list': () => listUnits(db),
    'units.save': (unit) => {
      db.transaction(() => {
        const how = upsertUnit(db, unit);
        writeAudit(db, stamp(), how === 'added' ? 'create' : 'update', 'unit', unit.code);
      })();
      return unit;
    },
    'units.importTable': async ({ file }) => {
      const units: Unit[] = unitsFromRows(await readUnitTable(readInput(file), file.name), file.name);
      let added = 0;
      let updated = 0;
      db.transaction(() => {
        for (const u of units) {
          if (upsertUnit(db, u) === 'added') added++;
          else updated++;
        }
        writeAudit(db, stamp(), 'import', 'units', file.name, `${added} mới, ${updated} cập nhật`);
      })();
      return { added, updated, units: listUnits(db) };
    },
    'plans.list': () => listPlans(db),
    'plans.get': ({ planId }) => plan(planId),
    'plans.extract': async ({ file }) => extractPlan(await readPlanText(readInput(file), file.name)),
    'plans.create': ({ draft }) => createPlan(db, PlanDraftSchema.parse(draft), stamp()),
    'plans.update': ({ planId, draft }) => {
      plan(planId);
      checkUniqueCodes(draft);
      db.transaction(() => {
        updatePlan(db, planId, draft);
        writeAudit(db, stamp(), 'update', 'plan', planId, draft.number ?? draft.title);
      })();
      return plan(planId);
    },
    'plans.addRound': ({ planId, round: r }) => {
      plan(planId);
      const id = db.transaction(() => {
        const rid = addRound(db, planId, r);
        writeAudit(db, stamp(), 'create', 'round', rid, r.label);
        return rid;
      })();
      return round(planId, id);
    },
    'templates.generate': async ({ planId, roundId, unitCode }) => {
      const p = plan(planId);
      const r = round(planId, roundId);
      const unit = listUnits(db).find((u) => u.code === unitCode);
      if (!unit) throw new AppError('UNKNOWN_UNIT', `Không có đơn vị mã ${unitCode} trong danh mục.`);
      const status = computeStatus({ plan: p, round: r, units: listUnits(db), reports: [], asOf: todayIso(now()) });
      const row = status.matrix.find((m) => m.unit.code === unitCode);
      // The template lists the items assigned to this unit; a unit outside the plan's groups gets every task.
      const codes = row ? Object.entries(row.items).filter(([, s]) => s !== 'not_assigned').map(([c]) => c) : null;
      const items = p.items.filter((i) => i.kind === 'task' && (codes === null || codes.includes(i.code)));
      const bytes = await writeTemplate({ plan: p, round: r, unit, items, indicators: p.indicators });
      return { fileName: templateFileName(p.number, r.label, unit.code), dataBase64: bytes.toString('base64') };
    },
    'reports.import': async ({ file, planId, roundId, receivedAt }) => {
      let bytes: Buffer;
      try {
        bytes = readInput(file);
      } catch (e) {
        const err = e as AppError;
        return { file: file.name, outcome: 'rejected', unit: null, plan: null, round: null, reportId: null, error: { code: err.code, message: err.message } };
      }
      return importReport({ db, store, now, parse, catalog: () => (catalog ??= loadCatalog(db)) }, { bytes, fileName: file.name, planId, roundId, receivedAt });
    },
    'reports.list': ({ planId, roundId }) => {
      round(planId, roundId);
      return listReportsForRound(db, roundId);
    },
    'reports.setReceivedAt': ({ planId, roundId, reportId, receivedAt }) => {
      round(planId, roundId);
      const found = listReportsForRound(db, roundId).some((r) => r.id === reportId);
      if (!found) throw new AppError('NOT_FOUND', `Không có báo cáo số ${reportId} trong kỳ này.`);
      db.transaction(() => {
        const before = setReceivedAt(db, reportId, receivedAt);
        writeAudit(db, stamp(), 'update', 'report', reportId, `ngày nhận ${before ?? ''} → ${receivedAt}`);
      })();
      return listReportsForRound(db, roundId).find((r) => r.id === reportId)!;
    },
    'reviews.list': () => listOpenReviews(db),
    'reviews.accept': (decision) => acceptReview(db, decision, stamp()),
    'reviews.discard': ({ id }) => {
      const r = getReview(db, id);
      if (!r || r.resolved) throw new AppError('NOT_FOUND', `Không có mục cần xem lại số ${id}.`);
      db.transaction(() => {
        resolveReview(db, id, stamp(), 'discarded', null);
        writeAudit(db, stamp(), 'discard', 'review_item', id, r.fileName);
      })();
      return { id };
    },
    'rounds.setLocked': ({ planId, roundId, locked }) => {
      round(planId, roundId);
      db.transaction(() => {
        setRoundLocked(db, roundId, locked, stamp());
        writeAudit(db, stamp(), locked ? 'lock' : 'unlock', 'round', roundId);
      })();
      return round(planId, roundId);
    },
    'status.get': ({ planId, roundId }) => statusOf(planId, roundId),
    'settings.getDocument': () => loadDocumentSettings(db),
    'settings.saveDocument': (s) => saveDocumentSettings(db, s),
    'reminders.preview': ({ planId, roundId }) => owedByUnit(statusOf(planId, roundId)),
    'reminders.export': async ({ planId, roundId, newDueDate }) => {
      const p = plan(planId);
      const r = round(planId, roundId);
      const owed = owedByUnit(statusOf(planId, roundId));
      if (owed.length === 0) throw new AppError('INVALID_INPUT', `Kỳ "${r.label}": mọi đơn vị đã báo cáo đủ, không cần đôn đốc.`);
      const def = buildReminderDocument({ settings: loadDocumentSettings(db), plan: p, round: r, owed, newDueDate, issueDate: todayIso(now()) });
      const bytes = await renderPdf(def, { resourcesDir, creationDate: now() });
      const fileName = `Cong van don doc ${safeFilePart(p.number ?? 'ke hoach')} ${safeFilePart(r.label)}.pdf`;
      db.transaction(() => {
        for (const o of owed) logReminder(db, roundId, { unitCode: o.unit.code, reason: o.reason, dueDate: newDueDate, fileName, sentAt: stamp() });
        writeAudit(db, stamp(), 'remind', 'round', roundId, `${owed.length} đơn vị`);
      })();
      return { fileName, dataBase64: Buffer.from(bytes).toString('base64') };
    },
    'reminders.log': ({ planId, roundId }) => {
      round(planId, roundId);
      return listReminders(db, roundId);
    },
    'export.pdf': ({ planId, roundId }) => exportAs('pdf', planId, roundId),
    'export.docx': ({ planId, roundId }) => exportAs('docx', planId, roundId),
    'export.xlsx': ({ planId, roundId }) => exportAs('xlsx', planId, roundId),
  };

  for (const m of CATALOG_WRITES) {
    const inner = handlers[m] as (input: unknown) => unknown;
    (handlers as Record<string, (input: unknown) => unknown>)[m] = async (input: unknown) => {
      try {
        return await inner(input);
      } finally {
        catalog = null;
      }
    };
  }

  return {
    handlers,
    get db() {
      return db;
    },
    store,
    close: () => db.close(),
  };
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
  })();
  const plan = getPlan(db, id);
  if (!plan) throw new AppError('INTERNAL', 'Không đọc lại được kế hoạch vừa lưu.');
  return plan;
}

/** File names safe on Windows: no slashes from "31-KH/BTGTU". */
export function safeFilePart(s: string): string {
  return s.normalize('NFC').replace(/[\\/:*?"<>|]+/g, '-').replace(/\s+/g, ' ').trim();
}

function templateFileName(number: string | null, roundLabel: string, unitCode: string): string {
  return `Mau bao cao ${safeFilePart(number ?? 'ke hoach')} ${safeFilePart(roundLabel)} ${safeFilePart(unitCode)}.xlsx`;
}

function exportFileName(number: string | null, roundLabel: string, ext: 'pdf' | 'docx' | 'xlsx'): string {
  const what = ext === 'xlsx' ? 'Phu luc bao cao tong hop' : 'Bao cao tong hop';
  return `${what} ${safeFilePart(number ?? 'ke hoach')} ${safeFilePart(roundLabel)}.${ext}`;
}
