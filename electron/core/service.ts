// The engine behind the contract: one handler per API method, on one database. The handler groups
// live in handlers/; this file opens what they share and checks the table is complete.
import type { ApiHandlers } from '../../shared/api';
import { allStoredShas } from './db/files';
import { openDatabase } from './db/open';
import type { Db } from './db/open';
import { realFs } from './files/fs-port';
import type { WriteFs } from './files/fs-port';
import { FileStore } from './files/store';
import { appHandlers } from './handlers/app-handlers';
import { createContext } from './handlers/context';
import { outputHandlers } from './handlers/output-handlers';
import { planHandlers } from './handlers/plan-handlers';
import { reportHandlers } from './handlers/report-handlers';
import { unitHandlers } from './handlers/unit-handlers';
import { loadCatalog } from './imports/import-report';
import { workerPool } from './imports/parse-runner';
import type { ParseRunner } from './imports/parse-runner';
import type { InstallLayout } from './paths';

export { safeFilePart } from './handlers/file-names';

/** What the door that starts the engine hands in besides the database: it knows the install layout. */
export type EngineOptions = {
  /** fonts/, calendar/, samples/: the InstallLayout's resourcesDir. */
  resourcesDir: string;
  /** How report files are parsed: the layout's worker (engineFor), or in-process in reader tests. */
  parse: ParseRunner;
};

/** The engine as installed: resources from the layout, report files parsed in its worker threads. */
export function engineFor(layout: Pick<InstallLayout, 'resourcesDir' | 'workerFile'>): EngineOptions {
  return { resourcesDir: layout.resourcesDir, parse: workerPool(layout.workerFile) };
}

export type ServiceOptions = EngineOptions & {
  dbPath: string;
  /** Whether FileInput.path may be used (true for CLI and Electron, false for the browser bridge). */
  allowPaths?: boolean;
  now?: () => Date;
  /** File system under the content store and for files the user names (default: node:fs); reliability tests inject failures here. */
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
    resourcesDir: opts.resourcesDir,
    parse: opts.parse,
    now,
    allowPaths: opts.allowPaths ?? true,
    readFile: (p) => (opts.fs ?? realFs).readFileSync(p),
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
