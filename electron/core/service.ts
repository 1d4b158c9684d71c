// The engine behind the contract: one handler per API method, on one database. The handler groups
// live in handlers/; this file opens what they share and checks the table is complete.
import type { ApiHandlers } from '../../shared/api';
import { allStoredShas } from './db/files';
import { openDatabase } from './db/open';
import type { Db } from './db/open';
import type { WriteFs } from './files/fs-port';
import { FileStore } from './files/store';
import { appHandlers } from './handlers/app-handlers';
import { createContext } from './handlers/context';
import { outputHandlers } from './handlers/output-handlers';
import { planHandlers } from './handlers/plan-handlers';
import { reportHandlers } from './handlers/report-handlers';
import { unitHandlers } from './handlers/unit-handlers';
import { loadCatalog } from './imports/import-report';
import { defaultParser } from './imports/parse-runner';
import type { ParseRunner } from './imports/parse-runner';
import { defaultResourcesDir } from './paths';

export { safeFilePart } from './handlers/file-names';

export type ServiceOptions = {
  dbPath: string;
  /** Where fonts and samples live (Electron passes its packaged path). */
  resourcesDir?: string;
  /** Whether FileInput.path may be used (true for CLI and Electron, false for the browser bridge). */
  allowPaths?: boolean;
  now?: () => Date;
  /** How report files are parsed (default: a worker thread with limits when the build has one). */
  parse?: ParseRunner;
  /** File system under the content store (default: node:fs); reliability tests inject failures here. */
  fs?: WriteFs;
};

/** Methods that change units or plans, after which the readers' catalog is reloaded. */
const CATALOG_WRITES = ['units.save', 'units.importTable', 'units.setKind', 'plans.create', 'plans.update', 'plans.addRound', 'plans.adoptIndicator', 'rounds.setLocked', 'backup.restore'] as const;

export type Service = { handlers: ApiHandlers; readonly db: Db; readonly store: FileStore; close(): void };

export function createService(opts: ServiceOptions): Service {
  const now = opts.now ?? (() => new Date());
  const db = openDatabase(opts.dbPath, { now });
  const store = new FileStore(`${opts.dbPath}-files`, opts.fs);
  // Originals written by an import that never committed are removed here (see FileStore).
  store.sweep(allStoredShas(db));
  const ctx = createContext({
    db,
    store,
    dbPath: opts.dbPath,
    resourcesDir: opts.resourcesDir ?? defaultResourcesDir(),
    parse: opts.parse ?? defaultParser(),
    now,
    allowPaths: opts.allowPaths ?? true,
    loadCatalog,
  });

  // A missing or extra method fails the type check here.
  const handlers: ApiHandlers = {
    ...appHandlers(ctx),
    ...unitHandlers(ctx),
    ...planHandlers(ctx),
    ...reportHandlers(ctx),
    ...outputHandlers(ctx),
  };
  for (const m of CATALOG_WRITES) {
    const inner = handlers[m] as (input: unknown) => unknown;
    (handlers as Record<string, (input: unknown) => unknown>)[m] = async (input: unknown) => {
      try {
        return await inner(input);
      } finally {
        ctx.dropCatalog();
      }
    };
  }

  return {
    handlers,
    get db() {
      return ctx.db;
    },
    store,
    close: () => ctx.db.close(),
  };
}
