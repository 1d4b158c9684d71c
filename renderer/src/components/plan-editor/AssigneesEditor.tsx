// Who carries out one item: each assignee is the words of the plan, plus the unit groups and/or the
// single unit of the directory those words mean (that is what the matrix and templates use).
import type { Assignee, Unit, UnitFamily } from '../../../../shared/domain';
import { UNIT_FAMILIES } from '../../../../shared/domain';
import { UNIT_FAMILY_LABELS } from '../../../../shared/labels';
import { emptyAssignee } from '../../lib/plan-draft';

function kindsSummary(kinds: readonly UnitFamily[]): string {
  if (kinds.length === 0) return 'Chọn nhóm đơn vị';
  const first = UNIT_FAMILY_LABELS[kinds[0]!];
  return kinds.length === 1 ? first : `${first} (+${kinds.length - 1})`;
}

function KindsPicker(props: { kinds: readonly UnitFamily[]; label: string; onChange(kinds: UnitFamily[]): void }) {
  const toggle = (k: UnitFamily, on: boolean) =>
    props.onChange(UNIT_FAMILIES.filter((x) => (x === k ? on : props.kinds.includes(x))));
  return (
    <details className="kinds-picker">
      <summary aria-label={`${props.label}: ${props.kinds.map((k) => UNIT_FAMILY_LABELS[k]).join('; ') || 'chưa chọn'}`}>
        {kindsSummary(props.kinds)}
      </summary>
      <fieldset className="kinds-options">
        <legend className="visually-hidden">{props.label}</legend>
        {UNIT_FAMILIES.map((k) => (
          <label key={k} className="check">
            <input type="checkbox" checked={props.kinds.includes(k)} onChange={(e) => toggle(k, e.target.checked)} />
            {UNIT_FAMILY_LABELS[k]}
          </label>
        ))}
      </fieldset>
    </details>
  );
}

export function AssigneesEditor(props: {
  assignees: readonly Assignee[];
  itemCode: string;
  units: readonly Unit[];
  onChange(assignees: Assignee[]): void;
}) {
  const { assignees, itemCode, onChange } = props;
  const set = (i: number, patch: Partial<Assignee>) => onChange(assignees.map((a, j) => (j === i ? { ...a, ...patch } : a)));
  return (
    <div className="assignees">
      <div className="sub-label">Đơn vị thực hiện</div>
      {assignees.length === 0 && <p className="muted small">Chưa có đơn vị thực hiện.</p>}
      {assignees.map((a, i) => {
        const n = assignees.length > 1 ? ` ${i + 1}` : '';
        return (
          <div className="assignee-row" key={i}>
            <input
              className="assignee-label"
              value={a.label}
              aria-label={`Đơn vị thực hiện${n} của mục ${itemCode}`}
              placeholder="Như văn bản ghi, ví dụ: Các huyện ủy, thành ủy"
              onChange={(e) => set(i, { label: e.target.value })}
            />
            <KindsPicker kinds={a.unitKinds} label={`Nhóm đơn vị${n} của mục ${itemCode}`} onChange={(unitKinds) => set(i, { unitKinds })} />
            <select
              className="assignee-unit"
              value={a.unitCode ?? ''}
              aria-label={`Đơn vị cụ thể${n} của mục ${itemCode}`}
              onChange={(e) => set(i, { unitCode: e.target.value === '' ? null : e.target.value })}
            >
              <option value="">— Đơn vị cụ thể —</option>
              {a.unitCode && !props.units.some((u) => u.code === a.unitCode) && <option value={a.unitCode}>{a.unitCode}</option>}
              {props.units.map((u) => (
                <option key={u.code} value={u.code}>
                  {u.name}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="icon-button"
              aria-label={`Bỏ đơn vị thực hiện${n} của mục ${itemCode}`}
              title="Bỏ đơn vị này"
              onClick={() => onChange(assignees.filter((_, j) => j !== i))}
            >
              ×
            </button>
          </div>
        );
      })}
      <button type="button" className="link-button small" onClick={() => onChange([...assignees, emptyAssignee()])}>
        + Thêm đơn vị thực hiện<span className="visually-hidden"> cho mục {itemCode}</span>
      </button>
    </div>
  );
}
