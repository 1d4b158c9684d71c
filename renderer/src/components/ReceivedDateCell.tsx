// The received date of a report, correctable: it decides on-time or late, and defaults to the
// import day. The report's own date stays in its own column beside it.
import { useState } from 'react';
import { formatViDate } from '../../../shared/dates';
import { useApp } from '../app-state';
import { useAction } from '../lib/use-async';
import { ErrorAlert } from './Alert';
import { DateInput } from './DateInput';

export function ReceivedDateCell(props: { planId: number; roundId: number; reportId: number; value: string; who: string; onSaved(): void }) {
  const { api } = useApp();
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState<string | null>(props.value);
  const action = useAction();
  if (!editing) {
    return (
      <span className="nowrap">
        {formatViDate(props.value)}{' '}
        <button type="button" className="link-button" aria-label={`Sửa ngày nhận báo cáo của ${props.who}`} onClick={() => setEditing(true)}>
          Sửa
        </button>
      </span>
    );
  }
  const save = async () => {
    if (!value) return;
    const ok = await action.run(() => api('reports.setReceivedAt', { planId: props.planId, roundId: props.roundId, reportId: props.reportId, receivedAt: value }));
    if (ok) {
      setEditing(false);
      props.onSaved();
    }
  };
  return (
    <span className="received-edit">
      <DateInput value={value} onChange={setValue} label={`Ngày nhận báo cáo của ${props.who}`} />
      <button type="button" className="btn btn-small" disabled={!value || action.busy} onClick={() => void save()}>
        Lưu
      </button>
      <button type="button" className="btn btn-small" onClick={() => setEditing(false)}>
        Hủy
      </button>
      <ErrorAlert message={action.error} onClose={action.clearError} />
    </span>
  );
}
