// Nhập báo cáo: drop or pick any mix of report files; each goes through reports.import in turn.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { DragEvent as ReactDragEvent } from 'react';
import type { ImportOutcome } from '../../../shared/domain';
import { formatViDate, todayIso } from '../../../shared/dates';
import { IMPORT_OUTCOME_LABELS } from '../../../shared/labels';
import { useApp } from '../app-state';
import { ErrorAlert } from '../components/Alert';
import { Spinner } from '../components/Busy';
import { FileButton } from '../components/FileButton';
import { EntryRow, OUTCOME_TONE } from '../components/ImportEntryRow';
import { PlanRoundPicker } from '../components/PlanRoundPicker';
import { ReviewQueue } from '../components/review/ReviewQueue';
import type { ReviewRequest } from '../components/review/ReviewQueue';
import { ScreenHeader } from '../components/ScreenHeader';
import { TemplateCard } from '../components/TemplateCard';
import { useImportQueue } from '../import-queue';
import { parseDateInput } from '../lib/dates-input';

const REPORT_ACCEPT = '.xlsx,.xls,.docx,.doc,.pdf,.csv,.txt,.jpg,.jpeg,.png,.tif,.tiff';

function hasFiles(e: DragEvent | ReactDragEvent): boolean {
  return Array.from(e.dataTransfer?.types ?? []).includes('Files');
}

export function ImportScreen() {
  const { selection } = useApp();
  const queue = useImportQueue();
  const [received, setReceived] = useState('');
  const [receivedError, setReceivedError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const [reviewRequest, setReviewRequest] = useState<ReviewRequest | null>(null);
  const onReview = useCallback((fileName: string) => setReviewRequest({ fileName, nonce: Date.now() }), []);
  const depth = useRef(0);

  // Read at drop time, so files dropped later use what is on screen then.
  const addFiles = (files: readonly File[]) => {
    if (files.length === 0) return;
    const parsed = parseDateInput(received);
    if (!parsed.ok) {
      setReceivedError('Ngày nhận không hợp lệ. Hãy nhập theo dạng dd/mm/yyyy hoặc để trống (lấy ngày hôm nay).');
      return;
    }
    setReceivedError(null);
    queue.enqueue(files, { planId: selection.planId, roundId: selection.roundId, receivedAt: parsed.iso });
  };
  const addRef = useRef(addFiles);
  addRef.current = addFiles;

  // Dropping anywhere in the window counts while this screen is open.
  useEffect(() => {
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth.current++;
      setDragging(true);
    };
    const leave = () => {
      depth.current = Math.max(0, depth.current - 1);
      if (depth.current === 0) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      depth.current = 0;
      setDragging(false);
      if (!e.dataTransfer || e.dataTransfer.files.length === 0) return;
      e.preventDefault();
      addRef.current(Array.from(e.dataTransfer.files));
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);

  const total = queue.entries.length;
  const counts = useMemo(() => {
    const c: Partial<Record<ImportOutcome, number>> = {};
    for (const e of queue.entries) if (e.result) c[e.result.outcome] = (c[e.result.outcome] ?? 0) + 1;
    return c;
  }, [queue.entries]);

  return (
    <section className="screen" aria-labelledby="screen-title">
      <ScreenHeader
        title="Nhập báo cáo"
        subtitle="Kéo thả một hoặc nhiều tệp báo cáo (Excel, Word, PDF, bản scan hoặc ảnh chụp). Mỗi tệp được đọc lần lượt: nhận ra đơn vị, kế hoạch, kỳ báo cáo, tình hình thực hiện và số liệu."
      />
      <div className="card">
        <PlanRoundPicker optional />
        <div className="inline-form">
          <div className="field field-date">
            <label htmlFor="received-at">Ngày nhận báo cáo</label>
            <input
              id="received-at"
              value={received}
              onChange={(e) => setReceived(e.target.value)}
              placeholder={formatViDate(todayIso())}
              inputMode="numeric"
              aria-describedby="received-hint"
            />
          </div>
          <p id="received-hint" className="hint field-note">
            Để trống nếu nhận hôm nay. Ghi ngày nhận thực tế khi nhập lại báo cáo nhận từ trước, để tính đúng hạn cho chính xác.
          </p>
        </div>
        <p className="hint">
          Có thể để trống kế hoạch và kỳ: mẫu báo cáo do phần mềm tạo tự ghi kế hoạch và kỳ báo cáo; với tệp khác, phần mềm đọc từ nội dung.
        </p>
        <ErrorAlert message={receivedError} onClose={() => setReceivedError(null)} />
      </div>

      <div
        className={dragging ? 'dropzone dropzone-active' : 'dropzone'}
        role="region"
        aria-label="Kéo thả tệp báo cáo vào đây"
        onDragOver={(e) => {
          e.preventDefault();
          if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
        }}
        onDrop={(e) => {
          e.preventDefault();
          e.stopPropagation();
          depth.current = 0;
          setDragging(false);
          addFiles(Array.from(e.dataTransfer?.files ?? []));
        }}
      >
        <div className="dropzone-icon" aria-hidden="true">
          ⇩
        </div>
        <p className="dropzone-title">Kéo thả tệp báo cáo vào đây</p>
        <p className="muted">hoặc</p>
        <FileButton label="Chọn tệp" inputLabel="Chọn tệp báo cáo" accept={REPORT_ACCEPT} multiple primary onFiles={addFiles} />
        <p className="muted dropzone-formats">
          Nhận .xlsx, .xls, .docx, .doc, .pdf và bản scan, ảnh chụp (.pdf không có lớp chữ, .jpg, .png, .tif) — có thể chọn nhiều tệp cùng lúc. Bản scan
          được nhận dạng chữ từng trang và luôn chờ xem lại.
        </p>
      </div>

      {total > 0 && (
        <section className="card" aria-labelledby="import-progress-title">
          <div className="card-toolbar">
            <h2 id="import-progress-title">Kết quả nhập</h2>
            <button type="button" className="btn btn-small" onClick={queue.clearFinished} disabled={queue.processed === 0}>
              Xóa các tệp đã xử lý
            </button>
          </div>
          <div className="progress-line">
            <progress max={total} value={queue.processed} aria-label="Tiến độ nhập báo cáo" />
            <span className="progress-text" role="status" aria-live="polite">
              {queue.running && <Spinner small />} Đã xử lý {queue.processed}/{total} tệp
            </span>
          </div>
          {Object.keys(counts).length > 0 && (
            <p className="import-counts">
              {(Object.keys(IMPORT_OUTCOME_LABELS) as ImportOutcome[])
                .filter((o) => counts[o])
                .map((o) => (
                  <span key={o} className={`badge badge-${OUTCOME_TONE[o]}`}>
                    {IMPORT_OUTCOME_LABELS[o]}: {counts[o]}
                  </span>
                ))}
            </p>
          )}
          <ol className="import-list" aria-label="Danh sách tệp đang nhập">
            {queue.entries.map((e) => (
              <EntryRow key={e.id} entry={e} onReview={onReview} />
            ))}
          </ol>
        </section>
      )}

      <ReviewQueue request={reviewRequest} />
      <TemplateCard />
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <div className="drop-overlay-box">Thả tệp để nhập báo cáo</div>
        </div>
      )}
    </section>
  );
}
