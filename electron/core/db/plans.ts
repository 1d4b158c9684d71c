// Plans with their references, items (assignees, flags) and indicators.
import type { Indicator, Plan, PlanDraft, PlanItem, PlanSummary, Recurrence, UnitFamily, PlanItemKind } from '../../../shared/domain';
import type { Db } from './open';
import { listRounds } from './rounds';

type PlanRow = {
  id: number;
  doc_type: string | null;
  number: string | null;
  place: string | null;
  issued_date: string | null;
  issuer: string | null;
  superior_issuer: string | null;
  title: string;
  signer: string | null;
  created_at: string;
};

type ItemRow = {
  id: number;
  code: string;
  parent_code: string | null;
  level: number;
  kind: string;
  text: string;
  deadline_text: string | null;
  deadline_date: string | null;
  deadline_recurrence: string | null;
};

/** Insert a whole plan (without rounds); call inside a transaction. */
export function insertPlan(db: Db, draft: PlanDraft, createdAt: string): number {
  const info = db
    .prepare(
      `INSERT INTO plans (doc_type, number, place, issued_date, issuer, superior_issuer, title, signer, source_text, created_at)
       VALUES (@docType, @number, @place, @issuedDate, @issuer, @superiorIssuer, @title, @signer, @sourceText, @createdAt)`,
    )
    .run({ ...draft, createdAt });
  const planId = Number(info.lastInsertRowid);
  const addRef = db.prepare('INSERT INTO plan_refs (plan_id, role, ord, text) VALUES (?, ?, ?, ?)');
  draft.cites.forEach((t, i) => addRef.run(planId, 'cites', i, t));
  draft.recipients.forEach((t, i) => addRef.run(planId, 'recipient', i, t));
  draft.items.forEach((item, i) => insertItemRow(db, planId, i, item));
  draft.indicators.forEach((ind, i) => insertIndicatorRow(db, planId, i, ind));
  return planId;
}

