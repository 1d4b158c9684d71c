// Imported reports with their item entries and figures.
import type { EntryStatus, Report, ReportNote } from '../../../shared/domain';
import type { Db } from './open';
import { toStoredFile } from './files';

export type NewReport = {
  unitId: number;
  planId: number;
  roundId: number;
  fileSha: string;
  reader: string;
  reportNumber: string | null;
  reportDate: string | null;
  receivedAt: string;
  importedAt: string;
  entries: { itemId: number; status: EntryStatus; resultText: string; source: string }[];
  figures: { indicatorId: number; value: number; source: string; cumulative?: boolean }[];
  notes: ReportNote[];
  /** The row of a table of several units it was read from ("BC!B7"). */
  sourceRow?: string | null;
};

/** Insert a report and its rows; call inside a transaction. */
export function insertReport(db: Db, r: NewReport): number {
  const info = db
    .prepare(
      `INSERT INTO reports (unit_id, plan_id, round_id, file_sha, reader, report_number, report_date, received_at, imported_at, source_row)
       VALUES (@unitId, @planId, @roundId, @fileSha, @reader, @reportNumber, @reportDate, @receivedAt, @importedAt, @sourceRow)`,
    )
    .run({
      unitId: r.unitId,
      planId: r.planId,
      roundId: r.roundId,
      fileSha: r.fileSha,
      reader: r.reader,
      reportNumber: r.reportNumber,
      reportDate: r.reportDate,
      receivedAt: r.receivedAt,
      importedAt: r.importedAt,
      sourceRow: r.sourceRow ?? null,
    });
  const id = Number(info.lastInsertRowid);
  const addEntry = db.prepare(
    'INSERT INTO report_entries (report_id, item_id, status, result_text, source) VALUES (?, ?, ?, ?, ?)',
  );
  for (const e of r.entries) addEntry.run(id, e.itemId, e.status, e.resultText, e.source);
  const addFigure = db.prepare('INSERT INTO report_figures (report_id, indicator_id, value, source, cumulative) VALUES (?, ?, ?, ?, ?)');
  for (const f of r.figures) addFigure.run(id, f.indicatorId, f.value, f.source, f.cumulative ? 1 : 0);
  const addNote = db.prepare('INSERT INTO report_notes (report_id, ord, code, message, source) VALUES (?, ?, ?, ?, ?)');
  r.notes.forEach((n, i) => addNote.run(id, i, n.code, n.message, n.source));
  return id;
}

/** Another file holding a report already filed (its signed PDF, a re-save): kept, counted once. */
export function insertCopy(db: Db, c: { fileSha: string; reportId: number; receivedAt: string; addedAt: string }): void {
  db.prepare('INSERT INTO report_copies (file_sha, report_id, received_at, added_at) VALUES (?, ?, ?, ?)').run(c.fileSha, c.reportId, c.receivedAt, c.addedAt);
}

/** The unit's reports with this number and date, in any round, with their figures and entries. */
export function findSameReports(db: Db, unitId: number, reportNumber: string, reportDate: string | null): Pick<Report, 'id' | 'figures' | 'entries'>[] {
  const ids = db.prepare('SELECT id FROM reports WHERE unit_id = ? AND report_number = ? AND report_date IS ? ORDER BY id').all(unitId, reportNumber, reportDate) as { id: number }[];
  const figures = db.prepare('SELECT i.key, f.value FROM report_figures f JOIN indicators i ON i.id = f.indicator_id WHERE f.report_id = ?');
  const entries = db.prepare('SELECT i.code, e.status FROM report_entries e JOIN plan_items i ON i.id = e.item_id WHERE e.report_id = ?');
  return ids.map(({ id }) => ({
    id,
    figures: (figures.all(id) as { key: string; value: number }[]).map((f) => ({ indicatorKey: f.key, value: f.value, source: '' })),
    entries: (entries.all(id) as { code: string; status: EntryStatus }[]).map((e) => ({ itemCode: e.code, status: e.status, resultText: '', source: '' })),
  }));
}

