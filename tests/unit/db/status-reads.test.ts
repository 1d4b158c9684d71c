// Đối chiếu reads a round lean: reports without entries, and the current reports' statuses folded by
// SQLite. On a database filled by real imports, that must give exactly the status the full reports
// give.
import Database from 'better-sqlite3';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillTemplate } from '../../../electron/core/demo/fill-template';
import { openDatabase } from '../../../electron/core/db/open';
import { getPlan } from '../../../electron/core/db/plans';
import { currentStatuses, listReportsForExport, listReportsForRound, listReportsForStatus } from '../../../electron/core/db/reports';
import { quotesOf } from '../../../electron/core/exports/report-body';
import { listUnits } from '../../../electron/core/db/units';
import { computeStatus } from '../../../electron/core/reconcile/status';
import { createService } from '../../../electron/core/service';
import type { Service } from '../../../electron/core/service';
import type { Plan, Round } from '../../../shared/domain';
import { TEST_ENGINE } from '../../helpers/engine';
import { samplePlanDraft } from '../../helpers/plan-fixture';
import { b64, callOk } from '../../helpers/service-calls';
import { SAMPLES, tempDir } from '../../helpers/temp';

let svc: Service;
let plan: Plan;
let round: Round;

async function returned(unitCode: string, fill: { status: (code: string) => string; figures: Record<string, number> }, reportDate: string): Promise<void> {
  const tpl = await callOk(svc, 'templates.generate', { planId: plan.id, roundId: round.id, unitCode });
  const bytes = await fillTemplate(Buffer.from(tpl.dataBase64, 'base64'), { status: fill.status, result: 'Kết quả', reportDate, figures: fill.figures });
  const r = await callOk(svc, 'reports.import', { file: { name: `${unitCode}-${reportDate}.xlsx`, dataBase64: b64(bytes) }, planId: plan.id, roundId: round.id, receivedAt: reportDate });
  expect(['imported', 'superseded'], r.error?.message).toContain(r.outcome);
}

beforeAll(async () => {
  svc = createService({ ...TEST_ENGINE, dbPath: path.join(tempDir('tonghop-status-reads-'), 's.sqlite') });
  await callOk(svc, 'units.importTable', { file: { name: 'units.csv', path: path.join(SAMPLES, 'units-binh-duong.csv') } });
  plan = await callOk(svc, 'plans.create', { draft: samplePlanDraft() });
  round = plan.rounds[0]!;
  // Done without any figure: a warning that rests on the statuses.
  await returned('THUTDM', { status: () => 'Đã thực hiện', figures: {} }, '2019-07-08');
  // A first report, then a revision with other statuses: only the revision's count.
  await returned('BAOBD', { status: () => 'Chưa thực hiện', figures: { tin_bai: 3 } }, '2019-07-09');
  await returned('BAOBD', { status: () => 'Đang thực hiện', figures: { tin_bai: 48 } }, '2019-07-12');
  await returned('HUPG', { status: () => 'Chưa thực hiện', figures: { hoi_nghi: 2 } }, '2019-07-10');
});
afterAll(() => svc?.close());

describe('the round read lean for Đối chiếu', () => {
  it('gives the status the full reports give, statuses of current reports only', () => {
    const db = svc.db;
    const base = { plan: getPlan(db, plan.id)!, round, units: listUnits(db), asOf: '2026-02-08' };
    const full = computeStatus({ ...base, reports: listReportsForRound(db, round.id) });
    const lean = computeStatus({ ...base, reports: listReportsForStatus(db, round.id), statuses: currentStatuses(db, round.id) });
    expect(lean).toEqual(full);
    // Not an empty comparison: the revision's statuses, and the warning only statuses give.
    const read = (code: string) => Object.values(full.matrix.find((r) => r.unit.code === code)!.items).filter((s) => s !== 'not_assigned');
    expect([read('THUTDM'), read('BAOBD'), read('HUPG')]).toEqual([['done'], ['in_progress'], ['not_done']]);
    expect(full.warnings.map((w) => `${w.code}:${w.unit?.code}`)).toContain('DONE_WITHOUT_FIGURES:THUTDM');
  });
});

