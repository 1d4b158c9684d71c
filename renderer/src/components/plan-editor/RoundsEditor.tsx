// Reporting periods of a plan that is not saved yet; after saving, kỳ are added from the plan's page.
import type { RoundInput } from '../../../../shared/domain';
import { newUid } from '../../lib/plan-draft';
import type { EditRound } from '../../lib/plan-draft';
import { DateInput } from '../DateInput';

export function RoundsEditor(props: { rounds: EditRound[]; onChange(list: EditRound[]): void }) {
  const { rounds, onChange } = props;
  const set = (uid: number, patch: Partial<RoundInput>) => onChange(rounds.map((r) => (r.uid === uid ? { ...r, ...patch } : r)));
  return (
    <>
      {rounds.length === 0 ? (
        <p className="muted">Chưa có kỳ báo cáo nào. Có thể thêm bây giờ hoặc sau khi lưu kế hoạch.</p>
      ) : (
        <div className="table-wrap">
          <table className="table" aria-label="Kỳ báo cáo của bản nháp">
            <thead>
              <tr>
                <th scope="col">Tên kỳ</th>
                <th scope="col" className="col-date">Từ ngày</th>
                <th scope="col" className="col-date">Đến ngày</th>
                <th scope="col" className="col-date">Hạn nộp</th>
                <th scope="col" className="col-actions">
                  <span className="visually-hidden">Thao tác</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rounds.map((r, i) => {
                const name = r.label.trim() || `thứ ${i + 1}`;
                return (
                  <tr key={r.uid}>
                    <td>
                      <input value={r.label} aria-label={`Tên kỳ báo cáo thứ ${i + 1}`} onChange={(e) => set(r.uid, { label: e.target.value })} />
                    </td>
                    <td className="col-date">
                      <DateInput value={r.periodFrom} label={`Từ ngày của kỳ ${name}`} onChange={(periodFrom) => set(r.uid, { periodFrom })} />
                    </td>
                    <td className="col-date">
                      <DateInput value={r.periodTo} label={`Đến ngày của kỳ ${name}`} onChange={(periodTo) => set(r.uid, { periodTo })} />
                    </td>
                    <td className="col-date">
                      <DateInput value={r.dueDate || null} required label={`Hạn nộp của kỳ ${name}`} onChange={(d) => set(r.uid, { dueDate: d ?? '' })} />
                    </td>
                    <td className="col-actions">
                      <button
                        type="button"
                        className="icon-button icon-danger"
                        aria-label={`Xóa kỳ ${name}`}
                        title="Xóa kỳ"
                        onClick={() => onChange(rounds.filter((x) => x.uid !== r.uid))}
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
        <button type="button" className="btn" onClick={() => onChange([...rounds, { uid: newUid(), label: '', periodFrom: null, periodTo: null, dueDate: '' }])}>
          + Thêm kỳ
        </button>
      </div>
    </>
  );
}
