// The figures a plan collects. A new figure's key follows its name until typed by hand; a saved
// figure's key is fixed, because the figures already filed are stored against it.
import type { Indicator } from '../../../../shared/domain';
import { indicatorKey } from '../../../../shared/indicator-key';
import { newUid } from '../../lib/plan-draft';
import type { EditIndicator } from '../../lib/plan-draft';
import { TextListInput } from './TextListInput';

export function IndicatorsEditor(props: { indicators: EditIndicator[]; onChange(list: EditIndicator[]): void }) {
  const { indicators, onChange } = props;
  const taken = (except: number) => new Set(indicators.filter((i) => i.uid !== except).map((i) => i.key));
  const set = (uid: number, patch: Partial<Indicator>) => onChange(indicators.map((i) => (i.uid === uid ? { ...i, ...patch } : i)));
  const rename = (ind: EditIndicator, name: string) => {
    const auto = !ind.saved && ind.key === indicatorKey(ind.name, taken(ind.uid));
    set(ind.uid, auto ? { name, key: indicatorKey(name, taken(ind.uid)) } : { name });
  };
  const add = () =>
    onChange([...indicators, { uid: newUid(), saved: false, key: indicatorKey('', taken(-1)), name: '', measure: '', synonyms: [] }]);

  return (
    <>
      {indicators.length === 0 ? (
        <p className="muted">Không có chỉ tiêu số liệu.</p>
      ) : (
        <div className="table-wrap">
          <table className="table indicators-editor" aria-label="Chỉ tiêu số liệu">
            <thead>
              <tr>
                <th scope="col">Tên chỉ tiêu</th>
                <th scope="col" className="col-measure">Đơn vị tính</th>
                <th scope="col">Cách gọi khác (cách nhau bằng dấu ;)</th>
                <th scope="col" className="col-key">Mã</th>
                <th scope="col" className="col-actions">
                  <span className="visually-hidden">Thao tác</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {indicators.map((ind, i) => {
                const name = ind.name.trim() || `thứ ${i + 1}`;
                return (
                  <tr key={ind.uid}>
                    <td>
                      <input value={ind.name} aria-label={`Tên chỉ tiêu thứ ${i + 1}`} onChange={(e) => rename(ind, e.target.value)} />
                    </td>
                    <td className="col-measure">
                      <input value={ind.measure} aria-label={`Đơn vị tính của chỉ tiêu ${name}`} placeholder="hội nghị, lượt người…" onChange={(e) => set(ind.uid, { measure: e.target.value })} />
                    </td>
                    <td>
                      <TextListInput
                        value={ind.synonyms}
                        separator="semicolon"
                        label={`Cách gọi khác của chỉ tiêu ${name}`}
                        onChange={(synonyms) => set(ind.uid, { synonyms })}
                      />
                    </td>
                    <td className="col-key">
                      {ind.saved ? (
                        <span className="mono" title="Mã của chỉ tiêu đã lưu không đổi được">
                          {ind.key}
                        </span>
                      ) : (
                        <input className="mono" value={ind.key} aria-label={`Mã chỉ tiêu ${name}`} onChange={(e) => set(ind.uid, { key: e.target.value.trim() })} />
                      )}
                    </td>
                    <td className="col-actions">
                      <button
                        type="button"
                        className="icon-button icon-danger"
                        aria-label={`Xóa chỉ tiêu ${name}`}
                        title="Xóa chỉ tiêu"
                        onClick={() => onChange(indicators.filter((x) => x.uid !== ind.uid))}
                      >
                        ×
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <div className="form-actions">
        <button type="button" className="btn" onClick={add}>
          + Thêm chỉ tiêu
        </button>
      </div>
    </>
  );
}
