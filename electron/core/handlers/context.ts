// What every handler group shares: the open database (replaced on restore), the store, the clock,
// input reading under the door's policy, and lookups that fail with Vietnamese messages.
import type { FileInput, Plan, Round, StatusResult } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import { todayIso } from '../../../shared/dates';
import type { Db } from '../db/open';
import { getPlan } from '../db/plans';
import { currentStatuses, listReportsForStatus } from '../db/reports';
import { getRound } from '../db/rounds';
import { listUnits } from '../db/units';
import { readError } from '../files/read-error';
import type { FileStore } from '../files/store';
import type { Catalog } from '../imports/import-report';
import type { ParseRunner } from '../imports/parse-runner';
import { computeStatus } from '../reconcile/status';

export type ServiceContext = {
  readonly db: Db;
  /** Swap the database after a restore. */
  replaceDb(open: () => Db): void;
  store: FileStore;
  dbPath: string;
  resourcesDir: string;
  parse: ParseRunner;
  now: () => Date;
  stamp: () => string;
  catalog: () => Catalog;
  readInput(file: FileInput): Buffer;
  plan(planId: number): Plan;
  round(planId: number, roundId: number): Round;
  statusOf(planId: number, roundId: number): StatusResult;
};

export type ContextOptions = {
  db: Db;
  store: FileStore;
  dbPath: string;
  resourcesDir: string;
  parse: ParseRunner;
  now: () => Date;
  allowPaths: boolean;
  /** Reads a file the user named (node:fs, or a failing stand-in in reliability tests). */
  readFile: (path: string) => Buffer;
  loadCatalog: (db: Db) => Catalog;
};

export function createContext(o: ContextOptions): ServiceContext & { dropCatalog(): void } {
  let db = o.db;
  let catalog: Catalog | null = null;
  const ctx: ServiceContext & { dropCatalog(): void } = {
    get db() {
      return db;
    },
    replaceDb(open) {
      db.close();
      db = open();
      catalog = null;
    },
    store: o.store,
    dbPath: o.dbPath,
    resourcesDir: o.resourcesDir,
    parse: o.parse,
    now: o.now,
    stamp: () => o.now().toISOString(),
    // Readers consult every unit and plan for each file: kept between imports, dropped on any change to them.
    catalog: () => (catalog ??= o.loadCatalog(db)),
    dropCatalog: () => {
      catalog = null;
    },
    readInput(file) {
      if (file.dataBase64 !== undefined) return Buffer.from(file.dataBase64, 'base64');
      if (!o.allowPaths || file.path === undefined) throw new AppError('INVALID_INPUT', `Tệp ${file.name}: thiếu nội dung tệp.`);
      try {
        return o.readFile(file.path);
      } catch (e) {
        throw readError(file.name, e);
      }
    },
    plan(planId) {
      const p = getPlan(db, planId);
      if (!p) throw new AppError('NOT_FOUND', `Không tìm thấy kế hoạch mã ${planId}.`);
      return p;
    },
    round(planId, roundId) {
      const r = getRound(db, roundId);
      if (!r || r.planId !== planId) throw new AppError('NOT_FOUND', `Không tìm thấy kỳ báo cáo mã ${roundId} của kế hoạch ${planId}.`);
      return r;
    },
    statusOf(planId, roundId) {
      const p = ctx.plan(planId);
      const r = ctx.round(planId, roundId);
      // The previous round is the one due last before this one, for the change in totals.
      const prev = p.rounds.filter((x) => x.dueDate < r.dueDate).at(-1) ?? null;
      return computeStatus({
        plan: p,
        round: r,
        units: listUnits(db),
        reports: listReportsForStatus(db, roundId),
        statuses: currentStatuses(db, roundId),
        asOf: todayIso(o.now()),
        previous: prev ? { round: prev, reports: listReportsForStatus(db, prev.id) } : null,
      });
    },
  };
  return ctx;
}
