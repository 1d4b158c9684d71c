// The log of reminder letters sent.
import type { ReminderLogEntry } from '../../../shared/domain';
import type { Db } from './open';

export function logReminder(db: Db, roundId: number, e: ReminderLogEntry): void {
  db.prepare('INSERT INTO reminders (round_id, unit_code, reason, due_date, file_name, sent_at) VALUES (?, ?, ?, ?, ?, ?)').run(
    roundId,
    e.unitCode,
    e.reason,
    e.dueDate,
    e.fileName,
    e.sentAt,
  );
}

export function listReminders(db: Db, roundId: number): ReminderLogEntry[] {
  return (
    db.prepare('SELECT unit_code, reason, due_date, file_name, sent_at FROM reminders WHERE round_id = ? ORDER BY id').all(roundId) as {
      unit_code: string;
      reason: 'missing' | 'incomplete';
      due_date: string;
      file_name: string;
      sent_at: string;
    }[]
  ).map((r) => ({ unitCode: r.unit_code, reason: r.reason, dueDate: r.due_date, fileName: r.file_name, sentAt: r.sent_at }));
}
