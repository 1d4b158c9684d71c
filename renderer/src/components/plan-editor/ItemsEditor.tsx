// The plan's items as an editable tree: add, remove, reorder, and edit each row in place.
import { useEffect, useMemo, useRef } from 'react';
import type { Unit } from '../../../../shared/domain';
import { addItem, dismissFlag, moveItem, removeItem, updateItem } from '../../lib/plan-draft';
import type { EditItem } from '../../lib/plan-draft';
import { ItemRow } from './ItemRow';
import type { RowActions } from './ItemRow';

export function ItemsEditor(props: { items: EditItem[]; units: readonly Unit[]; onChange(items: EditItem[]): void }) {
  const { items, onChange } = props;
  // After a move or an add the DOM is rebuilt: put focus back where the specialist was working.
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    if (!focusNext.current) return;
    const el = document.getElementById(focusNext.current);
    focusNext.current = null;
    el?.focus();
  });
  const latest = useRef(items);
  latest.current = items;

  const actions = useMemo<RowActions>(
    () => ({
      update: (uid, patch) => onChange(updateItem(latest.current, uid, patch)),
      move: (uid, delta) => {
        const next = moveItem(latest.current, uid, delta);
        const i = next.findIndex((x) => x.uid === uid);
        // At the top or bottom the pressed button turns disabled; the other one is then the useful focus.
        const atEdge = (delta < 0 && i === 0) || (delta > 0 && i === next.length - 1);
        focusNext.current = `item-${(delta < 0) !== atEdge ? 'up' : 'down'}-${uid}`;
        onChange(next);
      },
      remove: (uid) => {
        const list = latest.current;
        const i = list.findIndex((x) => x.uid === uid);
        const neighbour = list[i + 1] ?? list[i - 1];
        focusNext.current = neighbour ? `item-up-${neighbour.uid}` : 'add-item';
        onChange(removeItem(list, uid));
      },
      dismissFlag: (uid, flag) => onChange(dismissFlag(latest.current, uid, flag)),
    }),
    [onChange],
  );

  return (
    <>
      {items.length > 0 && (
        <div className="table-wrap">
          <table className="table items-table items-table-editing" aria-label="Các mục của kế hoạch">
            <thead>
              <tr>
                <th scope="col" className="col-code">
                  Mã, loại
                </th>
                <th scope="col">Nội dung, đơn vị thực hiện, thời hạn</th>
                <th scope="col" className="col-actions">
                  <span className="visually-hidden">Thao tác</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((it, i) => (
                <ItemRow key={it.uid} item={it} index={i} count={items.length} units={props.units} actions={actions} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {items.length === 0 && <p className="muted">Chưa có mục nào. Bấm “Thêm mục” để thêm phần, nội dung hoặc nhiệm vụ.</p>}
      <div className="form-actions">
        <button
          type="button"
          id="add-item"
          className="btn"
          onClick={() => {
            const next = addItem(latest.current);
            const added = next[next.length - 1]!;
            onChange(next);
            focusNext.current = `item-text-${added.uid}`;
          }}
        >
          + Thêm mục
        </button>
      </div>
    </>
  );
}