/** The unit's reports of a round, with what tells one report from another. */
export function reportsOfUnitInRound(db: Db, unitId: number, roundId: number): { id: number; reportNumber: string | null; reportDate: string | null; current: boolean }[] {
  return (
    db
      .prepare('SELECT id, report_number, report_date, superseded_by FROM reports WHERE unit_id = ? AND round_id = ? ORDER BY id')
      .all(unitId, roundId) as { id: number; report_number: string | null; report_date: string | null; superseded_by: number | null }[]
  ).map((r) => ({ id: r.id, reportNumber: r.report_number, reportDate: r.report_date, current: r.superseded_by === null }));
}

/** The report of this unit in this round that nothing supersedes yet. */
export function findCurrentReportId(db: Db, unitId: number, roundId: number): number | null {
  const r = db
    .prepare('SELECT id FROM reports WHERE unit_id = ? AND round_id = ? AND superseded_by IS NULL ORDER BY id DESC LIMIT 1')
    .get(unitId, roundId) as { id: number } | undefined;
  return r?.id ?? null;
}

export function markSuperseded(db: Db, oldId: number, newId: number): void {
  db.prepare('UPDATE reports SET superseded_by = ? WHERE id = ?').run(newId, oldId);
}

/** The report these bytes were filed as, or are a copy of. */
/** The report read from this row of a file of several units' rows. */
export function reportIdForFileRow(db: Db, sha: string, row: string): number | null {
  const r = db.prepare('SELECT id FROM reports WHERE file_sha = ? AND source_row = ? ORDER BY id LIMIT 1').get(sha, row) as { id: number } | undefined;
  return r?.id ?? null;
}

export function reportIdForFile(db: Db, sha: string): number | null {
  const r = db.prepare('SELECT id FROM reports WHERE file_sha = ? ORDER BY id LIMIT 1').get(sha) as { id: number } | undefined;
  if (r) return r.id;
  const c = db.prepare('SELECT report_id FROM report_copies WHERE file_sha = ?').get(sha) as { report_id: number } | undefined;
  return c?.report_id ?? null;
}

type ReportRow = {
  id: number;
  unit_code: string;
  unit_name: string;
  plan_id: number;
  round_id: number;
  reader: string;
  report_number: string | null;
  report_date: string | null;
  received_at: string;
  superseded_by: number | null;
  source_row: string | null;
  sha256: string;
  original_name: string;
  size: number;
  format: string;
  stored_at: string;
};

