// Domain schemas and types shared by every door (IPC, CLI, bridge) and the renderer.
// Pure: no Node or DOM imports.
import { z } from 'zod';

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD');

/**
 * Families of units: the app's own grouping, used to resolve group assignees ("các huyện ủy,
 * thành ủy…"). A unit's kind is the office's own word for it (data); its family is where that
 * word falls (shared/unit-kind-words.json says which words go where).
 */
export const UNIT_FAMILIES = [
  'huyen-uy', // huyện ủy, thị ủy, thành ủy (before 07/2025)
  'dang-uy-xa', // đảng ủy xã, phường, thị trấn, đặc khu
  'co-so', // chi bộ, đảng bộ cơ sở
  'dang-uy-truc-thuoc', // đảng ủy khối, đảng ủy trực thuộc tỉnh ủy
  'ban-dang', // cơ quan tham mưu, giúp việc: ban đảng, văn phòng, ủy ban kiểm tra
  'dang-doan-bcs', // đảng đoàn, ban cán sự đảng
  'mttq-doan-the', // Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội
  'hoi-quan-chung', // tổ chức hữu nghị, hội quần chúng
  'bao-chi', // cơ quan báo chí, thông tin đại chúng
  'so-nganh', // sở, ban, ngành
  'khac',
] as const;
export const UnitFamily = z.enum(UNIT_FAMILIES);
export type UnitFamily = z.infer<typeof UnitFamily>;

export const UnitRef = z.object({ code: z.string(), name: z.string() });
export type UnitRef = z.infer<typeof UnitRef>;

export const Unit = z.object({
  code: z.string().min(1),
  name: z.string().min(1),
  /** The kind as the office wrote it ("Đảng ủy trực thuộc Tỉnh ủy"). */
  kind: z.string().min(1),
  family: UnitFamily,
  parentCode: z.string().nullable(),
  aliases: z.array(z.string()),
  validFrom: isoDate.nullable(),
  validTo: isoDate.nullable(),
  mergedInto: z.string().nullable(),
});
export type Unit = z.infer<typeof Unit>;

/** A unit as a door hands it in: without a family, the kind's words decide it. */
export const UnitInput = Unit.extend({ family: UnitFamily.optional() });
export type UnitInput = z.infer<typeof UnitInput>;

/** Something to look at after a directory import: the rows it concerns, in the office's words. */
export const UnitImportWarning = z.object({ rows: z.array(z.number().int()), message: z.string() });
export type UnitImportWarning = z.infer<typeof UnitImportWarning>;

export const Recurrence = z.enum(['once', 'monthly', 'quarterly', 'half-yearly', 'yearly', 'half-yearly-and-yearly']);
export type Recurrence = z.infer<typeof Recurrence>;

export const Deadline = z.object({
  /** The words as written in the plan ("quý II năm 2019"). */
  text: z.string(),
  /** The last day it allows, when the words name one. */
  date: isoDate.nullable(),
  recurrence: Recurrence,
});
export type Deadline = z.infer<typeof Deadline>;

export const Assignee = z.object({
  /** As written ("Các huyện ủy, thành ủy, đảng ủy trực thuộc"). */
  label: z.string(),
  /** A single unit of the directory, when the words name one. */
  unitCode: z.string().nullable(),
  /** A group of units by family, when the words name a group (the name is kept for stable JSON). */
  unitKinds: z.array(UnitFamily),
});
export type Assignee = z.infer<typeof Assignee>;

export const PlanItemKind = z.enum(['section', 'context', 'task']);
export type PlanItemKind = z.infer<typeof PlanItemKind>;

export const PlanItem = z.object({
  code: z.string().min(1),
  parentCode: z.string().nullable(),
  level: z.number().int().min(0),
  kind: PlanItemKind,
  text: z.string(),
  assignees: z.array(Assignee),
  deadline: Deadline.nullable(),
  /** Set when the extractor could not tell who or when: a person must look. */
  flags: z.array(z.string()),
});
export type PlanItem = z.infer<typeof PlanItem>;

export const Indicator = z.object({
  key: z.string().regex(/^[a-z0-9_]+$/),
  name: z.string().min(1),
  /** Đơn vị tính: "hội nghị", "lượt người", "tin, bài". */
  measure: z.string(),
  synonyms: z.array(z.string()),
  /** 'reports': units report it though the plan does not name it ("số liệu khác"); absent = the plan's own. */
  origin: z.enum(['plan', 'reports']).optional(),
});
export type Indicator = z.infer<typeof Indicator>;