export function insertItemRow(db: Db, planId: number, ord: number, item: PlanItem): number {
  const info = db
    .prepare(
      `INSERT INTO plan_items (plan_id, ord, code, parent_code, level, kind, text, deadline_text, deadline_date, deadline_recurrence)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      planId,
      ord,
      item.code,
      item.parentCode,
      item.level,
      item.kind,
      item.text,
      item.deadline?.text ?? null,
      item.deadline?.date ?? null,
      item.deadline?.recurrence ?? null,
    );
  const itemId = Number(info.lastInsertRowid);
  writeItemDetails(db, itemId, item);
  return itemId;
}

/** (Re)write an item's flags and assignees. */
export function writeItemDetails(db: Db, itemId: number, item: PlanItem): void {
  db.prepare('DELETE FROM plan_item_flags WHERE item_id = ?').run(itemId);
  db.prepare('DELETE FROM item_assignees WHERE item_id = ?').run(itemId);
  const addFlag = db.prepare('INSERT OR IGNORE INTO plan_item_flags (item_id, flag) VALUES (?, ?)');
  for (const f of item.flags) addFlag.run(itemId, f);
  const addAssignee = db.prepare('INSERT INTO item_assignees (item_id, ord, label, unit_code) VALUES (?, ?, ?, ?)');
  const addKind = db.prepare('INSERT OR IGNORE INTO item_assignee_kinds (item_id, ord, kind) VALUES (?, ?, ?)');
  item.assignees.forEach((a, i) => {
    addAssignee.run(itemId, i, a.label, a.unitCode);
    for (const k of a.unitKinds) addKind.run(itemId, i, k);
  });
}

export function insertIndicatorRow(db: Db, planId: number, ord: number, ind: Indicator): number {
  const info = db
    .prepare('INSERT INTO indicators (plan_id, ord, key, name, measure, origin) VALUES (?, ?, ?, ?, ?, ?)')
    .run(planId, ord, ind.key, ind.name, ind.measure, ind.origin ?? 'plan');
  const id = Number(info.lastInsertRowid);
  const addSyn = db.prepare('INSERT INTO indicator_synonyms (indicator_id, ord, synonym) VALUES (?, ?, ?)');
  ind.synonyms.forEach((s, i) => addSyn.run(id, i, s));
  return id;
}

/** A figure units report that the plan does not name, added after the plan's own; returns its row id. */
export function addReportedIndicator(db: Db, planId: number, ind: Indicator): number {
  const last = db.prepare('SELECT MAX(ord) AS m FROM indicators WHERE plan_id = ?').get(planId) as { m: number | null };
  return insertIndicatorRow(db, planId, (last.m ?? -1) + 1, { ...ind, origin: 'reports' });
}

/** The specialist adopts a reported figure as one of the plan's own. */
export function adoptIndicator(db: Db, planId: number, key: string): boolean {
  return db.prepare("UPDATE indicators SET origin = 'plan' WHERE plan_id = ? AND key = ? AND origin = 'reports'").run(planId, key).changes > 0;
}

export function listPlans(db: Db): PlanSummary[] {
  return (
    db
      .prepare(
        `SELECT p.id, p.number, p.title, p.issued_date,
           (SELECT COUNT(*) FROM plan_items i WHERE i.plan_id = p.id) AS item_count,
           (SELECT COUNT(*) FROM rounds r WHERE r.plan_id = p.id) AS round_count
         FROM plans p ORDER BY p.id DESC`,
      )
      .all() as { id: number; number: string | null; title: string; issued_date: string | null; item_count: number; round_count: number }[]
  ).map((r) => ({
    id: r.id,
    number: r.number,
    title: r.title,
    issuedDate: r.issued_date,
    itemCount: r.item_count,
    roundCount: r.round_count,
  }));
}

export function findPlanIdByNumber(db: Db, number: string): number | null {
  const r = db.prepare('SELECT id FROM plans WHERE number = ? ORDER BY id DESC LIMIT 1').get(number) as { id: number } | undefined;
  return r?.id ?? null;
}

export function getPlan(db: Db, planId: number): Plan | null {
  const p = db.prepare('SELECT * FROM plans WHERE id = ?').get(planId) as PlanRow | undefined;
  if (!p) return null;
  const refs = db.prepare('SELECT role, text FROM plan_refs WHERE plan_id = ? ORDER BY role, ord').all(planId) as {
    role: string;
    text: string;
  }[];
  return {
    id: p.id,
    docType: p.doc_type,
    number: p.number,
    place: p.place,
    issuedDate: p.issued_date,
    issuer: p.issuer,
    superiorIssuer: p.superior_issuer,
    title: p.title,
    signer: p.signer,
    cites: refs.filter((r) => r.role === 'cites').map((r) => r.text),
    recipients: refs.filter((r) => r.role === 'recipient').map((r) => r.text),
    items: getItems(db, planId),
    rounds: listRounds(db, planId),
    indicators: getIndicators(db, planId),
    createdAt: p.created_at,
  };
}

function getItems(db: Db, planId: number): PlanItem[] {
  const rows = db.prepare('SELECT * FROM plan_items WHERE plan_id = ? ORDER BY ord').all(planId) as ItemRow[];
  const flags = db
    .prepare('SELECT f.item_id, f.flag FROM plan_item_flags f JOIN plan_items i ON i.id = f.item_id WHERE i.plan_id = ?')
    .all(planId) as { item_id: number; flag: string }[];
  const assignees = db
    .prepare(
      `SELECT a.item_id, a.ord, a.label, a.unit_code FROM item_assignees a JOIN plan_items i ON i.id = a.item_id
       WHERE i.plan_id = ? ORDER BY a.item_id, a.ord`,
    )
    .all(planId) as { item_id: number; ord: number; label: string; unit_code: string | null }[];
  const kinds = db
    .prepare(
      `SELECT k.item_id, k.ord, k.kind FROM item_assignee_kinds k JOIN plan_items i ON i.id = k.item_id WHERE i.plan_id = ?`,
    )
    .all(planId) as { item_id: number; ord: number; kind: string }[];
  return rows.map((r) => ({
    code: r.code,
    parentCode: r.parent_code,
    level: r.level,
    kind: r.kind as PlanItemKind,
    text: r.text,
    deadline:
      r.deadline_text === null
        ? null
        : { text: r.deadline_text, date: r.deadline_date, recurrence: (r.deadline_recurrence ?? 'once') as Recurrence },
    flags: flags.filter((f) => f.item_id === r.id).map((f) => f.flag),
    assignees: assignees
      .filter((a) => a.item_id === r.id)
      .map((a) => ({
        label: a.label,
        unitCode: a.unit_code,
        unitKinds: kinds.filter((k) => k.item_id === r.id && k.ord === a.ord).map((k) => k.kind as UnitFamily),
      })),
  }));
}

export function getIndicators(db: Db, planId: number): Indicator[] {
  const rows = db.prepare('SELECT id, key, name, measure, origin FROM indicators WHERE plan_id = ? ORDER BY ord').all(planId) as {
    id: number;
    key: string;
    name: string;
    measure: string;
    origin: 'plan' | 'reports';
  }[];
  const syn = db.prepare('SELECT synonym FROM indicator_synonyms WHERE indicator_id = ? ORDER BY ord');
  return rows.map((r) => ({
    key: r.key,
    name: r.name,
    measure: r.measure,
    synonyms: (syn.all(r.id) as { synonym: string }[]).map((s) => s.synonym),
    ...(r.origin === 'reports' ? { origin: 'reports' as const } : {}),
  }));
}

/** code → row id, for writing report entries. */
export function itemIdsByCode(db: Db, planId: number): Map<string, number> {
  const rows = db.prepare('SELECT id, code FROM plan_items WHERE plan_id = ?').all(planId) as { id: number; code: string }[];
  return new Map(rows.map((r) => [r.code, r.id]));
}

export function indicatorIdsByKey(db: Db, planId: number): Map<string, number> {
  const rows = db.prepare('SELECT id, key FROM indicators WHERE plan_id = ?').all(planId) as { id: number; key: string }[];
  return new Map(rows.map((r) => [r.key, r.id]));
}
