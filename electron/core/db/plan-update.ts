// Editing a saved plan in place: items and indicators are matched by code/key so the reports
// already filed against them keep pointing at the same rows.
import type { PlanDraft } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import type { Db } from './open';
import { insertIndicatorRow, insertItemRow, writeItemDetails } from './plans';

/** Replace a plan's metadata, items and indicators with the edited version; call inside a transaction. */
export function updatePlan(db: Db, planId: number, draft: PlanDraft): void {
  db.prepare(
    `UPDATE plans SET doc_type = @docType, number = @number, place = @place, issued_date = @issuedDate, issuer = @issuer,
       superior_issuer = @superiorIssuer, title = @title, signer = @signer WHERE id = @planId`,
  ).run({ ...draft, planId });
  db.prepare('DELETE FROM plan_refs WHERE plan_id = ?').run(planId);
  const addRef = db.prepare('INSERT INTO plan_refs (plan_id, role, ord, text) VALUES (?, ?, ?, ?)');
  draft.cites.forEach((t, i) => addRef.run(planId, 'cites', i, t));
  draft.recipients.forEach((t, i) => addRef.run(planId, 'recipient', i, t));

  const existing = new Map(
    (db.prepare('SELECT id, code FROM plan_items WHERE plan_id = ?').all(planId) as { id: number; code: string }[]).map((r) => [r.code, r.id]),
  );
  const kept = new Set(draft.items.map((i) => i.code));
  for (const [code, id] of existing) {
    if (kept.has(code)) continue;
    const used = db.prepare('SELECT COUNT(*) AS n FROM report_entries WHERE item_id = ?').get(id) as { n: number };
    if (used.n > 0) throw new AppError('CONFLICT', `Không xóa được mục ${code}: đã có ${used.n} báo cáo ghi kết quả cho mục này.`);
    db.prepare('DELETE FROM plan_items WHERE id = ?').run(id);
  }
  // Orders are shifted out of the way first so the new order can be written row by row.
  db.prepare('UPDATE plan_items SET ord = ord + 1000000 WHERE plan_id = ?').run(planId);
  draft.items.forEach((item, ord) => {
    const id = existing.get(item.code);
    if (id === undefined) insertItemRow(db, planId, ord, item);
    else {
      db.prepare(
        `UPDATE plan_items SET ord = ?, parent_code = ?, level = ?, kind = ?, text = ?, deadline_text = ?, deadline_date = ?,
           deadline_recurrence = ? WHERE id = ?`,
      ).run(ord, item.parentCode, item.level, item.kind, item.text, item.deadline?.text ?? null, item.deadline?.date ?? null, item.deadline?.recurrence ?? null, id);
      writeItemDetails(db, id, item);
    }
  });

  const indicators = new Map(
    (db.prepare('SELECT id, key FROM indicators WHERE plan_id = ?').all(planId) as { id: number; key: string }[]).map((r) => [r.key, r.id]),
  );
  const keys = new Set(draft.indicators.map((i) => i.key));
  for (const [key, id] of indicators) {
    if (keys.has(key)) continue;
    const used = db.prepare('SELECT COUNT(*) AS n FROM report_figures WHERE indicator_id = ?').get(id) as { n: number };
    if (used.n > 0) throw new AppError('CONFLICT', `Không xóa được chỉ tiêu ${key}: đã có ${used.n} báo cáo ghi số liệu.`);
    db.prepare('DELETE FROM indicators WHERE id = ?').run(id);
  }
  db.prepare('UPDATE indicators SET ord = ord + 1000000 WHERE plan_id = ?').run(planId);
  draft.indicators.forEach((ind, ord) => {
    const id = indicators.get(ind.key);
    if (id === undefined) insertIndicatorRow(db, planId, ord, ind);
    else {
      // An editor that does not know the origin keeps it.
      db.prepare('UPDATE indicators SET ord = ?, name = ?, measure = ?, origin = COALESCE(?, origin) WHERE id = ?').run(ord, ind.name, ind.measure, ind.origin ?? null, id);
      db.prepare('DELETE FROM indicator_synonyms WHERE indicator_id = ?').run(id);
      const add = db.prepare('INSERT INTO indicator_synonyms (indicator_id, ord, synonym) VALUES (?, ?, ?)');
      ind.synonyms.forEach((syn, i) => add.run(id, i, syn));
    }
  });
}