export const RoundInput = z.object({
  label: z.string().min(1),
  periodFrom: isoDate.nullable(),
  periodTo: isoDate.nullable(),
  dueDate: isoDate,
});
export type RoundInput = z.infer<typeof RoundInput>;

export const Round = RoundInput.extend({
  id: z.number().int(),
  planId: z.number().int(),
  locked: z.boolean(),
  /** The report that came in last (latest received, then latest imported); absent when none has. */
  latestReport: z.object({ id: z.number().int(), receivedAt: isoDate }).optional(),
});
export type Round = z.infer<typeof Round>;

export const PlanMeta = z.object({
  docType: z.string().nullable(),
  number: z.string().nullable(),
  place: z.string().nullable(),
  issuedDate: isoDate.nullable(),
  issuer: z.string().nullable(),
  superiorIssuer: z.string().nullable(),
  title: z.string(),
  cites: z.array(z.string()),
  recipients: z.array(z.string()),
  signer: z.string().nullable(),
});
export type PlanMeta = z.infer<typeof PlanMeta>;

/** What the extractor proposes and what the plan screen edits before saving. */
export const PlanDraft = PlanMeta.extend({
  items: z.array(PlanItem),
  rounds: z.array(RoundInput),
  indicators: z.array(Indicator),
  sourceText: z.string(),
});
export type PlanDraft = z.infer<typeof PlanDraft>;

export const Plan = PlanMeta.extend({
  id: z.number().int(),
  items: z.array(PlanItem),
  rounds: z.array(Round),
  indicators: z.array(Indicator),
  createdAt: z.string(),
});
export type Plan = z.infer<typeof Plan>;

export const PlanSummary = z.object({
  id: z.number().int(),
  number: z.string().nullable(),
  title: z.string(),
  issuedDate: isoDate.nullable(),
  itemCount: z.number().int(),
  roundCount: z.number().int(),
});
export type PlanSummary = z.infer<typeof PlanSummary>;

export const EntryStatus = z.enum(['done', 'in_progress', 'not_done']);
export type EntryStatus = z.infer<typeof EntryStatus>;

export const ReportEntry = z.object({
  itemCode: z.string(),
  status: EntryStatus,
  resultText: z.string(),
  /** Where the value was read: "Báo cáo!C12". */
  source: z.string(),
});
export type ReportEntry = z.infer<typeof ReportEntry>;

export const ReportFigure = z.object({
  indicatorKey: z.string(),
  value: z.number(),
  source: z.string(),
  /** "Lũy kế từ đầu năm": the period's own value is derived against the previous round. */
  cumulative: z.boolean().optional(),
});
export type ReportFigure = z.infer<typeof ReportFigure>;

/** A reader's remark kept with a report: a total that does not add up, a value given twice, … */
export const ReportNote = z.object({ code: z.string(), message: z.string(), source: z.string() });
export type ReportNote = z.infer<typeof ReportNote>;

export const StoredFile = z.object({
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  originalName: z.string(),
  size: z.number().int(),
  format: z.string(),
  storedAt: z.string(),
});
export type StoredFile = z.infer<typeof StoredFile>;

export const Report = z.object({
  id: z.number().int(),
  unit: UnitRef,
  planId: z.number().int(),
  roundId: z.number().int(),
  file: StoredFile,
  reader: z.string(),
  /** "386-BC/TU" as the report writes it. */
  reportNumber: z.string().nullable(),
  reportDate: isoDate.nullable(),
  receivedAt: isoDate,
  supersededBy: z.number().int().nullable(),
  entries: z.array(ReportEntry),
  figures: z.array(ReportFigure),
  notes: z.array(ReportNote),
  /** Read from one row of a table of several units: the cell naming the unit ("BC!B7"). */
  sourceRow: z.string().nullable().optional(),
});
export type Report = z.infer<typeof Report>;

export const ImportOutcome = z.enum(['imported', 'duplicate', 'superseded', 'review', 'rejected']);
export type ImportOutcome = z.infer<typeof ImportOutcome>;

export const ApiErrorShape = z.object({ code: z.string(), message: z.string() });
export type ApiErrorShape = z.infer<typeof ApiErrorShape>;

