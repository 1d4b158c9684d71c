// The statuses, results and figures read from a held-back file, editable before accepting.
import type { EntryStatus, Plan, ReviewItem, ScanBox } from '../../../../shared/domain';
import { ENTRY_STATUS_LABELS } from '../../../../shared/labels';
import { formatPercent } from '../../../../shared/text';
import type { EntryPatch, ReviewDraft } from './ReviewForm';
import { ReadHere, sameBox } from './ScanPages';
import type { BoxRef } from './ScanPages';

const LOW_CONFIDENCE = 0.75;

export function ReviewEntries(props: {
  review: ReviewItem;
  draft: ReviewDraft;
  plan: Plan | undefined;
  onEntry(index: number, patch: EntryPatch): void;
  onFigure(index: number, text: string): void;
  /** A scan: where each value was read, the value being checked, and how to show one on the page. */
  boxOf?: (field: BoxRef['field'], key: string) => ScanBox | undefined;
  active?: BoxRef | null;
  onShow?: (b: BoxRef) => void;
}) {
  const { draft, plan } = props;
  const here = (field: BoxRef['field'], key: string, label: string) =>
    props.boxOf ? (
      <ReadHere box={props.boxOf(field, key)} active={sameBox(props.active ?? null, { field, key })} label={label} onShow={() => props.onShow?.({ field, key })} />
    ) : null;
  const focus = (field: BoxRef['field'], key: string) => () => props.boxOf && props.onShow?.({ field, key });
  const itemText = (code: string) => plan?.items.find((i) => i.code === code)?.text;
  const indicator = (key: string) => plan?.indicators.find((i) => i.key === key);
  return (
    <>
      <h4 className="subheading">Tình hình thực hiện ({draft.entries.length} mục)</h4>
      {draft.entries.length === 0 ? (
        <p className="muted">Tệp không ghi tình hình thực hiện nhiệm vụ nào.</p>
      ) : (
        <div className="table-wrap">
          <table className="table review-entries" aria-label="Tình hình thực hiện đọc được">
            <thead>
              <tr>
                <th scope="col">Mục</th>
                <th scope="col" className="num">Độ tin cậy</th>
                <th scope="col" className="col-status">Tình trạng</th>
                <th scope="col">Kết quả</th>
              </tr>
            </thead>
            <tbody>
              {draft.entries.map((e, i) => {
                const confidence = props.review.entries[i]?.confidence ?? 1;
                const low = confidence < LOW_CONFIDENCE;
                return (
                  <tr key={`${e.itemCode}-${i}`} className={low ? 'row-flagged' : undefined}>
                    <td>
                      <span className="mono item-code">{e.itemCode}</span>
                      {itemText(e.itemCode) && <span className="item-kind review-item-text">{itemText(e.itemCode)}</span>}
                      {plan && !itemText(e.itemCode) && <span className="flag">Kế hoạch đã chọn không có mục này</span>}
                    </td>
                    <td className="num nowrap">
                      {low && <span aria-hidden="true">⚠ </span>}
                      {formatPercent(confidence)}
                      {low && <span className="visually-hidden"> (thấp)</span>}
                    </td>
                    <td className="col-status">
                      <select
                        value={e.status}
                        aria-label={`Tình trạng mục ${e.itemCode}`}
                        onChange={(ev) => props.onEntry(i, { status: ev.target.value as EntryStatus })}
                      >
                        {(Object.keys(ENTRY_STATUS_LABELS) as EntryStatus[]).map((s) => (
                          <option key={s} value={s}>
                            {ENTRY_STATUS_LABELS[s]}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>
                      <textarea
                        id={`review-entry-${i}`}
                        className="item-text-input"
                        rows={2}
                        value={e.resultText}
                        aria-label={`Kết quả mục ${e.itemCode}`}
                        onFocus={focus('entry', e.itemCode)}
                        onChange={(ev) => props.onEntry(i, { resultText: ev.target.value })}
                      />
                      {here('entry', e.itemCode, `mục ${e.itemCode}`)}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {draft.figures.length > 0 && (
        <>
          <h4 className="subheading">Số liệu</h4>
          <div className="form-grid figures-grid">
            {draft.figures.map((f, i) => {
              const ind = indicator(f.indicatorKey);
              const id = `review-figure-${i}`;
              return (
                <div className="field" key={`${f.indicatorKey}-${i}`}>
                  <label htmlFor={id}>
                    {ind?.name ?? f.indicatorKey}
                    {ind?.measure ? ` (${ind.measure})` : ''}
                    {f.cumulative ? ' — lũy kế từ đầu năm' : ''}
                  </label>
                  <input id={id} className="num" inputMode="decimal" value={f.text} onFocus={focus('figure', f.indicatorKey)} onChange={(e) => props.onFigure(i, e.target.value)} />
                  {here('figure', f.indicatorKey, ind?.name ?? f.indicatorKey)}
                </div>
              );
            })}
          </div>
        </>
      )}
    </>
  );
}
