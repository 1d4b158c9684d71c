// The invariants every reliability test checks after a crash, a failed write or a hostile file.
import fs from 'node:fs';
import path from 'node:path';
import type { Service } from '../../../electron/core/service';

export type Consistency = {
  integrity: string;
  /** Report or review rows whose original is not on disk. */
  missingOriginals: number;
  /** stored_files rows no report or review refers to (written outside a transaction). */
  danglingFiles: number;
  /** Store files no stored_files row refers to, and leftover temp files. */
  orphanFiles: number;
  tmpFiles: number;
  /** Reports whose entries or figures do not match what the file holds (a half-written import). */
  tornImports: number;
  /** Unit × round pairs with more than one current (not superseded) report. */
  doubleCurrent: number;
};

export type Expected = Map<string, { entries: number; figures: number }>;

function storeNames(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).flatMap((sub) => {
    const d = path.join(dir, sub);
    return fs.statSync(d).isDirectory() ? fs.readdirSync(d) : [];
  });
}

export function checkConsistency(svc: Service, expected?: Expected): Consistency {
  const db = svc.db;
  const integrity = String(db.pragma('integrity_check', { simple: true }));
  const referenced = db.prepare('SELECT file_sha AS sha FROM reports UNION SELECT file_sha FROM review_items UNION SELECT file_sha FROM report_copies').all() as { sha: string }[];
  const missingOriginals = referenced.filter((r) => !svc.store.has(r.sha)).length;
  const stored = new Set((db.prepare('SELECT sha256 FROM stored_files').all() as { sha256: string }[]).map((r) => r.sha256));
  const refSet = new Set(referenced.map((r) => r.sha));
  const danglingFiles = [...stored].filter((s) => !refSet.has(s)).length;
  const names = storeNames(svc.store.dir);
  const tmpFiles = names.filter((n) => n.endsWith('.tmp')).length;
  const orphanFiles = names.filter((n) => !n.endsWith('.tmp') && !stored.has(n)).length;
  const rows = db
    .prepare(
      `SELECT r.file_sha AS sha,
              (SELECT COUNT(*) FROM report_entries e WHERE e.report_id = r.id) AS entries,
              (SELECT COUNT(*) FROM report_figures f WHERE f.report_id = r.id) AS figures
         FROM reports r`,
    )
    .all() as { sha: string; entries: number; figures: number }[];
  const tornImports = rows.filter((r) => {
    const want = expected?.get(r.sha);
    return want ? r.entries !== want.entries || r.figures !== want.figures : r.entries === 0;
  }).length;
  const doubleCurrent = (
    db.prepare('SELECT COUNT(*) AS n FROM (SELECT 1 FROM reports WHERE superseded_by IS NULL GROUP BY unit_id, round_id HAVING COUNT(*) > 1)').get() as { n: number }
  ).n;
  return { integrity, missingOriginals, danglingFiles, orphanFiles, tmpFiles, tornImports, doubleCurrent };
}

/** Sets every file in the store back in time, as if the app were opened again the next day. */
export function ageStore(dir: string, ms = 24 * 3600 * 1000): void {
  if (!fs.existsSync(dir)) return;
  const t = new Date(Date.now() - ms);
  for (const sub of fs.readdirSync(dir)) {
    const d = path.join(dir, sub);
    if (!fs.statSync(d).isDirectory()) continue;
    for (const n of fs.readdirSync(d)) fs.utimesSync(path.join(d, n), t, t);
  }
}

/** Vietnamese text: at least one letter only Vietnamese uses, so an English errno alone fails. */
export function isVietnamese(s: string): boolean {
  return /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/iu.test(s);
}
