// Read-only pieces of a plan: its document details and a one-line count of its items.
import type { Plan, PlanItem } from '../../../shared/domain';
import { formatViDate } from '../../../shared/dates';

type MetaFields = Pick<Plan, 'docType' | 'number' | 'issuedDate' | 'place' | 'issuer' | 'superiorIssuer' | 'signer' | 'cites' | 'recipients'>;

export function MetaList(props: { meta: MetaFields; skipNumber?: boolean }) {
  const m = props.meta;
  const rows: Array<[string, string]> = [
    ['Loại văn bản', m.docType ?? ''],
    ...(props.skipNumber ? [] : ([['Số, ký hiệu', m.number ?? '']] as Array<[string, string]>)),
    ['Ngày ban hành', formatViDate(m.issuedDate)],
    ['Địa danh', m.place ?? ''],
    ['Cơ quan ban hành', m.issuer ?? ''],
    ['Cơ quan cấp trên', m.superiorIssuer ?? ''],
    ['Người ký', m.signer ?? ''],
  ];
  return (
    <dl className="meta-list">
      {rows.map(([k, v]) => (
        <div key={k} className="meta-row">
          <dt>{k}</dt>
          <dd>{v || <span className="muted">(chưa có)</span>}</dd>
        </div>
      ))}
      {m.cites.length > 0 && (
        <div className="meta-row meta-row-wide">
          <dt>Căn cứ, văn bản thực hiện</dt>
          <dd>
            <ul className="plain-list">
              {m.cites.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
          </dd>
        </div>
      )}
      {m.recipients.length > 0 && (
        <div className="meta-row meta-row-wide">
          <dt>Nơi nhận</dt>
          <dd>{m.recipients.join('; ')}</dd>
        </div>
      )}
    </dl>
  );
}

export function flaggedCount(items: readonly PlanItem[]): number {
  return items.filter((i) => i.flags.length > 0).length;
}

export function ItemsSummary(props: { items: readonly PlanItem[] }) {
  const tasks = props.items.filter((i) => i.kind === 'task').length;
  const flagged = flaggedCount(props.items);
  return (
    <p className="section-note">
      {props.items.length} mục, trong đó {tasks} nhiệm vụ phải báo cáo.
      {flagged > 0 && (
        <span className="badge badge-warning">
          <span aria-hidden="true">⚠ </span>
          {flagged} mục cần xem lại
        </span>
      )}
    </p>
  );
}
