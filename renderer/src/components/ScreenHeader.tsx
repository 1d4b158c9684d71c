import type { ReactNode } from 'react';

export function ScreenHeader(props: { title: string; subtitle?: ReactNode; actions?: ReactNode }) {
  return (
    <header className="screen-header">
      <div>
        <h1 id="screen-title" tabIndex={-1}>{props.title}</h1>
        {props.subtitle && <p className="screen-subtitle">{props.subtitle}</p>}
      </div>
      {props.actions && <div className="screen-actions">{props.actions}</div>}
    </header>
  );
}
