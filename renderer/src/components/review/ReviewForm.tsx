// One file waiting for a person: what was read and why it was held back, with every value editable,
// then accepted as a report (reviews.accept) or set aside (reviews.discard).
import { useMemo, useState } from 'react';
import type { EntryStatus, ReviewDecision, ReviewItem } from '../../../../shared/domain';
import { formatViDate, todayIso } from '../../../../shared/dates';
import { formatViNumber, parseViNumber } from '../../../../shared/text';
import { useApp } from '../../app-state';
import { useLoad } from '../../lib/use-async';
import { DateValidity, DateInput, useDateValidity } from '../DateInput';
import { planLabel, roundLabel } from '../PlanRoundPicker';
import { ReviewEntries } from './ReviewEntries';
import { ReadHere, ScanPages, sameBox } from './ScanPages';
import type { BoxRef } from './ScanPages';

export type ReviewDraft = Omit<ReviewDecision, 'figures' | 'unitCode' | 'planId' | 'roundId' | 'reportNumber'> & {
  unitCode: string;
  reportNumber: string;
  planId: number | null;
  roundId: number | null;
  figures: Array<{ indicatorKey: string; source: string; text: string; cumulative?: boolean }>;
};

function initialDraft(r: ReviewItem): ReviewDraft {
  return {
    id: r.id,
    unitCode: r.unitCode ?? '',
    planId: r.planId,
    roundId: r.roundId,
    reportDate: r.reportDate,
    reportNumber: r.reportNumber ?? '',
    receivedAt: r.receivedAt || todayIso(),
    entries: r.entries.map(({ confidence: _c, ...e }) => e),
    // Keep the figure's other facts (cumulative, …): only its value is edited as text.
    figures: r.figures.map(({ value, ...f }) => ({ ...f, text: formatViNumber(value) })),
  };
}

/** The decision to send, or the Vietnamese reason it cannot be sent yet. */
function decide(d: ReviewDraft, badDates: number): ReviewDecision | string {
  if (!d.unitCode) return 'Hãy chọn đơn vị gửi báo cáo.';
  if (d.planId === null || d.roundId === null) return 'Hãy chọn kế hoạch và kỳ báo cáo của báo cáo này.';
  if (badDates > 0) return 'Có ô ngày chưa đúng dạng dd/mm/yyyy.';
  const figures: ReviewDecision['figures'] = [];
  for (const f of d.figures) {
    const value = parseViNumber(f.text);
    if (value === null) return `Số liệu “${f.text}” của chỉ tiêu ${f.indicatorKey} không phải là số.`;
    const { text: _text, ...rest } = f;
    figures.push({ ...rest, value });
  }
  return { ...d, unitCode: d.unitCode, planId: d.planId, roundId: d.roundId, reportNumber: d.reportNumber.trim() || null, figures };
}

/** The form control that holds the value a box on the scan shows. */
function controlFor(b: BoxRef, d: ReviewDraft): string | null {
  switch (b.field) {
    case 'unit':
      return 'review-unit';
    case 'number':
      return 'review-number';
    case 'date':
      return 'review-report-date';
    case 'figure': {
      const i = d.figures.findIndex((f) => f.indicatorKey === b.key);
      return i < 0 ? null : `review-figure-${i}`;
    }
    case 'entry': {
      const i = d.entries.findIndex((e) => e.itemCode === b.key);
      return i < 0 ? null : `review-entry-${i}`;
    }
    default: {
      const never: never = b.field;
      return String(never);
    }
  }
}

