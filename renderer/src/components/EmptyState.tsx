// What to do next when there is nothing to show yet.
import type { ReactNode } from 'react';

export function EmptyState(props: { title: string; children?: ReactNode; action?: ReactNode }) {
  return (
    <div className="empty-state">
      <div className="empty-icon" aria-hidden="true" />
      <p className="empty-title">{props.title}</p>
      {props.children && <div className="empty-text">{props.children}</div>}
      {props.action && <div className="empty-action">{props.action}</div>}
    </div>
  );
}
