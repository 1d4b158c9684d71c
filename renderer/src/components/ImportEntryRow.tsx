// One line per file in the import queue: name, size, state, and what was read or why it failed.
import { memo } from 'react';
import type { ImportOutcome } from '../../../shared/domain';
import { IMPORT_OUTCOME_LABELS } from '../../../shared/labels';
import { formatViNumber } from '../../../shared/text';
import type { ImportEntry } from '../import-queue';
import { Spinner } from './Busy';

export const OUTCOME_TONE: Record<ImportOutcome, string> = {
  imported: 'success',
  duplicate: 'neutral',
  superseded: 'info',
  review: 'warning',
  rejected: 'error',
};

function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${formatViNumber(bytes / 1024, 0)} KB`;
  return `${formatViNumber(bytes / 1024 / 1024, 1)} MB`;
}

// Memoised: an import of hundreds of files changes one row at a time.
export const EntryRow = memo(function EntryRow(props: { entry: ImportEntry; onReview(fileName: string): void }) {
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
            <Spinner small /> {entry.progress ? `Đang nhận dạng chữ bản scan: trang ${entry.progress.page}/${entry.progress.pages}…` : 'Đang xử lý…'}
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
          {r.rows && (
            <span>
              <span className="muted">Bảng nhiều đơn vị: </span>
              {r.rows.length} dòng đơn vị
            </span>
          )}
          {r.rows && (
            <ul className="import-rows">
              {r.rows.map((row) => (
                <li key={row.source}>
                  <span className={`badge badge-${OUTCOME_TONE[row.outcome]}`}>{IMPORT_OUTCOME_LABELS[row.outcome]}</span> {row.unit?.name ?? row.label}{' '}
                  <span className="muted">(ô {row.source})</span>
                </li>
              ))}
            </ul>
          )}
          {r.error && r.outcome === 'review' && (
            <span className="import-review">
              {r.error.message}{' '}
              <button type="button" className="link-button" onClick={() => props.onReview(entry.name)}>
                Xem lại tệp này
              </button>
            </span>
          )}
          {r.error && r.outcome !== 'review' && <span className="import-error">{r.error.message}</span>}
        </div>
      )}
    </li>
  );
});
