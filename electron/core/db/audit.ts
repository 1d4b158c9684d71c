// The audit log: one row per accept, edit or delete.
import type { Db } from './open';

export function writeAudit(db: Db, at: string, action: string, entity: string, entityId: string | number, detail = ''): void {
  db.prepare('INSERT INTO audit_log (at, action, entity, entity_id, detail) VALUES (?, ?, ?, ?, ?)').run(
    at,
    action,
    entity,
    String(entityId),
    detail,
  );
}