/** One line of `import --json`; the shape is documented in the README and stable. */
export const ImportResult = z.object({
  file: z.string(),
  outcome: ImportOutcome,
  unit: UnitRef.nullable(),
  plan: z.object({ id: z.number().int(), number: z.string().nullable() }).nullable(),
  round: z.object({ id: z.number().int(), label: z.string() }).nullable(),
  error: ApiErrorShape.nullable(),
  reportId: z.number().int().nullable(),
  /** A table of several units: what became of each unit's row (the file's outcome sums them up). */
  rows: z
    .array(
      z.object({
        source: z.string(),
        label: z.string(),
        unit: UnitRef.nullable(),
        outcome: ImportOutcome,
        reportId: z.number().int().nullable(),
        error: ApiErrorShape.nullable(),
      }),
    )
    .optional(),
});
export type ImportResult = z.infer<typeof ImportResult>;
export type ImportRowResult = NonNullable<ImportResult['rows']>[number];

export const CellStatus = z.enum(['done', 'in_progress', 'not_done', 'not_reported', 'not_assigned']);
export type CellStatus = z.infer<typeof CellStatus>;

const CELL_STATUSES: ReadonlySet<unknown> = new Set(CellStatus.options);
/**
 * One matrix row's statuses by item code. Checked in one pass, not key by key through z.record: a
 * 200 × 80 round has 16 000 of them, and the generic check cost more than computing the status.
 */
export const CellStatusRecord = z.custom<Record<string, CellStatus>>(
  (v) => typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every((s) => CELL_STATUSES.has(s)),
  { message: 'Trạng thái của ô không hợp lệ' },
);

/** Vietnamese task follow-up classes for a unit in a round. */
export const DeadlineClass = z.enum(['dung_han', 'qua_han', 'chua_den_han', 'qua_han_chua_bao_cao']);
export type DeadlineClass = z.infer<typeof DeadlineClass>;

export const UnitStatus = z.object({
  unit: UnitRef,
  /** The unit's kind as the directory words it. */
  kind: z.string(),
  deadlineClass: DeadlineClass,
  /** Reported, but some assigned items have no entry: "báo cáo thiếu nội dung". */
  incomplete: z.boolean(),
  missingItems: z.array(z.string()),
  reportId: z.number().int().nullable(),
  fileName: z.string().nullable(),
  /** When the first report arrived (decides timeliness), and the date the report itself bears. */
  receivedAt: isoDate.nullable(),
  reportDate: isoDate.nullable(),
});
export type UnitStatus = z.infer<typeof UnitStatus>;

export const KindRates = z.object({
  kind: z.string(),
  expected: z.number().int(),
  reported: z.number().int(),
  onTime: z.number().int(),
  completeness: z.number(),
  timeliness: z.number(),
});
export type KindRates = z.infer<typeof KindRates>;

export const StatusWarning = z.object({
  code: z.string(),
  message: z.string(),
  unit: UnitRef.nullable(),
  source: z.string().nullable(),
});
export type StatusWarning = z.infer<typeof StatusWarning>;

export const StatusResult = z.object({
  plan: z.object({ id: z.number().int(), number: z.string().nullable(), title: z.string() }),
  round: z.object({ id: z.number().int(), label: z.string(), dueDate: isoDate }),
  expected: z.array(UnitRef),
  reported: z.array(UnitRef),
  missing: z.array(UnitRef),
  late: z.array(UnitRef),
  rates: z.object({ completeness: z.number(), timeliness: z.number() }),
  totals: z.record(z.string(), z.number()),
  indicators: z.array(Indicator),
  items: z.array(z.object({ code: z.string(), text: z.string() })),
  matrix: z.array(
    z.object({
      unit: UnitRef,
      items: CellStatusRecord,
      /** The report the row comes from: its entries (reports.list) say where each status was read. */
      reportId: z.number().int().nullable(),
    }),
  ),
  /** The day "chưa đến hạn" is judged against. */
  asOf: isoDate,
  units: z.array(UnitStatus),
  byKind: z.array(KindRates),
  totalsByKind: z.record(z.string(), z.record(z.string(), z.number())),
  previousRound: z.object({ id: z.number().int(), label: z.string() }).nullable(),
  previousTotals: z.record(z.string(), z.number()).nullable(),
  warnings: z.array(StatusWarning),
});
export type StatusResult = z.infer<typeof StatusResult>;

/** Bytes that cross a door: a path on the Node side, base64 from a browser. */
export const FileInput = z
  .object({
    name: z.string().min(1),
    path: z.string().min(1).optional(),
    dataBase64: z.string().optional(),
  })
  .refine((f) => f.path !== undefined || f.dataBase64 !== undefined, { message: 'Thiếu nội dung tệp' });
export type FileInput = z.infer<typeof FileInput>;

export const FileOutput = z.object({ fileName: z.string(), dataBase64: z.string() });
export type FileOutput = z.infer<typeof FileOutput>;

