import type { RoundInput } from '../../../shared/domain';
import { formatViDate } from '../../../shared/dates';

export function RoundsTable(props: { rounds: ReadonlyArray<RoundInput & { id?: number; locked?: boolean }>; label: string }) {
  if (props.rounds.length === 0) return <p className="muted">Chưa có kỳ báo cáo nào.</p>;
  return (
    <div className="table-wrap">
      <table className="table" aria-label={props.label}>
        <thead>
          <tr>
            <th scope="col">Kỳ báo cáo</th>
            <th scope="col">Từ ngày</th>
            <th scope="col">Đến ngày</th>
            <th scope="col">Hạn nộp</th>
          </tr>
        </thead>
        <tbody>
          {props.rounds.map((r, i) => (
            <tr key={r.id ?? i}>
              <td>
                {r.label}
                {r.locked && <span className="badge badge-neutral">Đã chốt số liệu</span>}
              </td>
              <td>{formatViDate(r.periodFrom)}</td>
              <td>{formatViDate(r.periodTo)}</td>
              <td>
                <strong>{formatViDate(r.dueDate)}</strong>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
