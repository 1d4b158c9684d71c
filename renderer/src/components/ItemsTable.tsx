// The item tree of a saved plan, read-only: code, kind, text, assignees (with the directory units
// each one gives), deadline, and open flags. Editing happens in plan-editor/, which shows the same
// rows as fields.
import type { PlanItem, UnitRef } from '../../../shared/domain';
import { formatViDate } from '../../../shared/dates';
import { UNIT_FAMILY_LABELS } from '../../../shared/labels';
import { planFlagMessage } from '../../../shared/plan-flags';
import { ITEM_KIND_LABELS, RECURRENCE_LABELS } from '../lib/labels';

function assigneeTitle(item: PlanItem): string | undefined {
  const parts = item.assignees.flatMap((a) => [
    ...(a.unitCode ? [`Đơn vị: ${a.unitCode}`] : []),
    ...a.unitKinds.map((k) => `Nhóm: ${UNIT_FAMILY_LABELS[k]}`),
  ]);
  return parts.length > 0 ? parts.join('\n') : undefined;
}

/** item code → for each assignee, in order, the directory units it gives. */
export type ResolvedAssignees = ReadonlyMap<string, ReadonlyArray<{ label: string; units: readonly UnitRef[] }>>;

function AssigneeCell(props: { item: PlanItem; resolved: ResolvedAssignees | undefined }) {
  const { item } = props;
  const resolved = props.resolved?.get(item.code);
  if (!resolved) return <>{item.assignees.map((a) => a.label).join('; ')}</>;
  return (
    <ul className="assignee-units">
      {resolved.map((a, i) => (
        <li key={i}>
          <span>{a.label}</span>
          {a.units.length === 0 ? (
            <span className="assignee-none">Không khớp đơn vị nào trong danh mục</span>
          ) : a.units.length === 1 && a.units[0]!.name.length <= a.label.length + 20 ? (
            <span className="muted small"> → {a.units[0]!.name}</span>
          ) : (
            <details>
              <summary aria-label={`${a.label}: ${a.units.length} đơn vị`}>{a.units.length} đơn vị</summary>
              <ul className="assignee-unit-list">
                {a.units.map((u) => (
                  <li key={u.code}>{u.name}</li>
                ))}
              </ul>
            </details>
          )}
        </li>
      ))}
    </ul>
  );
}

function DeadlineCell(props: { item: PlanItem }) {
  const d = props.item.deadline;
  if (!d) return null;
  return (
    <div className="deadline">
      <span>{d.text}</span>
      {d.date && <span className="deadline-date">{formatViDate(d.date)}</span>}
      {d.recurrence !== 'once' && <span className="badge badge-neutral">{RECURRENCE_LABELS[d.recurrence]}</span>}
    </div>
  );
}

export function ItemsTable(props: { items: readonly PlanItem[]; label: string; resolved?: ResolvedAssignees }) {
  return (
    <div className="table-wrap">
      <table className="table items-table" aria-label={props.label}>
        <thead>
          <tr>
            <th scope="col" className="col-code">
              Mã, loại
            </th>
            <th scope="col">Nội dung</th>
            <th scope="col" className="col-assignee">
              Đơn vị thực hiện
            </th>
            <th scope="col" className="col-deadline">
              Thời hạn
            </th>
          </tr>
        </thead>
        <tbody>
          {props.items.map((it) => (
            <tr key={it.code} className={`item-${it.kind}${it.flags.length > 0 ? ' row-flagged' : ''}`}>
              <td className="col-code">
                <span className="mono item-code">{it.code}</span>
                <span className="item-kind">{ITEM_KIND_LABELS[it.kind]}</span>
              </td>
              <td className={`indent-${Math.min(it.level, 5)}`}>
                <span className="item-text">{it.text}</span>
                {it.flags.length > 0 && (
                  <ul className="flags" aria-label={`Cảnh báo của mục ${it.code}`}>
                    {it.flags.map((f) => (
                      <li key={f} className="flag">
                        <span aria-hidden="true">⚠ </span>
                        {planFlagMessage(f)}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td className="col-assignee" title={assigneeTitle(it)}>
                <AssigneeCell item={it} resolved={props.resolved} />
              </td>
              <td className="col-deadline">
                <DeadlineCell item={it} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