export const DocumentSettings = z.object({
  superiorIssuer: z.string(),
  issuer: z.string(),
  numberPrefix: z.string(),
  place: z.string(),
  signerCapacity: z.string(),
  signerTitle: z.string(),
  signerName: z.string(),
  recipients: z.array(z.string()),
});
export type DocumentSettings = z.infer<typeof DocumentSettings>;

/** Which value of a report a box on a scanned page shows. */
export const ScanField = z.enum(['unit', 'number', 'date', 'entry', 'figure']);
export type ScanField = z.infer<typeof ScanField>;

/**
 * Where on a scanned page a value was read: `key` is the item code or indicator key (empty for the
 * unit, number and date); x, y, w, h are fractions of the page; `text` is what OCR read there.
 */
export const ScanBox = z.object({
  field: ScanField,
  key: z.string(),
  page: z.number().int(),
  x: z.number(),
  y: z.number(),
  w: z.number(),
  h: z.number(),
  text: z.string(),
  confidence: z.number(),
});
export type ScanBox = z.infer<typeof ScanBox>;

/** A scanned original's pages as read (the images come one by one from reviews.page). */
export const ScanPageInfo = z.object({ page: z.number().int(), width: z.number().int(), height: z.number().int(), confidence: z.number(), skewDeg: z.number() });
export type ScanPageInfo = z.infer<typeof ScanPageInfo>;

export const ScanInfo = z.object({ pages: z.array(ScanPageInfo), boxes: z.array(ScanBox) });
export type ScanInfo = z.infer<typeof ScanInfo>;

/** How far the reading of a file being imported has got: the page of a scan being read by OCR. */
export const ImportProgress = z.object({ stage: z.literal('ocr'), page: z.number().int(), pages: z.number().int() });
export type ImportProgress = z.infer<typeof ImportProgress>;

/** One page image of a scanned original. */
export const ScanPageImage = z.object({ page: z.number().int(), mime: z.string(), dataBase64: z.string(), width: z.number().int(), height: z.number().int() });
export type ScanPageImage = z.infer<typeof ScanPageImage>;

/** A file read with too little certainty (or for a locked round), waiting for a person. */
export const ReviewItem = z.object({
  id: z.number().int(),
  fileName: z.string(),
  fileSha: z.string(),
  reader: z.string(),
  reason: z.string(),
  unitCode: z.string().nullable(),
  unitEvidence: z.string(),
  planId: z.number().int().nullable(),
  roundId: z.number().int().nullable(),
  reportNumber: z.string().nullable(),
  reportDate: isoDate.nullable(),
  receivedAt: isoDate,
  createdAt: z.string(),
  entries: z.array(ReportEntry.extend({ confidence: z.number() })),
  figures: z.array(ReportFigure),
  notes: z.array(ReportNote),
  /** Read from one row of a table of several units: the cell naming the unit ("BC!B7"). */
  sourceRow: z.string().nullable().optional(),
  /** A scan: its pages and where each value was read on them. */
  scan: ScanInfo.nullable().optional(),
});
export type ReviewItem = z.infer<typeof ReviewItem>;

/** What the specialist confirms when accepting a review item. */
export const ReviewDecision = z.object({
  id: z.number().int(),
  unitCode: z.string().min(1),
  planId: z.number().int(),
  roundId: z.number().int(),
  reportDate: isoDate.nullable(),
  receivedAt: isoDate,
  /** The report's number as corrected (a scan's may be misread); the one read is kept when absent. */
  reportNumber: z.string().trim().max(60).nullable().optional(),
  entries: z.array(ReportEntry),
  figures: z.array(ReportFigure),
});
export type ReviewDecision = z.infer<typeof ReviewDecision>;

export const OwedItems = z.object({
  unit: UnitRef,
  reason: z.enum(['missing', 'incomplete']),
  items: z.array(z.object({ code: z.string(), text: z.string() })),
});
export type OwedItems = z.infer<typeof OwedItems>;

export const ReminderLogEntry = z.object({
  unitCode: z.string(),
  reason: z.enum(['missing', 'incomplete']),
  dueDate: isoDate,
  fileName: z.string(),
  sentAt: z.string(),
});
export type ReminderLogEntry = z.infer<typeof ReminderLogEntry>;

/** One part of the consolidated report's body as the specialist edits it; empty heading = opening paragraph. */
export const DraftSection = z.object({ heading: z.string(), paragraphs: z.array(z.string()) });
export type DraftSection = z.infer<typeof DraftSection>;
