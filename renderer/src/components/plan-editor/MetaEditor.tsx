// The document's own details: number, date, issuer, title, what it implements and who receives it.
import type { PlanMeta } from '../../../../shared/domain';
import { DateInput } from '../DateInput';
import { TextListInput } from './TextListInput';

type TextKey = 'docType' | 'number' | 'place' | 'issuer' | 'superiorIssuer' | 'signer';

const FIELDS: ReadonlyArray<{ key: TextKey; label: string; placeholder: string }> = [
  { key: 'docType', label: 'Loại văn bản', placeholder: 'Kế hoạch, Công văn, Hướng dẫn…' },
  { key: 'number', label: 'Số, ký hiệu', placeholder: 'Ví dụ: 125-KH/TU' },
  { key: 'superiorIssuer', label: 'Cơ quan cấp trên', placeholder: 'Ví dụ: TỈNH ỦY BÌNH DƯƠNG' },
  { key: 'issuer', label: 'Cơ quan ban hành', placeholder: 'Ví dụ: BAN TUYÊN GIÁO' },
  { key: 'place', label: 'Địa danh', placeholder: 'Ví dụ: Bình Dương' },
  { key: 'signer', label: 'Người ký', placeholder: 'Chức vụ, họ tên người ký' },
];

export function MetaEditor(props: { meta: PlanMeta; onChange(patch: Partial<PlanMeta>): void }) {
  const { meta, onChange } = props;
  return (
    <>
      <div className="form-grid">
        <div className="field field-span">
          <label htmlFor="plan-title">Trích yếu</label>
          <textarea id="plan-title" rows={2} value={meta.title} required aria-required="true" onChange={(e) => onChange({ title: e.target.value })} />
        </div>
        {FIELDS.slice(0, 2).map((f) => (
          <TextField key={f.key} field={f} value={meta[f.key]} onChange={onChange} />
        ))}
        <div className="field">
          <label htmlFor="plan-issued">Ngày ban hành</label>
          <DateInput id="plan-issued" value={meta.issuedDate} onChange={(issuedDate) => onChange({ issuedDate })} />
        </div>
        {FIELDS.slice(2).map((f) => (
          <TextField key={f.key} field={f} value={meta[f.key]} onChange={onChange} />
        ))}
        <div className="field field-span">
          <label htmlFor="plan-cites">Căn cứ, văn bản thực hiện (mỗi dòng một văn bản)</label>
          <TextListInput id="plan-cites" separator="line" rows={2} value={meta.cites} onChange={(cites) => onChange({ cites })} />
        </div>
        <div className="field field-span">
          <label htmlFor="plan-recipients">Nơi nhận (mỗi dòng một nơi)</label>
          <TextListInput id="plan-recipients" separator="line" rows={2} value={meta.recipients} onChange={(recipients) => onChange({ recipients })} />
        </div>
      </div>
    </>
  );
}

function TextField(props: { field: (typeof FIELDS)[number]; value: string | null; onChange(patch: Partial<PlanMeta>): void }) {
  const { field } = props;
  return (
    <div className="field">
      <label htmlFor={`plan-${field.key}`}>{field.label}</label>
      <input
        id={`plan-${field.key}`}
        value={props.value ?? ''}
        placeholder={field.placeholder}
        onChange={(e) => props.onChange({ [field.key]: e.target.value.trim() === '' ? null : e.target.value })}
      />
    </div>
  );
}