/** Every report of a round (current and superseded), oldest first, with entries and figures. */
export function listReportsForRound(db: Db, roundId: number): Report[] {
  const rows = db
    .prepare(
      `SELECT r.id, u.code AS unit_code, u.name AS unit_name, r.plan_id, r.round_id, r.reader, r.report_number, r.report_date,
              r.received_at, r.superseded_by, r.source_row, f.sha256, f.original_name, f.size, f.format, f.stored_at
       FROM reports r JOIN units u ON u.id = r.unit_id JOIN stored_files f ON f.sha256 = r.file_sha
       WHERE r.round_id = ? ORDER BY r.id`,
    )
    .all(roundId) as ReportRow[];
  const entries = db
    .prepare(
      `SELECT e.report_id, i.code, e.status, e.result_text, e.source FROM report_entries e
       JOIN plan_items i ON i.id = e.item_id JOIN reports r ON r.id = e.report_id
       WHERE r.round_id = ? ORDER BY i.ord`,
    )
    .all(roundId) as { report_id: number; code: string; status: EntryStatus; result_text: string; source: string }[];
  const figures = db
    .prepare(
      `SELECT f.report_id, i.key, f.value, f.source, f.cumulative FROM report_figures f
       JOIN indicators i ON i.id = f.indicator_id JOIN reports r ON r.id = f.report_id
       WHERE r.round_id = ? ORDER BY i.ord`,
    )
    .all(roundId) as { report_id: number; key: string; value: number; source: string; cumulative: number }[];
  const notes = db
    .prepare(
      `SELECT n.report_id, n.code, n.message, n.source FROM report_notes n JOIN reports r ON r.id = n.report_id
       WHERE r.round_id = ? ORDER BY n.report_id, n.ord`,
    )
    .all(roundId) as (ReportNote & { report_id: number })[];
  // One pass over each result set, grouped by report: a round of 200 reports × 80 entries stays linear.
  const group = <T extends { report_id: number }>(xs: T[]): Map<number, T[]> => {
    const m = new Map<number, T[]>();
    for (const x of xs) {
      const list = m.get(x.report_id);
      if (list) list.push(x);
      else m.set(x.report_id, [x]);
    }
    return m;
  };
  const entriesOf = group(entries);
  const figuresOf = group(figures);
  const notesOf = group(notes);
  return rows.map((r) => ({
    id: r.id,
    unit: { code: r.unit_code, name: r.unit_name },
    planId: r.plan_id,
    roundId: r.round_id,
    file: toStoredFile(r),
    reader: r.reader,
    reportNumber: r.report_number,
    reportDate: r.report_date,
    receivedAt: r.received_at,
    supersededBy: r.superseded_by,
    sourceRow: r.source_row,
    entries: (entriesOf.get(r.id) ?? [])
      .map((e) => ({ itemCode: e.code, status: e.status, resultText: e.result_text, source: e.source })),
    figures: (figuresOf.get(r.id) ?? [])
      .map((f) => ({ indicatorKey: f.key, value: f.value, source: f.source, ...(f.cumulative ? { cumulative: true } : {}) })),
    notes: (notesOf.get(r.id) ?? []).map(({ code, message, source }) => ({ code, message, source })),
  }));
}

export function setReceivedAt(db: Db, reportId: number, receivedAt: string): string | null {
  const row = db.prepare('SELECT received_at FROM reports WHERE id = ?').get(reportId) as { received_at: string } | undefined;
  if (!row) return null;
  db.prepare('UPDATE reports SET received_at = ? WHERE id = ?').run(receivedAt, reportId);
  return row.received_at;
}

/**
 * A round's reports as Đối chiếu needs them: all of them (the first received decides timeliness),
 * with figures and notes but no entries (their statuses come from currentStatuses).
 */
export function listReportsForStatus(db: Db, roundId: number): Report[] {
  const reports = db
    .prepare(
      `SELECT r.id, u.code, u.name, r.plan_id, r.round_id, r.reader, r.report_number, r.report_date, r.received_at, r.superseded_by,
              f.sha256, f.original_name, f.size, f.format, f.stored_at
       FROM reports r JOIN units u ON u.id = r.unit_id JOIN stored_files f ON f.sha256 = r.file_sha
       WHERE r.round_id = ? ORDER BY r.id`,
    )
    .raw(true)
    .all(roundId) as [number, string, string, number, number, string, string | null, string | null, string, number | null, string, string, number, string, string][];
  const byId = new Map<number, Report>();
  const out = reports.map(([id, code, name, planId, rid, reader, reportNumber, reportDate, receivedAt, supersededBy, sha256, originalName, size, format, storedAt]) => {
    const r: Report = {
      id,
      unit: { code, name },
      planId,
      roundId: rid,
      file: { sha256, originalName, size, format, storedAt },
      reader,
      reportNumber,
      reportDate,
      receivedAt,
      supersededBy,
      entries: [],
      figures: [],
      notes: [],
    };
    byId.set(id, r);
    return r;
  });
  const figures = db
    .prepare('SELECT f.report_id, i.key, f.value, f.source, f.cumulative FROM reports r JOIN report_figures f ON f.report_id = r.id JOIN indicators i ON i.id = f.indicator_id WHERE r.round_id = ? ORDER BY i.ord')
    .raw(true)
    .all(roundId) as [number, string, number, string, number][];
  for (const [rid, indicatorKey, value, source, cumulative] of figures) byId.get(rid)?.figures.push({ indicatorKey, value, source, ...(cumulative ? { cumulative: true } : {}) });
  const notes = db
    .prepare('SELECT n.report_id, n.code, n.message, n.source FROM reports r JOIN report_notes n ON n.report_id = r.id WHERE r.round_id = ? ORDER BY n.report_id, n.ord')
    .raw(true)
    .all(roundId) as [number, string, string, string][];
  for (const [rid, code, message, source] of notes) byId.get(rid)?.notes.push({ code, message, source });
  return out;
}