describe('the statuses each report carries (migration 0010)', () => {
  const digests = (db: typeof svc.db) => db.prepare('SELECT id, status_digest FROM reports ORDER BY id').raw(true).all() as [number, string][];
  const folded = (db: typeof svc.db, reportId: number) =>
    (db.prepare("SELECT coalesce(group_concat(item_id || substr(status, 1, 1)), '') FROM (SELECT * FROM report_entries WHERE report_id = ? ORDER BY rowid)").pluck().get(reportId) as string);

  it('are those of its entries, as written on import', () => {
    const rows = digests(svc.db);
    expect(rows.length).toBeGreaterThan(3);
    for (const [id, digest] of rows) expect(digest).toBe(folded(svc.db, id));
    expect(rows.some(([, d]) => /^\d+[din](,\d+[din])*$/.test(d))).toBe(true);
  });

  it('are filled in when a version-9 database is upgraded, and follow an entry that changes or goes', () => {
    const file = path.join(tempDir('tonghop-digest-'), 'v9.sqlite');
    svc.db.prepare('VACUUM INTO ?').run(file);
    // Back to version 9 as it was: no digest column, no triggers, the covering index.
    const raw = new Database(file);
    raw.exec(`DROP TRIGGER report_entries_digest_insert; DROP TRIGGER report_entries_digest_update; DROP TRIGGER report_entries_digest_delete;
      ALTER TABLE reports DROP COLUMN status_digest; CREATE INDEX report_entries_status ON report_entries (report_id, item_id, status); PRAGMA user_version = 9;`);
    raw.close();
    const db = openDatabase(file);
    try {
      const rows = digests(db);
      expect(rows.map(([id]) => id)).toEqual(digests(svc.db).map(([id]) => id));
      for (const [id, digest] of rows) expect(digest.split(',').sort()).toEqual(folded(svc.db, id).split(',').sort());
      const [id, before] = rows.find(([, d]) => d.includes('i'))!;
      db.prepare("UPDATE report_entries SET status = 'done' WHERE report_id = ? AND status = 'in_progress'").run(id);
      const after = db.prepare('SELECT status_digest FROM reports WHERE id = ?').pluck().get(id) as string;
      expect(after).toBe(before.replace(/i/g, 'd'));
      db.prepare('DELETE FROM report_entries WHERE report_id = ?').run(id);
      expect(db.prepare('SELECT status_digest FROM reports WHERE id = ?').pluck().get(id)).toBe('');
    } finally {
      db.close();
    }
  });
});

describe('the round read for an export', () => {
  it('gives each report its figures and the first entry with a result, as the full reports give them', () => {
    const db = svc.db;
    // Results of only spaces, as units leave them (a no-break space, a line break), count as none.
    const entriesOf = (code: string) =>
      db.prepare(`SELECT e.rowid FROM report_entries e JOIN reports r ON r.id = e.report_id JOIN units u ON u.id = r.unit_id JOIN plan_items i ON i.id = e.item_id
                  WHERE u.code = ? AND r.superseded_by IS NULL ORDER BY i.ord`).pluck().all(code) as number[];
    const blank = db.prepare('UPDATE report_entries SET result_text = ? WHERE rowid = ?');
    const [first, second] = entriesOf('BAOBD');
    blank.run(' \u00a0\n', first);
    blank.run('\u3000\t', second);
    for (const id of entriesOf('HUPG')) blank.run('', id);

    const full = listReportsForRound(db, round.id);
    const lean = listReportsForExport(db, round.id);
    expect(lean.map((r) => [r.id, r.unit, r.supersededBy, r.figures])).toEqual(full.map((r) => [r.id, r.unit, r.supersededBy, r.figures]));
    const firstResult = (r: { entries: { resultText: string }[] }) => r.entries.filter((e) => e.resultText.trim() !== '').slice(0, 1);
    expect(lean.map((r) => r.entries)).toEqual(full.map(firstResult));
    // Not an empty comparison: BAOBD's third entry is its first result, and HUPG has none.
    const current = (code: string) => lean.find((r) => r.unit.code === code && r.supersededBy === null)!;
    expect(current('BAOBD').entries[0]?.itemCode).toBe(full.find((r) => r.id === current('BAOBD').id)!.entries[2]?.itemCode);
    expect(current('HUPG').entries).toEqual([]);
    const status = svc.handlers['status.get']({ planId: plan.id, roundId: round.id }) as Parameters<typeof quotesOf>[0];
    expect(quotesOf(status, lean)).toEqual(quotesOf(status, full));
  });
});
