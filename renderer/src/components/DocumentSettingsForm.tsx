// Thiết lập văn bản: the header, number, place, signature block and recipients every exported report uses.
import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import type { DocumentSettings } from '../../../shared/domain';
import { useApp } from '../app-state';
import { useAction, useLoad } from '../lib/use-async';
import { ErrorAlert, Notice } from './Alert';
import { Busy, Spinner } from './Busy';

type TextKey = Exclude<keyof DocumentSettings, 'recipients'>;

type FieldSpec = { key: TextKey; label: string; hint: string };

const HEADER_FIELDS: readonly FieldSpec[] = [
  { key: 'superiorIssuer', label: 'Cơ quan cấp trên', hint: 'Ví dụ: TỈNH ỦY BÌNH DƯƠNG' },
  { key: 'issuer', label: 'Cơ quan ban hành', hint: 'Ví dụ: BAN TUYÊN GIÁO VÀ DÂN VẬN' },
  { key: 'numberPrefix', label: 'Số, ký hiệu (phần sau số)', hint: 'Ví dụ: -BC/BTGDV' },
  { key: 'place', label: 'Địa danh', hint: 'Ví dụ: Thủ Dầu Một' },
];

const SIGNER_FIELDS: readonly FieldSpec[] = [
  { key: 'signerCapacity', label: 'Thẩm quyền ký', hint: 'Ví dụ: K/T TRƯỞNG BAN' },
  { key: 'signerTitle', label: 'Chức vụ', hint: 'Ví dụ: PHÓ TRƯỞNG BAN' },
  { key: 'signerName', label: 'Người ký', hint: 'Họ và tên người ký' },
];

export function DocumentSettingsForm() {
  const { api } = useApp();
  const loaded = useLoad(() => api('settings.getDocument', {}), [api]);
  const [form, setForm] = useState<DocumentSettings | null>(null);
  const [recipients, setRecipients] = useState('');
  const save = useAction();
  const [savedAt, setSavedAt] = useState<number | null>(null);

  useEffect(() => {
    if (loaded.data) {
      setForm(loaded.data);
      setRecipients(loaded.data.recipients.join('\n'));
    }
  }, [loaded.data]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!form) return;
    setSavedAt(null);
    const next: DocumentSettings = {
      ...form,
      recipients: recipients
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l !== ''),
    };
    const saved = await save.run(() => api('settings.saveDocument', next));
    if (saved) {
      setForm(saved);
      setRecipients(saved.recipients.join('\n'));
      setSavedAt(Date.now());
    }
  };

  return (
    <section className="card" aria-labelledby="settings-title">
      <h2 id="settings-title">Thiết lập văn bản</h2>
      <p className="muted">Dùng cho phần đầu văn bản, số ký hiệu, địa danh, khối chữ ký và nơi nhận của báo cáo xuất ra.</p>
      <ErrorAlert message={loaded.error} />
      {!form && loaded.loading && <Busy label="Đang tải thiết lập…" />}
      {form && (
        <form aria-label="Thiết lập văn bản" onSubmit={(e) => void submit(e)} onChange={() => setSavedAt(null)}>
          {(
            [
              ['Phần đầu văn bản', HEADER_FIELDS],
              ['Khối chữ ký', SIGNER_FIELDS],
            ] as const
          ).map(([legend, fields]) => (
            <fieldset className="fieldset" key={legend}>
              <legend>{legend}</legend>
              <div className="form-grid">
                {fields.map((f) => (
                  <div className="field" key={f.key}>
                    <label htmlFor={`doc-${f.key}`}>{f.label}</label>
                    <input
                      id={`doc-${f.key}`}
                      value={form[f.key]}
                      placeholder={f.hint}
                      onChange={(e) => setForm({ ...form, [f.key]: e.target.value })}
                    />
                  </div>
                ))}
              </div>
            </fieldset>
          ))}
          <div className="form-grid">
            <div className="field field-span">
              <label htmlFor="doc-recipients">Nơi nhận (mỗi dòng một nơi)</label>
              <textarea
                id="doc-recipients"
                rows={5}
                value={recipients}
                onChange={(e) => setRecipients(e.target.value)}
                placeholder={'Thường trực Tỉnh ủy (b/c),\nCác đồng chí Ủy viên Ban Thường vụ,\nLưu Văn phòng.'}
              />
            </div>
          </div>
          <div className="form-actions">
            <button type="submit" className="btn btn-primary" disabled={save.busy}>
              {save.busy && <Spinner small />} Lưu thiết lập
            </button>
            {save.busy && <span role="status">Đang lưu…</span>}
          </div>
          <ErrorAlert title="Không lưu được thiết lập" message={save.error} onClose={save.clearError} />
          {savedAt && <Notice tone="success">Đã lưu thiết lập văn bản.</Notice>}
        </form>
      )}
    </section>
  );
}
