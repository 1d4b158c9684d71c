// The item tree of a plan (draft or saved): code, kind, text, assignees, deadline, and extractor flags.
import type { PlanItem } from '../../../shared/domain';
import { formatViDate } from '../../../shared/dates';
import { UNIT_KIND_LABELS } from '../../../shared/labels';
import { planFlagMessage } from '../../../shared/plan-flags';
import { ITEM_KIND_LABELS, RECURRENCE_LABELS } from '../lib/labels';

function assigneeText(item: PlanItem): string {
  return item.assignees.map((a) => a.label).join('; ');
}

function assigneeTitle(item: PlanItem): string | undefined {
  const parts = item.assignees.flatMap((a) => [
    ...(a.unitCode ? [`Đơn vị: ${a.unitCode}`] : []),
    ...a.unitKinds.map((k) => `Nhóm: ${UNIT_KIND_LABELS[k]}`),
  ]);
  return parts.length > 0 ? parts.join('\n') : undefined;
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

export function ItemsTable(props: {
  items: readonly PlanItem[];
  label: string;
  /** When given, each item's text is an editable field. */
  onTextChange?(code: string, text: string): void;
}) {
  const { items, onTextChange } = props;
  const editing = onTextChange !== undefined;
  return (
    <div className="table-wrap">
      <table className={editing ? 'table items-table items-table-editing' : 'table items-table'} aria-label={props.label}>
        <thead>
          <tr>
            <th scope="col" className="col-code">Mã, loại</th>
            {/* Editing needs the width: who and when then sit under the text. */}
            <th scope="col">{editing ? 'Nội dung, đơn vị thực hiện, thời hạn' : 'Nội dung'}</th>
            {!editing && (
              <th scope="col" className="col-assignee">
                Đơn vị thực hiện
              </th>
            )}
            {!editing && (
              <th scope="col" className="col-deadline">
                Thời hạn
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {items.map((it) => (
            <tr key={it.code} className={`item-${it.kind}${it.flags.length > 0 ? ' row-flagged' : ''}`}>
              <td className="col-code">
                <span className="mono item-code">{it.code}</span>
                <span className="item-kind">{ITEM_KIND_LABELS[it.kind]}</span>
              </td>
              <td className={`indent-${Math.min(it.level, 5)}`}>
                {onTextChange ? (
                  <textarea
                    className="item-text-input"
                    aria-label={`Nội dung mục ${it.code}`}
                    value={it.text}
                    rows={2}
                    onChange={(e) => onTextChange(it.code, e.target.value)}
                  />
                ) : (
                  <span className="item-text">{it.text}</span>
                )}
                {editing && (it.assignees.length > 0 || it.deadline) && (
                  <dl className="item-meta">
                    {it.assignees.length > 0 && (
                      <div title={assigneeTitle(it)}>
                        <dt>Đơn vị thực hiện</dt>
                        <dd>{assigneeText(it)}</dd>
                      </div>
                    )}
                    {it.deadline && (
                      <div>
                        <dt>Thời hạn</dt>
                        <dd>
                          {it.deadline.text}
                          {it.deadline.date && <strong> ({formatViDate(it.deadline.date)})</strong>}
                          {it.deadline.recurrence !== 'once' && <span className="badge badge-neutral">{RECURRENCE_LABELS[it.deadline.recurrence]}</span>}
                        </dd>
                      </div>
                    )}
                  </dl>
                )}
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
              {!editing && (
                <td className="col-assignee" title={assigneeTitle(it)}>
                  {assigneeText(it)}
                </td>
              )}
              {!editing && (
                <td className="col-deadline">
                  <DeadlineCell item={it} />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function flaggedCount(items: readonly PlanItem[]): number {
  return items.filter((i) => i.flags.length > 0).length;
}
