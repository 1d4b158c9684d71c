// The drafted body of the consolidated report, editable section by section before export.
import type { DraftSection } from '../../../../shared/domain';

export function DraftEditor(props: { sections: DraftSection[]; onChange(sections: DraftSection[]): void }) {
  const update = (i: number, patch: Partial<DraftSection>) =>
    props.onChange(props.sections.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  return (
    <div className="draft-editor" role="group" aria-label="Nội dung báo cáo">
      {props.sections.map((s, i) => (
        <fieldset key={i} className="draft-section">
          <legend>{s.heading ? `Phần ${i}` : 'Mở đầu'}</legend>
          {s.heading !== '' && (
            <div className="field">
              <label htmlFor={`draft-heading-${i}`}>Tiêu đề phần {i}</label>
              <input id={`draft-heading-${i}`} value={s.heading} onChange={(e) => update(i, { heading: e.target.value })} />
            </div>
          )}
          <div className="field">
            <label htmlFor={`draft-text-${i}`}>{s.heading ? `Nội dung phần ${i}` : 'Đoạn mở đầu'} (mỗi đoạn cách nhau một dòng trống)</label>
            <textarea
              id={`draft-text-${i}`}
              rows={Math.min(18, Math.max(3, s.paragraphs.join('\n\n').split('\n').length + 1))}
              value={s.paragraphs.join('\n\n')}
              onChange={(e) => update(i, { paragraphs: e.target.value.split(/\n\s*\n/) })}
            />
          </div>
        </fieldset>
      ))}
    </div>
  );
}
