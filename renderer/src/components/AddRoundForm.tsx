// Add a reporting round to a saved plan; dates are typed as dd/mm/yyyy.
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { Round } from '../../../shared/domain';
import { formatViDate } from '../../../shared/dates';
import { useApp } from '../app-state';
import { parseDateInput } from '../lib/dates-input';
import { useAction } from '../lib/use-async';
import { ErrorAlert, Notice } from './Alert';
import { Spinner } from './Busy';

export function AddRoundForm(props: { planId: number; onAdded(round: Round): void }) {
  const { api } = useApp();
  const action = useAction();
  const [label, setLabel] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [due, setDue] = useState('');
  const [invalid, setInvalid] = useState<string | null>(null);
  const [added, setAdded] = useState<Round | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setAdded(null);
    const f = parseDateInput(from);
    const t = parseDateInput(to);
    const d = parseDateInput(due);
    if (!label.trim()) return setInvalid('Hãy nhập tên kỳ báo cáo, ví dụ "6 tháng đầu năm 2025".');
    if (!f.ok) return setInvalid('Ngày "Từ ngày" không hợp lệ. Hãy nhập theo dạng dd/mm/yyyy.');
    if (!t.ok) return setInvalid('Ngày "Đến ngày" không hợp lệ. Hãy nhập theo dạng dd/mm/yyyy.');
    if (!d.ok || !d.iso) return setInvalid('Hãy nhập hạn nộp theo dạng dd/mm/yyyy.');
    if (f.iso && t.iso && f.iso > t.iso) return setInvalid('"Từ ngày" phải trước "Đến ngày".');
    setInvalid(null);
    const round = await action.run(() =>
      api('plans.addRound', { planId: props.planId, round: { label: label.trim(), periodFrom: f.iso, periodTo: t.iso, dueDate: d.iso! } }),
    );
    if (round) {
      setAdded(round);
      setLabel('');
      setFrom('');
      setTo('');
      setDue('');
      props.onAdded(round);
    }
  };

  return (
    <form className="inline-form" aria-label="Thêm kỳ báo cáo" onSubmit={(e) => void submit(e)} noValidate>
      <div className="field field-grow">
        <label htmlFor="round-label">Tên kỳ</label>
        <input id="round-label" value={label} onChange={(e) => setLabel(e.target.value)} placeholder="Ví dụ: 6 tháng đầu năm 2025" />
      </div>
      <div className="field field-date">
        <label htmlFor="round-from">Từ ngày</label>
        <input id="round-from" value={from} onChange={(e) => setFrom(e.target.value)} placeholder="dd/mm/yyyy" inputMode="numeric" />
      </div>
      <div className="field field-date">
        <label htmlFor="round-to">Đến ngày</label>
        <input id="round-to" value={to} onChange={(e) => setTo(e.target.value)} placeholder="dd/mm/yyyy" inputMode="numeric" />
      </div>
      <div className="field field-date">
        <label htmlFor="round-due">Hạn nộp</label>
        <input
          id="round-due"
          value={due}
          onChange={(e) => setDue(e.target.value)}
          placeholder="dd/mm/yyyy"
          inputMode="numeric"
          required
          aria-required="true"
        />
      </div>
      <div className="field field-submit">
        <button type="submit" className="btn btn-primary" disabled={action.busy}>
          {action.busy ? <Spinner small /> : null} Thêm kỳ
        </button>
      </div>
      <div className="form-messages">
        <ErrorAlert message={invalid ?? action.error} />
        {added && (
          <Notice tone="success">
            Đã thêm kỳ “{added.label}”, hạn nộp {formatViDate(added.dueDate)}.
          </Notice>
        )}
      </div>
    </form>
  );
}
