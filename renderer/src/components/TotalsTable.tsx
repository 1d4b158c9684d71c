// The round's figure totals. Figures units report that the plan does not name ("số liệu khác") are
// marked as such and can be adopted as the plan's own in one action.
import { useState } from 'react';
import type { StatusResult } from '../../../shared/domain';
import { formatViNumber } from '../../../shared/text';
import { useApp } from '../app-state';
import { ErrorAlert } from './Alert';

export function TotalsTable(props: { status: StatusResult }) {
  const { api, plansChanged } = useApp();
  const { indicators, totals, plan } = props.status;
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const keys = [...new Set([...indicators.map((i) => i.key), ...Object.keys(totals)])];
  if (keys.length === 0) return <p className="muted">Kế hoạch này không có chỉ tiêu số liệu.</p>;
  const adopt = async (key: string): Promise<void> => {
    setBusy(key);
    setError(null);
    try {
      await api('plans.adoptIndicator', { planId: plan.id, key });
      plansChanged();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(null);
    }
  };
  const others = indicators.filter((i) => i.origin === 'reports');
  return (
    <>
      <ErrorAlert title="Không đưa được chỉ tiêu vào kế hoạch" message={error} />
      <div className="table-wrap">
        <table className="table" aria-label="Tổng hợp số liệu">
          <thead>
            <tr>
              <th scope="col">Chỉ tiêu</th>
              <th scope="col" className="num">
                Tổng cộng
              </th>
              <th scope="col">Đơn vị tính</th>
              {others.length > 0 && <th scope="col">Nguồn</th>}
            </tr>
          </thead>
          <tbody>
            {keys.map((k) => {
              const ind = indicators.find((i) => i.key === k);
              const v = totals[k];
              const other = ind?.origin === 'reports';
              return (
                <tr key={k}>
                  <td>{ind?.name ?? k}</td>
                  <td className="num strong">{v === undefined ? <span className="muted">—</span> : formatViNumber(v)}</td>
                  <td>{ind?.measure ?? ''}</td>
                  {others.length > 0 && (
                    <td>
                      {other ? (
                        <span className="totals-source">
                          <span className="badge badge-info" title="Đơn vị tự báo cáo, kế hoạch không nêu chỉ tiêu này">
                            Số liệu khác
                          </span>
                          <button type="button" className="btn btn-small" disabled={busy !== null} onClick={() => void adopt(k)}>
                            {busy === k ? 'Đang lưu…' : 'Đưa vào chỉ tiêu kế hoạch'}
                          </button>
                        </span>
                      ) : (
                        <span className="muted">Kế hoạch</span>
                      )}
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {others.length > 0 && (
        <p className="hint">
          “Số liệu khác” là số liệu các đơn vị tự báo cáo mà kế hoạch không nêu; đã được cộng vào tổng. Đưa vào chỉ tiêu kế hoạch để báo cáo tổng hợp trích dẫn như chỉ tiêu chính thức.
        </p>
      )}
    </>
  );
}
