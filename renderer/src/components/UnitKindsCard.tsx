// The directory's kinds in the office's own words, each with the family that group assignees
// ("các huyện ủy…", "các đoàn thể…") resolve by. A kind the word table did not know is shown
// here, to be renamed or put in the right family.
import { useMemo, useState } from 'react';
import type { Unit, UnitFamily } from '../../../shared/domain';
import { UNIT_FAMILIES } from '../../../shared/domain';
import { UNIT_FAMILY_LABELS } from '../../../shared/labels';
import { familyOfKind } from '../../../shared/unit-kinds';
import { useApp } from '../app-state';
import { useAction } from '../lib/use-async';
import { ErrorAlert } from './Alert';

interface KindSummary {
  kind: string;
  family: UnitFamily;
  /** Units of this kind sit in more than one family (guessed one by one from their names). */
  mixed: boolean;
  count: number;
  /** The word is in the table of kind words (its family was not guessed from names). */
  known: boolean;
}

export function kindsOf(units: readonly Unit[]): KindSummary[] {
  const byKind = new Map<string, { families: Map<UnitFamily, number>; count: number }>();
  for (const u of units) {
    const k = byKind.get(u.kind) ?? { families: new Map(), count: 0 };
    k.count++;
    k.families.set(u.family, (k.families.get(u.family) ?? 0) + 1);
    byKind.set(u.kind, k);
  }
  return [...byKind]
    .map(([kind, k]) => {
      const family = [...k.families].sort((a, b) => b[1] - a[1])[0]![0];
      return { kind, family, mixed: k.families.size > 1, count: k.count, known: familyOfKind(kind) !== null };
    })
    .sort((a, b) => UNIT_FAMILIES.indexOf(a.family) - UNIT_FAMILIES.indexOf(b.family) || a.kind.localeCompare(b.kind, 'vi'));
}

function KindRow(props: { k: KindSummary; onSaved(units: Unit[]): void }) {
  const { api } = useApp();
  const saving = useAction();
  const [label, setLabel] = useState(props.k.kind);
  const [family, setFamily] = useState<UnitFamily>(props.k.family);
  const changed = label.trim() !== props.k.kind || family !== props.k.family || props.k.mixed;
  const save = async () => {
    const units = await saving.run(() => api('units.setKind', { kind: props.k.kind, label, family }));
    if (units) props.onSaved(units);
  };
  return (
    <tr>
      <td>
        {!props.k.known && <span className="badge badge-warning">Từ mới</span>}
        <input
          className="kind-label"
          value={label}
          aria-label={`Tên loại "${props.k.kind}"`}
          onChange={(e) => setLabel(e.target.value)}
        />
        <ErrorAlert message={saving.error} onClose={saving.clearError} />
      </td>
      <td>
        <select value={family} aria-label={`Nhóm của loại "${props.k.kind}"`} onChange={(e) => setFamily(e.target.value as UnitFamily)}>
          {UNIT_FAMILIES.map((f) => (
            <option key={f} value={f}>
              {UNIT_FAMILY_LABELS[f]}
            </option>
          ))}
        </select>
        {props.k.mixed && <div className="muted small">Các đơn vị của loại này đang ở nhiều nhóm (đoán theo tên).</div>}
      </td>
      <td className="num">{props.k.count}</td>
      <td className="col-actions">
        <button type="button" className="btn btn-small" disabled={!changed || saving.busy || label.trim() === ''} onClick={() => void save()}>
          Lưu<span className="visually-hidden"> loại "{props.k.kind}"</span>
        </button>
      </td>
    </tr>
  );
}

export function UnitKindsCard(props: { units: readonly Unit[]; onSaved(units: Unit[]): void }) {
  const kinds = useMemo(() => kindsOf(props.units), [props.units]);
  const unknown = kinds.filter((k) => !k.known).length;
  return (
    // Open by itself when a kind word is new: that is when the specialist has something to check.
    <details className="card kinds-card" open={unknown > 0}>
      <summary>
        <h2>Loại đơn vị</h2>
        <span className="muted">
          {kinds.length} loại{unknown > 0 ? `, ${unknown} loại có từ mới cần xem lại nhóm` : ''}
        </span>
      </summary>
      <p className="muted small">
        Loại giữ đúng cách ghi trong danh mục của cơ quan. Nhóm quyết định đơn vị nào thuộc các cụm từ trong kế hoạch như "các huyện
        ủy, thành ủy", "các đoàn thể chính trị - xã hội", "các tổ chức hữu nghị". Loại có "Từ mới" chưa có trong bảng từ: nhóm của nó
        được đoán theo tên đơn vị.
      </p>
      <div className="table-wrap">
        <table className="table kinds-table" aria-label="Loại đơn vị">
          <thead>
            <tr>
              <th scope="col">Loại (như danh mục ghi)</th>
              <th scope="col">Nhóm</th>
              <th scope="col" className="num">
                Số đơn vị
              </th>
              <th scope="col" className="col-actions">
                <span className="visually-hidden">Lưu</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {kinds.map((k) => (
              <KindRow key={`${k.kind}|${k.family}|${k.count}|${k.mixed}`} k={k} onSaved={props.onSaved} />
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
