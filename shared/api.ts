// The one API contract: every method any door (Electron IPC, CLI, loopback bridge) serves,
// with the schemas that validate its input and output at that door.
import { z } from 'zod';
import {
  DocumentSettings,
  DraftSection,
  FileInput,
  FileOutput,
  ImportProgress,
  ImportResult,
  Plan,
  PlanDraft,
  PlanSummary,
  OwedItems,
  ReminderLogEntry,
  Report,
  ReviewDecision,
  ReviewItem,
  Round,
  ScanPageImage,
  RoundInput,
  StatusResult,
  Unit,
  UnitFamily,
  UnitRef,
  UnitImportWarning,
  UnitInput,
} from './domain';

const none = z.object({}).strict();
const planRef = z.object({ planId: z.number().int() });
const roundRef = z.object({ planId: z.number().int(), roundId: z.number().int() });
/** An export may carry the edited body and the registered number; without them the draft is used. */
const exportRef = roundRef.extend({ body: z.array(DraftSection).optional(), number: z.string().max(40).optional() });

export const apiContract = {
  'app.info': {
    input: none,
    output: z.object({
      version: z.string(),
      dataDir: z.string(),
      dbPath: z.string(),
      schemaVersion: z.number().int(),
      /** Things the specialist should know about the data folder (network share, …). */
      warnings: z.array(z.string()),
    }),
  },
  /** One file holding the database and every original. */
  'backup.create': { input: none, output: FileOutput },
  'backup.restore': {
    input: z.object({ file: FileInput }),
    output: z.object({ restoredFrom: z.string(), createdAt: z.string(), files: z.number().int(), previousKeptAs: z.string() }),
  },
  'units.list': { input: none, output: z.array(Unit) },
  'units.save': { input: UnitInput, output: Unit },
  'units.importTable': {
    input: z.object({ file: FileInput }),
    output: z.object({
      added: z.number().int(),
      updated: z.number().int(),
      units: z.array(Unit),
      /** Kind words the table of words does not know, and how their rows were grouped. */
      warnings: z.array(UnitImportWarning),
    }),
  },
  /** Rename a kind and set its family, for every unit of that kind. */
  'units.setKind': {
    input: z.object({ kind: z.string().min(1), label: z.string().trim().min(1, 'Tên loại không được để trống').max(200), family: UnitFamily }),
    output: z.array(Unit),
  },
  'plans.list': { input: none, output: z.array(PlanSummary) },
  'plans.get': { input: planRef, output: Plan },
  'plans.extract': { input: z.object({ file: FileInput }), output: PlanDraft },
  'plans.create': { input: z.object({ draft: PlanDraft }), output: Plan },
  /** Edit a saved plan: items and indicators matched by code/key, so filed reports stay attached. */
  'plans.update': { input: planRef.extend({ draft: PlanDraft }), output: Plan },
  'plans.addRound': { input: planRef.extend({ round: RoundInput }), output: Round },
  /** A figure units report that the plan does not name ("số liệu khác") becomes one of the plan's own. */
  'plans.adoptIndicator': { input: planRef.extend({ key: z.string().min(1) }), output: Plan },
  /**
   * The directory units each assignee of each item gives, among those active in the round (the
   * plan's latest round when none is named; before any round, the units not dissolved today).
   */
  'plans.assigneeUnits': {
    input: planRef.extend({ roundId: z.number().int().optional() }),
    output: z.object({
      round: z.object({ id: z.number().int(), label: z.string() }).nullable(),
      items: z.array(z.object({ itemCode: z.string(), assignees: z.array(z.object({ label: z.string(), units: z.array(UnitRef) })) })),
    }),
  },
  'templates.generate': {
    input: roundRef.extend({ unitCode: z.string() }),
    output: FileOutput,
  },
  /** Every expected unit's template for the round, as one zip. */
  'templates.generateAll': { input: roundRef, output: FileOutput.extend({ count: z.number().int() }) },
  'reports.import': {
    input: z.object({
      file: FileInput,
      planId: z.number().int().optional(),
      roundId: z.number().int().optional(),
      /** Correct the received date (default: the import day). */
      receivedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
      /** A name of the caller's choosing under which reports.progress tells how far reading has got. */
      progressKey: z.string().min(1).max(64).optional(),
    }),
    output: ImportResult,
  },
  /** While reports.import with this progressKey runs: the scan page being read (null otherwise). */
  'reports.progress': { input: z.object({ progressKey: z.string().min(1).max(64) }), output: ImportProgress.nullable() },
  'reports.list': { input: roundRef, output: z.array(Report) },
  /** Correct the received date (default: the import day); the report's own date stays beside it. */
  'reports.setReceivedAt': {
    input: roundRef.extend({ reportId: z.number().int(), receivedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }),
    output: Report,
  },
  'reviews.list': { input: none, output: z.array(ReviewItem) },
  'reviews.accept': { input: ReviewDecision, output: ImportResult },
  /** A page image of a review item's scanned original, to check the values against. */
  'reviews.page': { input: z.object({ id: z.number().int(), page: z.number().int().min(1) }), output: ScanPageImage },
  'reviews.discard': { input: z.object({ id: z.number().int() }), output: z.object({ id: z.number().int() }) },
  /** Chốt số liệu: later imports for a locked round go to review instead of changing its figures. */
  'rounds.setLocked': { input: roundRef.extend({ locked: z.boolean() }), output: Round },
  'status.get': { input: roundRef, output: StatusResult },
  'settings.getDocument': { input: none, output: DocumentSettings },
  'settings.saveDocument': { input: DocumentSettings, output: DocumentSettings },
  /** The body drafted from the data, for the specialist to edit before exporting. */
  'export.draft': { input: roundRef, output: z.array(DraftSection) },
  'export.pdf': { input: exportRef, output: FileOutput },
  'export.docx': { input: exportRef, output: FileOutput },
  'export.xlsx': { input: exportRef, output: FileOutput },
  /** Who still owes what for the round (missing or incomplete reports). */
  'reminders.preview': { input: roundRef, output: z.array(OwedItems) },
  /** The công văn đôn đốc as PDF; every unit it names is logged as reminded. */
  'reminders.export': {
    input: roundRef.extend({ newDueDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), format: z.enum(['pdf', 'docx']).default('pdf') }),
    output: FileOutput,
  },
  'reminders.log': { input: roundRef, output: z.array(ReminderLogEntry) },
} as const;

export type ApiContract = typeof apiContract;
export type ApiMethod = keyof ApiContract;
export type ApiInput<M extends ApiMethod> = z.input<ApiContract[M]['input']>;
export type ApiOutput<M extends ApiMethod> = z.output<ApiContract[M]['output']>;

/** The Node side implements exactly this table; a missing or extra method fails the type check. */
export type ApiHandlers = {
  [M in ApiMethod]: (input: z.output<ApiContract[M]['input']>) => Promise<ApiOutput<M>> | ApiOutput<M>;
};

export type ApiError = { code: string; message: string };
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** What the renderer calls: window.api in Electron, the bridge client in a browser. */
export type ApiClient = <M extends ApiMethod>(method: M, input: ApiInput<M>) => Promise<ApiOutput<M>>;

export const API_METHODS = Object.keys(apiContract) as ApiMethod[];

export function isApiMethod(name: string): name is ApiMethod {
  return Object.prototype.hasOwnProperty.call(apiContract, name);
}
