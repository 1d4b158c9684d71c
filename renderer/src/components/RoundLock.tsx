// Chốt số liệu: once a kỳ's figures are final, later files for it wait in "Cần xem lại" instead of
// changing what was already reported upward.
import { useState } from 'react';
import { formatViDate } from '../../../shared/dates';
import { useApp } from '../app-state';
import { useAction, useLoad } from '../lib/use-async';
import { ErrorAlert, Notice } from './Alert';
import { Spinner } from './Busy';

export function RoundLock(props: { planId: number; roundId: number }) {
  const { api, plansVersion, plansChanged, navigate } = useApp();
  const { planId, roundId } = props;
  const plan = useLoad(() => api('plans.get', { planId }), [api, planId, plansVersion]);
  const action = useAction();
  const [changed, setChanged] = useState<string | null>(null);
  const round = plan.data?.rounds.find((r) => r.id === roundId);
  if (!round) return <ErrorAlert message={plan.error} />;
  const locked = round.locked;

  const toggle = async () => {
    setChanged(null);
    const r = await action.run(() => api('rounds.setLocked', { planId, roundId, locked: !locked }));
    if (!r) return;
    setChanged(r.locked ? `Đã chốt số liệu kỳ “${r.label}”.` : `Đã bỏ chốt số liệu kỳ “${r.label}”.`);
    plansChanged();
  };

  return (
    <section className={locked ? 'card lock-card lock-on' : 'card lock-card'} aria-labelledby="lock-title">
      <div className="lock-row">
        <div className="lock-text">
          <h2 id="lock-title">
            Chốt số liệu{' '}
            <span className={locked ? 'badge badge-info' : 'badge badge-neutral'}>{locked ? 'Đã chốt' : 'Chưa chốt'}</span>
          </h2>
          <p className="muted">
            {locked ? (
              <>
                Số liệu kỳ “{round.label}” (hạn nộp {formatViDate(round.dueDate)}) đã chốt: báo cáo nhập sau cho kỳ này không làm thay
                đổi số liệu mà được đưa vào danh sách{' '}
                <button type="button" className="link-button" onClick={() => navigate('import')}>
                  Cần xem lại
                </button>{' '}
                ở mục Nhập báo cáo để anh/chị quyết định.
              </>
            ) : (
              <>
                Khi đã gửi báo cáo tổng hợp lên cấp trên, hãy chốt số liệu của kỳ: báo cáo đến sau sẽ không tự làm thay đổi số liệu mà
                chờ anh/chị xem lại. Có thể bỏ chốt bất cứ lúc nào.
              </>
            )}
          </p>
        </div>
        <button type="button" className={locked ? 'btn btn-toggle btn-toggle-on' : 'btn btn-toggle'} aria-pressed={locked} disabled={action.busy} onClick={() => void toggle()}>
          {action.busy ? <Spinner small /> : <span className="toggle-box" aria-hidden="true">{locked ? '✓' : ''}</span>} Chốt số liệu
        </button>
      </div>
      <ErrorAlert title="Không đổi được trạng thái chốt số liệu" message={action.error} onClose={action.clearError} />
      {changed && <Notice tone="success">{changed}</Notice>}
    </section>
  );
}
