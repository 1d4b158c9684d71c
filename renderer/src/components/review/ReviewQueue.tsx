// Cần xem lại: files the import held back (unsure match, or a round whose figures are final).
import { useEffect, useRef, useState } from 'react';
import type { ReviewDecision, ReviewItem } from '../../../../shared/domain';
import { formatViDate } from '../../../../shared/dates';
import { useApp } from '../../app-state';
import { useImportQueue } from '../../import-queue';
import { useAction, useLoad } from '../../lib/use-async';
import { ErrorAlert, Notice } from '../Alert';
import { Busy } from '../Busy';
import { ConfirmDialog } from '../ConfirmDialog';
import { ReviewForm } from './ReviewForm';

/** Asks the queue to open the newest review of a file (from an import result's "Xem lại" button). */
export type ReviewRequest = { fileName: string; nonce: number };

export function ReviewQueue(props: { request: ReviewRequest | null }) {
  const { api } = useApp();
  const { reviewsVersion, reviewsChanged } = useImportQueue();
  const list = useLoad(() => api('reviews.list', {}), [api, reviewsVersion]);
  const [selected, setSelected] = useState<number | null>(null);
  const [askDiscard, setAskDiscard] = useState<ReviewItem | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const action = useAction();
  const titleRef = useRef<HTMLHeadingElement>(null);
  const handled = useRef<number | null>(null);
  const items = list.data ?? [];
  const current = items.find((r) => r.id === selected) ?? null;

  // Open what the import result pointed at, once the list that holds it has loaded.
  useEffect(() => {
    const req = props.request;
    if (!req || handled.current === req.nonce || !list.data) return;
    handled.current = req.nonce;
    const match = list.data.filter((r) => r.fileName === req.fileName).sort((a, b) => b.id - a.id)[0];
    setSelected(match?.id ?? null);
    setDone(null);
    requestAnimationFrame(() => {
      const target = match ? document.getElementById('review-form-title') : titleRef.current;
      target?.scrollIntoView({ block: 'start' });
      target?.focus();
    });
  }, [props.request, list.data]);

  const accept = async (d: ReviewDecision) => {
    const r = await action.run(() => api('reviews.accept', d));
    if (!r) return;
    setDone(`Đã chấp nhận tệp ${r.file}: đã lưu báo cáo của ${r.unit?.name ?? d.unitCode}${r.round ? ` cho kỳ ${r.round.label}` : ''}.`);
    setSelected(null);
    reviewsChanged();
    titleRef.current?.focus();
  };
  const discard = async (r: ReviewItem) => {
    setAskDiscard(null);
    const ok = await action.run(() => api('reviews.discard', { id: r.id }));
    if (!ok) return;
    setDone(`Đã bỏ qua tệp ${r.fileName}.`);
    setSelected(null);
    reviewsChanged();
    titleRef.current?.focus();
  };

  if (items.length === 0 && !done && !list.error && !action.error) return null;
  return (
    <section className="card review-queue" aria-labelledby="review-queue-title">
      <h2 id="review-queue-title" ref={titleRef} tabIndex={-1}>
        Cần xem lại ({items.length})
      </h2>
      <p className="muted">
        Các tệp phần mềm chưa chắc chắn (không rõ đơn vị, kỳ báo cáo…) hoặc gửi cho kỳ đã chốt số liệu. Chọn một tệp, kiểm tra rồi bấm
        Chấp nhận hoặc Bỏ qua.
      </p>
      <ErrorAlert title="Không tải được danh sách cần xem lại" message={list.error} />
      <ErrorAlert title="Không thực hiện được" message={action.error} onClose={action.clearError} />
      {done && <Notice tone="success">{done}</Notice>}
      {list.loading && !list.data && <Busy label="Đang tải danh sách cần xem lại…" />}
      {items.length > 0 && (
        <ul className="review-list" aria-label="Tệp cần xem lại">
          {items.map((r) => (
            <li key={r.id} className={r.id === selected ? 'review-entry review-selected' : 'review-entry'}>
              <div className="review-entry-main">
                <span className="import-name">{r.fileName}</span>
                <span className="muted review-reason">{r.reason}</span>
              </div>
              <span className="muted nowrap">{formatViDate(r.createdAt.slice(0, 10))}</span>
              <button
                type="button"
                className={r.id === selected ? 'btn btn-small btn-primary' : 'btn btn-small'}
                aria-pressed={r.id === selected}
                aria-label={`Xem lại tệp ${r.fileName}`}
                onClick={() => {
                  setDone(null);
                  setSelected(r.id === selected ? null : r.id);
                }}
              >
                Xem lại
              </button>
            </li>
          ))}
        </ul>
      )}
      {action.busy && <Busy label="Đang xử lý…" />}
      {current && (
        <ReviewForm key={current.id} review={current} busy={action.busy} onAccept={(d) => void accept(d)} onDiscard={() => setAskDiscard(current)} />
      )}
      <ConfirmDialog
        open={askDiscard !== null}
        title="Bỏ qua tệp này?"
        confirmLabel="Bỏ qua tệp"
        cancelLabel="Không"
        danger
        onCancel={() => setAskDiscard(null)}
        onConfirm={() => askDiscard && void discard(askDiscard)}
      >
        <p>
          Tệp <strong>{askDiscard?.fileName}</strong> sẽ không được tính vào số liệu.
        </p>
      </ConfirmDialog>
    </section>
  );
}
