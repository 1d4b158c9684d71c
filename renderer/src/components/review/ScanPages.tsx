// The pages of a scanned report beside the values read from them: each value's box drawn on the
// page image (from reviews.page), the one being checked highlighted; clicking a box picks its value.
import { useEffect, useRef, useState } from 'react';
import type { ScanBox, ScanInfo } from '../../../../shared/domain';
import { formatViNumber } from '../../../../shared/text';
import { useApp } from '../../app-state';
import { useLoad } from '../../lib/use-async';
import { ErrorAlert } from '../Alert';
import { Busy } from '../Busy';

/** Which value a box belongs to: its field and its item code or indicator key. */
export type BoxRef = { field: ScanBox['field']; key: string };

export const sameBox = (a: BoxRef | null, b: BoxRef): boolean => a !== null && a.field === b.field && a.key === b.key;

export function ScanPages(props: { reviewId: number; scan: ScanInfo; active: BoxRef | null; label(b: BoxRef): string; onPick(b: BoxRef): void }) {
  const { api } = useApp();
  const { scan, active } = props;
  const [page, setPage] = useState(scan.pages[0]?.page ?? 1);
  const image = useLoad(() => api('reviews.page', { id: props.reviewId, page }), [api, props.reviewId, page]);
  const activeBox = active ? scan.boxes.find((b) => sameBox(active, b)) : undefined;
  const frame = useRef<HTMLDivElement>(null);

  // Picking a value read on another page turns to that page; its box is scrolled into sight.
  useEffect(() => {
    if (activeBox && activeBox.page !== page) setPage(activeBox.page);
  }, [activeBox, page]);
  useEffect(() => {
    frame.current?.querySelector('.scan-box-active')?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [activeBox, image.data]);

  const info = scan.pages.find((p) => p.page === page);
  const boxes = scan.boxes.filter((b) => b.page === page);
  return (
    <section className="scan-pages" aria-label="Ảnh bản scan">
      <div className="scan-toolbar">
        <strong>Bản scan</strong>
        {scan.pages.length > 1 && (
          <div className="scan-page-buttons" role="group" aria-label="Chọn trang">
            {scan.pages.map((p) => (
              <button
                key={p.page}
                type="button"
                className={p.page === page ? 'btn btn-small btn-primary' : 'btn btn-small'}
                aria-pressed={p.page === page}
                onClick={() => setPage(p.page)}
              >
                Trang {p.page}
              </button>
            ))}
          </div>
        )}
      </div>
      <ErrorAlert title="Không tải được ảnh trang" message={image.error} />
      {image.loading && !image.data && <Busy label="Đang tải ảnh trang…" />}
      {image.data && image.data.page === page && (
        <figure className="scan-page">
          <div className="scan-frame" ref={frame}>
            <img src={`data:${image.data.mime};base64,${image.data.dataBase64}`} alt={`Trang ${page} của bản scan`} width={image.data.width} height={image.data.height} />
            {boxes.map((b) => {
              const on = sameBox(active, b);
              return (
                <button
                  key={`${b.field}-${b.key}`}
                  type="button"
                  className={`scan-box scan-box-${b.field}${on ? ' scan-box-active' : ''}${b.confidence < 75 ? ' scan-box-doubtful' : ''}`}
                  style={{ left: `${b.x * 100}%`, top: `${b.y * 100}%`, width: `${b.w * 100}%`, height: `${b.h * 100}%` }}
                  aria-label={`${props.label(b)}: máy đọc “${b.text}”`}
                  aria-pressed={on}
                  title={`${props.label(b)}: “${b.text}” (độ tin cậy ${b.confidence}%)`}
                  onClick={() => props.onPick(b)}
                />
              );
            })}
          </div>
          <figcaption className="muted">
            Trang {page}/{scan.pages.length}
            {info ? ` · máy đọc chắc chắn ${formatViNumber(info.confidence, 0)}%` : ''}
            {info && Math.abs(info.skewDeg) >= 0.2 ? ` · đã xoay thẳng ${formatViNumber(Math.abs(info.skewDeg), 1)}°` : ''} · khung viền: giá trị đã đọc, bấm để
            xem giá trị bên cạnh
          </figcaption>
        </figure>
      )}
    </section>
  );
}

/** Under a value: what OCR read there, and a button that shows it on the page. */
export function ReadHere(props: { box: ScanBox | undefined; active: boolean; label: string; onShow(): void }) {
  if (!props.box) return null;
  return (
    <span className={props.box.confidence < 75 ? 'read-here read-here-doubtful' : 'read-here'}>
      <button type="button" className="link-button" aria-pressed={props.active} aria-label={`Xem trên ảnh: ${props.label}`} onClick={props.onShow}>
        Xem trên ảnh
      </button>{' '}
      <span className="muted">
        — trang {props.box.page}, máy đọc “{props.box.text.length > 80 ? `${props.box.text.slice(0, 80)}…` : props.box.text}”
        {props.box.confidence < 75 ? ' (không chắc)' : ''}
      </span>
    </span>
  );
}
