// Xuất báo cáo: the consolidated report as PDF, and the document settings its header and signature use.
import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import type { DocumentSettings } from '../../../shared/domain';
import { saveOutput } from '../api/files';
import { useApp } from '../app-state';
import { ErrorAlert, Notice } from '../components/Alert';
import { Busy, Spinner } from '../components/Busy';
import { PlanRoundPicker } from '../components/PlanRoundPicker';
import { ScreenHeader } from '../components/ScreenHeader';
import { useAction, useLoad } from '../lib/use-async';

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

function SettingsForm() {
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

export function ExportScreen() {
  const { api, selection } = useApp();
  const pdf = useAction();
  const [done, setDone] = useState<string | null>(null);
  const { planId, roundId } = selection;

  const exportPdf = async () => {
    if (planId === null || roundId === null) return;
    setDone(null);
    const out = await pdf.run(async () => {
      const file = await api('export.pdf', { planId, roundId });
      await saveOutput(file);
      return file;
    });
    if (out) setDone(out.fileName);
  };

  return (
    <section className="screen" aria-labelledby="screen-title">
      <ScreenHeader
        title="Xuất báo cáo"
        subtitle="Báo cáo tổng hợp theo thể thức văn bản của Đảng: phần đầu, số ký hiệu, nội dung tổng hợp từ số liệu, nơi nhận, chữ ký và phụ lục."
      />
      <section className="card" aria-labelledby="export-title">
        <h2 id="export-title">Báo cáo tổng hợp</h2>
        <PlanRoundPicker />
        <div className="form-actions">
          <button type="button" className="btn btn-primary btn-large" disabled={planId === null || roundId === null || pdf.busy} onClick={() => void exportPdf()}>
            {pdf.busy && <Spinner small />} Xuất PDF
          </button>
          {(planId === null || roundId === null) && <span className="hint">Chọn kế hoạch và kỳ báo cáo để xuất.</span>}
        </div>
        {pdf.busy && <Busy label="Đang tạo báo cáo PDF…" />}
        <ErrorAlert title="Không xuất được báo cáo" message={pdf.error} onClose={pdf.clearError} />
        {done && (
          <Notice tone="success">
            Đã xuất <strong>{done}</strong>.
          </Notice>
        )}
      </section>
      <SettingsForm />
    </section>
  );
}