/**
 * Each current report's item statuses (report id → item code → status), for the matrix: 16 000
 * for 200 units × 80 items. Each report row carries its own folded into one string ("12d,13i,…",
 * kept by the triggers of migration 0010): handing the entries to JavaScript one by one, or even
 * folding them in the query, costs more than the rest of the status.
 */
export function currentStatuses(db: Db, roundId: number): Map<number, Map<string, EntryStatus>> {
  const codeOf: string[] = [];
  for (const [id, code] of db.prepare('SELECT i.id, i.code FROM rounds d JOIN plan_items i ON i.plan_id = d.plan_id WHERE d.id = ?').raw(true).all(roundId) as [number, string][]) codeOf[id] = code;
  // Each report's digest (migration 0010): "12d,13i" — item id, then the status's first letter.
  const folded = db.prepare('SELECT id, status_digest FROM reports WHERE round_id = ? AND superseded_by IS NULL').raw(true).all(roundId) as [number, string][];
  const out = new Map<number, Map<string, EntryStatus>>();
  for (const [reportId, list] of folded) {
    const statuses = new Map<string, EntryStatus>();
    let id = 0;
    for (let i = 0; i < list.length; i++) {
      const c = list.charCodeAt(i);
      if (c >= 48 && c <= 57) id = id * 10 + (c - 48);
      else if (c !== 44) {
        // The status's first letter closes each item id: d(one), i(n_progress), n(ot_done).
        const status: EntryStatus | undefined = c === 100 ? 'done' : c === 105 ? 'in_progress' : c === 110 ? 'not_done' : undefined;
        const code = codeOf[id];
        if (status !== undefined && code !== undefined) statuses.set(code, status);
        id = 0;
      }
    }
    out.set(reportId, statuses);
  }
  return out;
}

/** What JavaScript's trim() removes, for SQLite's trim(): a result of only spaces is no result. */
const JS_WHITESPACE = 'char(9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279)';

/**
 * A round's reports as an export needs them: figures for the appendix, and of the entries only the
 * first (in plan order) with a result text, the one the body may quote. A 200-unit round holds
 * 16,000 entries; the export reads 200.
 */
export function listReportsForExport(db: Db, roundId: number): Report[] {
  const reports = listReportsForStatus(db, roundId);
  const byId = new Map(reports.map((r) => [r.id, r]));
  const quoted = db
    .prepare(
      `SELECT report_id, code, status, result_text, source FROM (
         SELECT e.report_id, i.code, e.status, e.result_text, e.source, ROW_NUMBER() OVER (PARTITION BY e.report_id ORDER BY i.ord) AS n
         FROM reports r JOIN report_entries e ON e.report_id = r.id JOIN plan_items i ON i.id = e.item_id
         WHERE r.round_id = ? AND trim(e.result_text, ${JS_WHITESPACE}) <> ''
       ) WHERE n = 1`,
    )
    .raw(true)
    .all(roundId) as [number, string, EntryStatus, string, string][];
  for (const [rid, itemCode, status, resultText, source] of quoted) byId.get(rid)?.entries.push({ itemCode, status, resultText, source });
  return reports;
}
