// Visible feedback: errors as role="alert", confirmations as role="status".
import type { ReactNode } from 'react';

export function ErrorAlert(props: { message: string | null | undefined; title?: string; onClose?: () => void }) {
  if (!props.message) return null;
  return (
    <div className="alert alert-error" role="alert">
      <span className="alert-icon" aria-hidden="true" />
      <div className="alert-body">
        {props.title && <strong className="alert-title">{props.title}</strong>}
        <span>{props.message}</span>
      </div>
      {props.onClose && (
        <button type="button" className="alert-close" onClick={props.onClose} aria-label="Đóng thông báo lỗi">
          ×
        </button>
      )}
    </div>
  );
}

export function Notice(props: { children: ReactNode; tone?: 'success' | 'info' | 'warning' }) {
  return (
    <div className={`alert alert-${props.tone ?? 'info'}`} role="status">
      {/* Block, not flex: a sentence with <strong> parts must stay one line of text. */}
      <div className="alert-body alert-text">{props.children}</div>
    </div>
  );
}
