// One editable item: code and kind, text, and for tasks who does it and by when; flags stay until resolved.
import { memo } from 'react';
import type { PlanItem, PlanItemKind, Unit } from '../../../../shared/domain';
import { planFlagMessage } from '../../../../shared/plan-flags';
import { ITEM_KIND_LABELS } from '../../lib/labels';
import type { EditItem } from '../../lib/plan-draft';
import { AssigneesEditor } from './AssigneesEditor';
import { DeadlineEditor } from './DeadlineEditor';

export type RowActions = {
  update(uid: number, patch: Partial<PlanItem>): void;
  move(uid: number, delta: -1 | 1): void;
  remove(uid: number): void;
  dismissFlag(uid: number, flag: string): void;
};

type RowProps = { item: EditItem; index: number; count: number; units: readonly Unit[]; actions: RowActions };

// Memoised: typing in one row of a long plan should not re-render every other row.
export const ItemRow = memo(function ItemRow(props: RowProps) {
  const { item: it, index, count, actions } = props;
  const name = it.code.trim() || `thứ ${index + 1}`;
  return (
    <tr className={`item-${it.kind}${it.flags.length > 0 ? ' row-flagged' : ''}`}>
      <td className="col-code">
        <input
          className="mono item-code-input"
          value={it.code}
          aria-label={`Mã mục thứ ${index + 1}`}
          onChange={(e) => actions.update(it.uid, { code: e.target.value })}
        />
        <select
          className="item-kind-select"
          value={it.kind}
          aria-label={`Loại mục ${name}`}
          onChange={(e) => actions.update(it.uid, { kind: e.target.value as PlanItemKind })}
        >
          {(Object.keys(ITEM_KIND_LABELS) as PlanItemKind[]).map((k) => (
            <option key={k} value={k}>
              {ITEM_KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </td>
      <td className={`indent-${Math.min(it.level, 5)}`}>
        <div className="item-main">
          <textarea
            id={`item-text-${it.uid}`}
            className="item-text-input"
            aria-label={`Nội dung mục ${name}`}
            value={it.text}
            rows={2}
            onChange={(e) => actions.update(it.uid, { text: e.target.value })}
          />
          {it.kind === 'task' && (
            <div className="item-editors">
              <AssigneesEditor
                assignees={it.assignees}
                itemCode={name}
                units={props.units}
                onChange={(assignees) => actions.update(it.uid, { assignees })}
              />
              <DeadlineEditor deadline={it.deadline} itemCode={name} onChange={(deadline) => actions.update(it.uid, { deadline })} />
            </div>
          )}
          {it.flags.length > 0 && (
            <ul className="flags" aria-label={`Cảnh báo của mục ${name}`}>
              {it.flags.map((f) => (
                <li key={f} className="flag">
                  <span aria-hidden="true">⚠ </span>
                  {planFlagMessage(f)}
                  <button
                    type="button"
                    className="flag-dismiss"
                    aria-label={`Đã kiểm tra, bỏ cảnh báo của mục ${name}: ${planFlagMessage(f)}`}
                    title="Đã kiểm tra, bỏ cảnh báo"
                    onClick={() => actions.dismissFlag(it.uid, f)}
                  >
                    Đã kiểm tra
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      </td>
      <td className="col-actions">
        <div className="row-tools">
          <button
            type="button"
            id={`item-up-${it.uid}`}
            className="icon-button"
            aria-label={`Đưa mục ${name} lên`}
            title="Đưa lên"
            disabled={index === 0}
            onClick={() => actions.move(it.uid, -1)}
          >
            ↑
          </button>
          <button
            type="button"
            id={`item-down-${it.uid}`}
            className="icon-button"
            aria-label={`Đưa mục ${name} xuống`}
            title="Đưa xuống"
            disabled={index === count - 1}
            onClick={() => actions.move(it.uid, 1)}
          >
            ↓
          </button>
          <button type="button" className="icon-button icon-danger" aria-label={`Xóa mục ${name}`} title="Xóa mục" onClick={() => actions.remove(it.uid)}>
            ×
          </button>
        </div>
      </td>
    </tr>
  );
});
