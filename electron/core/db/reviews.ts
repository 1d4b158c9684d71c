// The review queue: files waiting for a person to confirm unit, plan, round and values.
import type { EntryStatus, ReportNote, ReviewItem } from '../../../shared/domain';
import type { Db } from './open';
import { getScanInfo } from './scans';

export type NewReview = Omit<ReviewItem, 'id'>;

type ReviewRow = {
  id: number;
  file_sha: string;
  file_name: string;
  reader: string;
  reason: string;
  unit_code: string | null;
  unit_evidence: string;
  plan_id: number | null;
  round_id: number | null;
  report_number: string | null;
  report_date: string | null;
  received_at: string;
  created_at: string;
  source_row: string | null;
};

export function insertReview(db: Db, r: NewReview): number {
  const info = db
    .prepare(
      `INSERT INTO review_items (file_sha, file_name, reader, reason, unit_code, unit_evidence, plan_id, round_id, report_number, report_date, received_at, created_at, source_row)
       VALUES (@fileSha, @fileName, @reader, @reason, @unitCode, @unitEvidence, @planId, @roundId, @reportNumber, @reportDate, @receivedAt, @createdAt, @sourceRow)`,
    )
    .run({ ...r, sourceRow: r.sourceRow ?? null });
  const id = Number(info.lastInsertRowid);
  const addEntry = db.prepare(
    'INSERT INTO review_entries (review_id, ord, item_code, status, result_text, source, confidence) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  r.entries.forEach((e, i) => addEntry.run(id, i, e.itemCode, e.status, e.resultText, e.source, e.confidence));
  const addFigure = db.prepare('INSERT INTO review_figures (review_id, ord, indicator_key, value, source, cumulative) VALUES (?, ?, ?, ?, ?, ?)');
  r.figures.forEach((f, i) => addFigure.run(id, i, f.indicatorKey, f.value, f.source, f.cumulative ? 1 : 0));
  const addNote = db.prepare('INSERT INTO review_notes (review_id, ord, code, message, source) VALUES (?, ?, ?, ?, ?)');
  r.notes.forEach((n, i) => addNote.run(id, i, n.code, n.message, n.source));
  return id;
}

export function openReviewForFile(db: Db, sha: string): number | null {
  const r = db.prepare('SELECT id FROM review_items WHERE file_sha = ? AND resolved_at IS NULL').get(sha) as { id: number } | undefined;
  return r?.id ?? null;
}

export function listOpenReviews(db: Db): ReviewItem[] {
  const rows = db.prepare('SELECT * FROM review_items WHERE resolved_at IS NULL ORDER BY id').all() as ReviewRow[];
  return rows.map((r) => toReview(db, r));
}

export function getReview(db: Db, id: number): (ReviewItem & { resolved: boolean }) | null {
  const r = db.prepare('SELECT * FROM review_items WHERE id = ?').get(id) as (ReviewRow & { resolved_at: string | null }) | undefined;
  return r ? { ...toReview(db, r), resolved: r.resolved_at !== null } : null;
}

export function resolveReview(db: Db, id: number, at: string, resolution: 'accepted' | 'discarded', reportId: number | null): void {
  db.prepare('UPDATE review_items SET resolved_at = ?, resolution = ?, report_id = ? WHERE id = ?').run(at, resolution, reportId, id);
}

function toReview(db: Db, r: ReviewRow): ReviewItem {
  const entries = db
    .prepare('SELECT item_code, status, result_text, source, confidence FROM review_entries WHERE review_id = ? ORDER BY ord')
    .all(r.id) as { item_code: string; status: EntryStatus; result_text: string; source: string; confidence: number }[];
  const figures = db
    .prepare('SELECT indicator_key, value, source, cumulative FROM review_figures WHERE review_id = ? ORDER BY ord')
    .all(r.id) as { indicator_key: string; value: number; source: string; cumulative: number }[];
  const notes = db.prepare('SELECT code, message, source FROM review_notes WHERE review_id = ? ORDER BY ord').all(r.id) as ReportNote[];
  return {
    id: r.id,
    fileName: r.file_name,
    fileSha: r.file_sha,
    reader: r.reader,
    reason: r.reason,
    unitCode: r.unit_code,
    unitEvidence: r.unit_evidence,
    planId: r.plan_id,
    roundId: r.round_id,
    reportNumber: r.report_number,
    reportDate: r.report_date,
    receivedAt: r.received_at,
    createdAt: r.created_at,
    entries: entries.map((e) => ({ itemCode: e.item_code, status: e.status, resultText: e.result_text, source: e.source, confidence: e.confidence })),
    figures: figures.map((f) => ({ indicatorKey: f.indicator_key, value: f.value, source: f.source, ...(f.cumulative ? { cumulative: true } : {}) })),
    notes,
    sourceRow: r.source_row,
    scan: r.reader === 'scan' ? getScanInfo(db, r.file_sha) : null,
  };
}
