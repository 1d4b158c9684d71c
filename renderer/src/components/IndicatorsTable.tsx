import type { Indicator } from '../../../shared/domain';

export function IndicatorsTable(props: { indicators: readonly Indicator[]; label: string }) {
  if (props.indicators.length === 0) return <p className="muted">Không có chỉ tiêu số liệu.</p>;
  return (
    <div className="table-wrap">
      <table className="table" aria-label={props.label}>
        <thead>
          <tr>
            <th scope="col">Chỉ tiêu</th>
            <th scope="col">Đơn vị tính</th>
            <th scope="col">Cách gọi khác</th>
          </tr>
        </thead>
        <tbody>
          {props.indicators.map((i) => (
            <tr key={i.key}>
              <td>{i.name}</td>
              <td>{i.measure}</td>
              <td>{i.synonyms.join('; ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