export function ReviewForm(props: { review: ReviewItem; busy: boolean; onAccept(d: ReviewDecision): void; onDiscard(): void }) {
  const { review } = props;
  const { api } = useApp();
  const units = useLoad(() => api('units.list', {}), [api]);
  const plans = useLoad(() => api('plans.list', {}), [api]);
  const [d, setD] = useState<ReviewDraft>(() => initialDraft(review));
  const plan = useLoad(d.planId === null ? null : () => api('plans.get', { planId: d.planId! }), [api, d.planId]);
  const dates = useDateValidity();
  const [problem, setProblem] = useState<string | null>(null);
  // The value being checked against the scan: its box is highlighted on the page image.
  const [active, setActive] = useState<BoxRef | null>(null);
  const scan = review.scan ?? null;
  const boxOf = (field: BoxRef['field'], key = '') => scan?.boxes.find((b) => b.field === field && b.key === key);
  const show = (b: BoxRef) => setActive(b);
  const boxLabel = (b: BoxRef): string => {
    switch (b.field) {
      case 'unit':
        return 'Đơn vị';
      case 'number':
        return 'Số báo cáo';
      case 'date':
        return 'Ngày báo cáo';
      case 'figure':
        return plan.data?.indicators.find((i) => i.key === b.key)?.name ?? b.key;
      default:
        return `Mục ${b.key}`;
    }
  };
  const pick = (b: BoxRef) => {
    setActive(b);
    const id = controlFor(b, d);
    if (id) document.getElementById(id)?.focus({ preventScroll: false });
  };
  const readHere = (field: BoxRef['field'], label: string) => (
    <ReadHere box={boxOf(field)} active={sameBox(active, { field, key: '' })} label={label} onShow={() => show({ field, key: '' })} />
  );
  const set = (p: Partial<ReviewDraft>) => {
    setProblem(null);
    setD((prev) => ({ ...prev, ...p }));
  };
  const detected = units.data?.find((u) => u.code === review.unitCode);
  const sortedUnits = useMemo(() => [...(units.data ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'vi')), [units.data]);
  const rounds = plan.data && plan.data.id === d.planId ? plan.data.rounds : [];

  const accept = () => {
    const decision = decide(d, dates.invalidCount);
    if (typeof decision === 'string') setProblem(decision);
    else props.onAccept(decision);
  };

  return (
    <DateValidity.Provider value={dates.registry}>
      <form className="review-form" aria-labelledby="review-form-title" onSubmit={(e) => e.preventDefault()}>
        <h3 id="review-form-title" tabIndex={-1}>
          Xem lại tệp <span className="file-name">{review.fileName}</span>
        </h3>
        <div className="alert alert-warning">
          <div className="alert-body">
            <strong className="alert-title">Lý do cần xem lại</strong>
            <span>{review.reason}</span>
          </div>
        </div>
        <div className={scan ? 'review-columns' : undefined}>
          {scan && <ScanPages reviewId={review.id} scan={scan} active={active} label={boxLabel} onPick={pick} />}
          <div className={scan ? 'review-values' : undefined}>
            <dl className="meta-list meta-list-single review-detected">
              <div className="meta-row">
                <dt>Đơn vị nhận ra</dt>
                <dd>
                  {review.unitCode ? <strong>{detected?.name ?? review.unitCode}</strong> : <span className="muted">(chưa nhận ra)</span>}
                  {review.unitEvidence && <span className="muted evidence"> — căn cứ: {review.unitEvidence}</span>}
                </dd>
              </div>
              <div className="meta-row">
                <dt>Nhận lúc</dt>
                <dd>{formatViDate(review.createdAt.slice(0, 10))}</dd>
              </div>
            </dl>
            <div className="form-grid">
              <div className="field">
                <label htmlFor="review-unit">Đơn vị gửi báo cáo</label>
                <select id="review-unit" value={d.unitCode} onFocus={() => scan && show({ field: 'unit', key: '' })} onChange={(e) => set({ unitCode: e.target.value })}>
                  <option value="">— Chọn đơn vị —</option>
                  {sortedUnits.map((u) => (
                    <option key={u.code} value={u.code}>
                      {u.name}
                      {u.validTo ? ' (không còn hoạt động)' : ''}
                    </option>
                  ))}
                </select>
                {readHere('unit', 'đơn vị')}
              </div>
              <div className="field">
                <label htmlFor="review-plan">Thuộc kế hoạch</label>
                <select
                  id="review-plan"
                  value={d.planId ?? ''}
                  onChange={(e) => set({ planId: e.target.value === '' ? null : Number(e.target.value), roundId: null })}
                >
                  <option value="">— Chọn kế hoạch —</option>
                  {plans.data?.map((p) => (
                    <option key={p.id} value={p.id}>
                      {planLabel(p)}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor="review-round">Thuộc kỳ báo cáo</label>
                <select
                  id="review-round"
                  value={d.roundId ?? ''}
                  disabled={d.planId === null}
                  onChange={(e) => set({ roundId: e.target.value === '' ? null : Number(e.target.value) })}
                >
                  <option value="">— Chọn kỳ —</option>
                  {rounds.map((r) => (
                    <option key={r.id} value={r.id}>
                      {roundLabel(r)}
                      {r.locked ? ' — đã chốt' : ''}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field field-date-pair">
                <div className="field" onFocus={() => scan && show({ field: 'date', key: '' })}>
                  <label htmlFor="review-report-date">Ngày báo cáo</label>
                  <DateInput id="review-report-date" value={d.reportDate} onChange={(reportDate) => set({ reportDate })} />
                  {readHere('date', 'ngày báo cáo')}
                </div>
                <div className="field">
                  <label htmlFor="review-received">Ngày nhận</label>
                  <DateInput id="review-received" required value={d.receivedAt} onChange={(v) => set({ receivedAt: v ?? todayIso() })} />
                </div>
              </div>
            </div>
            <div className="field">
              <label htmlFor="review-number">Số báo cáo</label>
              <input
                id="review-number"
                value={d.reportNumber}
                placeholder="(không có số)"
                onFocus={() => scan && show({ field: 'number', key: '' })}
                onChange={(e) => set({ reportNumber: e.target.value })}
              />
              {readHere('number', 'số báo cáo')}
            </div>
            <ReviewEntries
              review={review}
              draft={d}
              boxOf={scan ? boxOf : undefined}
              active={active}
              onShow={show}
              plan={plan.data && plan.data.id === d.planId ? plan.data : undefined}
              onEntry={(i, p) => set({ entries: d.entries.map((e, j) => (j === i ? { ...e, ...p } : e)) })}
              onFigure={(i, text) => set({ figures: d.figures.map((f, j) => (j === i ? { ...f, text } : f)) })}
            />
            {problem && (
              <div className="alert alert-error" role="alert">
                <span className="alert-icon" aria-hidden="true" />
                <div className="alert-body">{problem}</div>
              </div>
            )}
            <div className="form-actions">
              <button type="button" className="btn btn-primary" disabled={props.busy} onClick={accept}>
                Chấp nhận
              </button>
              <button type="button" className="btn" disabled={props.busy} onClick={props.onDiscard}>
                Bỏ qua
              </button>
              <span className="hint">Chấp nhận: lưu thành báo cáo của đơn vị cho kỳ đã chọn (kể cả kỳ đã chốt số liệu).</span>
            </div>
          </div>
        </div>
      </form>
    </DateValidity.Provider>
  );
}

export type EntryPatch = { status?: EntryStatus; resultText?: string };
