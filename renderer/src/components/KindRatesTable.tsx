// Completeness and timeliness per unit kind, with the kind's figure totals, and the validation
// warnings of the round (each naming its unit and source file).
import type { StatusResult } from '../../../shared/domain';
import { formatPercent, formatViNumber } from '../../../shared/text';

export function KindRatesTable(props: { status: StatusResult }) {
  const s = props.status;
  if (s.byKind.length === 0) return null;
  return (
    <div className="table-wrap">
      <table className="table" aria-label="Tỷ lệ theo loại đơn vị">
        <thead>
          <tr>
            <th scope="col">Loại đơn vị</th>
            <th scope="col" className="num">Phải báo cáo</th>
            <th scope="col" className="num">Đã báo cáo</th>
            <th scope="col" className="num">Đúng hạn</th>
            <th scope="col" className="num">Tỷ lệ đầy đủ</th>
            <th scope="col" className="num">Tỷ lệ đúng hạn</th>
            {s.indicators.map((i) => (
              <th key={i.key} scope="col" className="num figure-head">
                {i.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {s.byKind.map((k) => (
            <tr key={k.kind}>
              <th scope="row" className="kind-head">
                {k.kind}
              </th>
              <td className="num">{k.expected}</td>
              <td className="num">{k.reported}</td>
              <td className="num">{k.onTime}</td>
              <td className="num">{formatPercent(k.completeness)}</td>
              <td className="num">{formatPercent(k.timeliness)}</td>
              {s.indicators.map((i) => (
                <td key={i.key} className="num">
                  {formatViNumber(s.totalsByKind[k.kind]?.[i.key] ?? 0)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function StatusWarnings(props: { status: StatusResult }) {
  const w = props.status.warnings;
  if (w.length === 0) return <p className="muted">Không có cảnh báo về số liệu.</p>;
  return (
    <ul className="warning-list" aria-label="Cảnh báo số liệu">
      {w.map((x, i) => (
        <li key={i}>
          {x.message}
          {x.source && <span className="muted"> — {x.source}</span>}
        </li>
      ))}
    </ul>
  );
}
