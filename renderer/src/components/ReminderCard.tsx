// Công văn đôn đốc: who still owes what for the round, a new deadline, and the letter as PDF or Word.
import { useState } from 'react';
import { formatViDate } from '../../../shared/dates';
import { saveOutput } from '../api/files';
import { useApp } from '../app-state';
import { useAction, useLoad } from '../lib/use-async';
import { ErrorAlert, Notice } from './Alert';
import { DateInput } from './DateInput';

export function ReminderCard(props: { planId: number; roundId: number; version: number }) {
  const { api } = useApp();
  const owed = useLoad(() => api('reminders.preview', { planId: props.planId, roundId: props.roundId }), [api, props.planId, props.roundId, props.version]);
  const log = useLoad(() => api('reminders.log', { planId: props.planId, roundId: props.roundId }), [api, props.planId, props.roundId, props.version]);
  const [due, setDue] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const action = useAction();

  const make = async (format: 'pdf' | 'docx') => {
    if (!due) return;
    setSaved(null);
    const out = await action.run(async () => {
      const file = await api('reminders.export', { planId: props.planId, roundId: props.roundId, newDueDate: due, format });
      await saveOutput(file);
      return file;
    });
    if (out) {
      setSaved(out.fileName);
      log.reload();
    }
  };

  return (
    <section className="card" aria-labelledby="reminder-title">
      <h2 id="reminder-title">Công văn đôn đốc</h2>
      {owed.data && owed.data.length === 0 && <p className="muted">Mọi đơn vị đã báo cáo đủ nội dung: không cần đôn đốc.</p>}
      {owed.data && owed.data.length > 0 && (
        <>
          <ul className="owed-list" aria-label="Đơn vị cần đôn đốc">
            {owed.data.map((o) => (
              <li key={o.unit.code}>
                <strong>{o.unit.name}</strong>: {o.reason === 'missing' ? 'chưa gửi báo cáo' : `còn thiếu ${o.items.map((i) => i.code).join(', ')}`}
              </li>
            ))}
          </ul>
          <div className="inline-form">
            <div className="field">
              <label htmlFor="reminder-due">Hạn mới (dd/mm/yyyy)</label>
              <DateInput id="reminder-due" value={due} onChange={setDue} />
            </div>
            <div className="field field-submit">
              <button type="button" className="btn btn-primary" disabled={!due || action.busy} onClick={() => void make('pdf')}>
                Lập công văn (PDF)
              </button>
            </div>
            <div className="field field-submit">
              <button type="button" className="btn" disabled={!due || action.busy} onClick={() => void make('docx')}>
                Lập công văn (Word)
              </button>
            </div>
          </div>
        </>
      )}
      <ErrorAlert title="Không lập được công văn" message={owed.error ?? action.error} onClose={action.clearError} />
      {saved && <Notice tone="success">Đã lập {saved}; các đơn vị trên được ghi là đã đôn đốc.</Notice>}
      {log.data && log.data.length > 0 && (
        <p className="hint">
          Đã đôn đốc {log.data.length} lượt; lần gần nhất {formatViDate(log.data.at(-1)!.sentAt.slice(0, 10))} (hạn {formatViDate(log.data.at(-1)!.dueDate)}).
        </p>
      )}
    </section>
  );
}
