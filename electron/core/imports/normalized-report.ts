// What every reader produces: a report read from a file, not yet written to the database.
// Detected fields carry their evidence and a confidence so weak guesses go to review, not in silently.
import type { EntryStatus, Plan, ScanBox, ScanPageInfo, Unit } from '../../../shared/domain';

export type ReaderName = 'template' | 'xlsx' | 'docx' | 'pdf' | 'doc' | 'xls' | 'text' | 'html' | 'xml2003' | 'csv' | 'scan';

/** A guess with where it came from ("tiêu đề: HUYỆN ỦY PHÚ GIÁO", "tên tệp") and how sure, 0..1. */
export type Detected<T> = T & { evidence: string; confidence: number };

export type NormalizedReport = {
  reader: ReaderName;
  unit: Detected<{ code: string | null; name: string | null }>;
  plan: Detected<{ id: number | null; number: string | null }>;
  round: Detected<{ id: number | null; label: string | null }>;
  /** "45-BC/HU" as written, when the report has one. */
  reportNumber: string | null;
  reportDate: string | null;
  /** Numbers of earlier reports this one says it replaces ("thay thế Báo cáo số 512-BC/ĐU"). */
  replaces: string[];
  /** `source` says where each value was read: "Sheet1!C12", "đoạn 14", "bảng 2, dòng 3". */
  entries: { itemCode: string; status: EntryStatus; resultText: string; source: string; confidence: number }[];
  figures: { indicatorKey: string; value: number; source: string; cumulative?: boolean }[];
  /** What needs a person's decision before the report counts: the file goes to review. */
  warnings: string[];
  /** What a person should know but need not decide (a "Tổng cộng" row that does not add up, …): kept with the report. */
  notes: ReportNote[];
  /** A scan read by OCR: the page images it was read from and where each value sits on them. */
  scan?: ScanReading;
  /**
   * A table with a row per unit: each row is one unit's report (plan, round, number and date are the
   * file's); the file's own unit, entries and figures are then empty.
   */
  unitRows?: UnitRowReading[];
};

/** One unit's row of a multi-unit table; `source` is the cell naming the unit ("BC!B7"). */
export type UnitRowReading = {
  label: string;
  source: string;
  unit: Detected<{ code: string | null; name: string | null }>;
  figures: NormalizedReport['figures'];
};

/** A page of a scan as read: the straightened page (JPEG) a person checks the values against. */
export type ScanPageImage = ScanPageInfo & { mime: 'image/jpeg'; image: Uint8Array; seconds: number };
export type ScanReading = { pages: ScanPageImage[]; boxes: ScanBox[] };

/** A reader's remark on a report, with a stable code ("TOTAL_MISMATCH") and where it was seen. */
export type ReportNote = { code: string; message: string; source: string };

/** What readers may consult to recognise unit, plan, round, items and figures. Read-only data. */
export type ReaderContext = {
  units: Unit[];
  plans: Plan[];
  /** Plan and round the user chose, if any: a strong hint, never a reason to skip checks. */
  planId?: number;
  roundId?: number;
};

/** Below this, a detected field sends the file to the review queue. */
export const REVIEW_THRESHOLD = 0.75;

export function certain<T>(value: T, evidence: string): Detected<T> {
  return { ...value, evidence, confidence: 1 };
}
