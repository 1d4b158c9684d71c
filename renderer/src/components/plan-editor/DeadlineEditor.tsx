// When an item is due: the words of the plan, the last day they allow, and how often it repeats.
import type { Deadline, Recurrence } from '../../../../shared/domain';
import { deadlineOrNull } from '../../lib/plan-draft';
import { RECURRENCE_LABELS } from '../../lib/labels';
import { DateInput } from '../DateInput';

const EMPTY: Deadline = { text: '', date: null, recurrence: 'once' };

export function DeadlineEditor(props: { deadline: Deadline | null; itemCode: string; onChange(d: Deadline | null): void }) {
  const d = props.deadline ?? EMPTY;
  const set = (patch: Partial<Deadline>) => props.onChange(deadlineOrNull({ ...d, ...patch }));
  const code = props.itemCode;
  return (
    <div className="deadline-editor">
      <div className="sub-label">Thời hạn</div>
      <div className="deadline-row">
        <input
          className="deadline-text"
          value={d.text}
          aria-label={`Thời hạn của mục ${code}`}
          placeholder="Như văn bản ghi, ví dụ: quý III năm 2019"
          onChange={(e) => set({ text: e.target.value })}
        />
        <DateInput className="deadline-date-input" value={d.date} label={`Ngày hết hạn của mục ${code}`} onChange={(date) => set({ date })} />
        <select value={d.recurrence} aria-label={`Lặp lại của mục ${code}`} onChange={(e) => set({ recurrence: e.target.value as Recurrence })}>
          {(Object.keys(RECURRENCE_LABELS) as Recurrence[]).map((r) => (
            <option key={r} value={r}>
              {RECURRENCE_LABELS[r]}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
