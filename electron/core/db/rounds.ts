// Reporting rounds (kỳ báo cáo) of a plan.
import type { Round, RoundInput } from '../../../shared/domain';
import type { Db } from './open';

type RoundRow = {
  id: number;
  plan_id: number;
  label: string;
  period_from: string | null;
  period_to: string | null;
  due_date: string;
  locked: number;
  latest_id?: number | null;
  latest_received?: string | null;
};

export function insertRound(db: Db, planId: number, r: RoundInput): number {
  const info = db
    .prepare('INSERT INTO rounds (plan_id, label, period_from, period_to, due_date) VALUES (?, ?, ?, ?, ?)')
    .run(planId, r.label, r.periodFrom, r.periodTo, r.dueDate);
  return Number(info.lastInsertRowid);
}

// The round's latest report rides along, so a screen can open on the round being worked on without
// loading every round's reports.
const LATEST = `(SELECT r.id FROM reports r WHERE r.round_id = ro.id ORDER BY r.received_at DESC, r.id DESC LIMIT 1)`;

export function listRounds(db: Db, planId: number): Round[] {
  const rows = db
    .prepare(
      `SELECT ro.*, l.id AS latest_id, l.received_at AS latest_received
       FROM rounds ro LEFT JOIN reports l ON l.id = ${LATEST}
       WHERE ro.plan_id = ? ORDER BY ro.due_date, ro.id`,
    )
    .all(planId) as RoundRow[];
  return rows.map(toRound);
}

export function getRound(db: Db, roundId: number): Round | null {
  const r = db.prepare('SELECT * FROM rounds WHERE id = ?').get(roundId) as RoundRow | undefined;
  return r ? toRound(r) : null;
}

export function findRoundIdByLabel(db: Db, planId: number, label: string): number | null {
  const r = db.prepare('SELECT id FROM rounds WHERE plan_id = ? AND label = ?').get(planId, label) as { id: number } | undefined;
  return r?.id ?? null;
}

function toRound(r: RoundRow): Round {
  return {
    id: r.id,
    planId: r.plan_id,
    label: r.label,
    periodFrom: r.period_from,
    periodTo: r.period_to,
    dueDate: r.due_date,
    locked: r.locked === 1,
    ...(r.latest_id != null && r.latest_received != null ? { latestReport: { id: r.latest_id, receivedAt: r.latest_received } } : {}),
  };
}

export function setRoundLocked(db: Db, roundId: number, locked: boolean, at: string): void {
  db.prepare('UPDATE rounds SET locked = ?, locked_at = ? WHERE id = ?').run(locked ? 1 : 0, locked ? at : null, roundId);
}
