// Nhập báo cáo: drop or pick any mix of report files; each goes through reports.import in turn.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { DragEvent as ReactDragEvent } from 'react';
import type { ImportOutcome } from '../../../shared/domain';
import { formatViDate, todayIso } from '../../../shared/dates';
import { IMPORT_OUTCOME_LABELS } from '../../../shared/labels';
import { formatViNumber } from '../../../shared/text';
import { saveOutput } from '../api/files';
import { useApp } from '../app-state';
import { ErrorAlert, Notice } from '../components/Alert';
import { Spinner } from '../components/Busy';
import { FileButton } from '../components/FileButton';
import { PlanRoundPicker } from '../components/PlanRoundPicker';
import { ScreenHeader } from '../components/ScreenHeader';
import { useImportQueue } from '../import-queue';
import type { ImportEntry } from '../import-queue';
import { parseDateInput } from '../lib/dates-input';
import { useAction, useLoad } from '../lib/use-async';

const REPORT_ACCEPT = '.xlsx,.xls,.docx,.doc,.pdf,.csv,.txt';

const OUTCOME_TONE: Record<ImportOutcome, string> = {
  imported: 'success',
  duplicate: 'neutral',
  superseded: 'info',
  review: 'warning',
  rejected: 'error',
};

function hasFiles(e: DragEvent | ReactDragEvent): boolean {
  return Array.from(e.dataTransfer?.types ?? []).includes('Files');
}

function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${formatViNumber(bytes / 1024, 0)} KB`;
  return `${formatViNumber(bytes / 1024 / 1024, 1)} MB`;
}

function EntryRow(props: { entry: ImportEntry }) {
  const { entry } = props;
  const r = entry.result;
  return (
    <li className={`import-entry import-${entry.state}${r ? ` outcome-${r.outcome}` : ''}`}>
      <div className="import-file">
        <span className="import-name">{entry.name}</span>
        <span className="muted import-size">{sizeText(entry.size)}</span>
      </div>
      <div className="import-state">
        {entry.state === 'queued' && <span className="badge badge-neutral">Đang chờ</span>}
        {entry.state === 'working' && (
          <span className="badge badge-info">
            <Spinner small /> Đang xử lý…
          </span>
        )}
        {r && <span className={`badge badge-${OUTCOME_TONE[r.outcome]}`}>{IMPORT_OUTCOME_LABELS[r.outcome]}</span>}
      </div>
      {r && (
        <div className="import-detail">
          {r.unit && (
            <span>
              <span className="muted">Đơn vị: </span>
              <strong>{r.unit.name}</strong>
            </span>
          )}
          {r.plan && (
            <span>
              <span className="muted">Kế hoạch: </span>
              {r.plan.number ?? `#${r.plan.id}`}
            </span>
          )}
          {r.round && (
            <span>
              <span className="muted">Kỳ: </span>
              {r.round.label}
            </span>
          )}
          {r.error && <span className="import-error">{r.error.message}</span>}
        </div>
      )}
    </li>
  );
}

function TemplateCard() {
  const { api, selection } = useApp();
  const units = useLoad(() => api('units.list', {}), [api]);
  const [unitCode, setUnitCode] = useState('');
  const action = useAction();
  const [saved, setSaved] = useState<string | null>(null);
  const today = todayIso();
  const active = useMemo(
    () => (units.data ?? []).filter((u) => !u.validTo || u.validTo >= today).sort((a, b) => a.name.localeCompare(b.name, 'vi')),
    [units.data, today],
  );
  const { planId, roundId } = selection;
  const ready = planId !== null && roundId !== null && unitCode !== '';

  const generate = async () => {
    if (planId === null || roundId === null || !unitCode) return;
    setSaved(null);
    const out = await action.run(async () => {
      const file = await api('templates.generate', { planId, roundId, unitCode });
      await saveOutput(file);
      return file;
    });
    if (out) setSaved(out.fileName);
  };

  return (
    <section className="card" aria-labelledby="template-title">
      <h2 id="template-title">Tải mẫu báo cáo</h2>
      <p className="muted">
        Mẫu Excel điền sẵn đơn vị, kế hoạch, kỳ báo cáo và các nhiệm vụ. Gửi cho đơn vị điền rồi nhập lại tại đây: phần mềm nhận đúng đơn vị và
        kỳ báo cáo.
      </p>
      <div className="inline-form">
        <div className="field field-grow">
          <label htmlFor="template-unit">Đơn vị nhận mẫu</label>
          <select id="template-unit" value={unitCode} onChange={(e) => setUnitCode(e.target.value)} disabled={!units.data}>
            <option value="">— Chọn đơn vị —</option>
            {active.map((u) => (
              <option key={u.code} value={u.code}>
                {u.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field field-submit">
          <button type="button" className="btn" disabled={!ready || action.busy} onClick={() => void generate()}>
            {action.busy && <Spinner small />} Tải mẫu báo cáo
          </button>
        </div>
      </div>
      {(planId === null || roundId === null) && <p className="hint">Chọn kế hoạch và kỳ báo cáo ở trên để tải mẫu.</p>}
      {units.data && units.data.length === 0 && <p className="hint">Danh mục đơn vị đang trống: hãy nhập danh mục ở mục Đơn vị.</p>}
      {action.busy && (
        <p role="status" className="hint">
          Đang tạo mẫu báo cáo…
        </p>
      )}
      <ErrorAlert title="Không tạo được mẫu" message={units.error ?? action.error} onClose={action.clearError} />
      {saved && <Notice tone="success">Đã tạo mẫu {saved}.</Notice>}
    </section>
  );
}

export function ImportScreen() {
  const { selection } = useApp();
  const queue = useImportQueue();
  const [received, setReceived] = useState('');
  const [receivedError, setReceivedError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
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
        subtitle="Kéo thả một hoặc nhiều tệp báo cáo (Excel, Word, PDF). Mỗi tệp được đọc lần lượt: nhận ra đơn vị, kế hoạch, kỳ báo cáo, tình hình thực hiện và số liệu."
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
        <p className="muted dropzone-formats">Nhận .xlsx, .xls, .docx, .doc, .pdf — có thể chọn nhiều tệp cùng lúc.</p>
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
              <EntryRow key={e.id} entry={e} />
            ))}
          </ol>
        </section>
      )}

      <TemplateCard />
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <div className="drop-overlay-box">Thả tệp để nhập báo cáo</div>
        </div>
      )}
    </section>
  );
}
