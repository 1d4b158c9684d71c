// Xuất báo cáo: review and edit the body drafted from the data, then save the consolidated report
// as PDF, Word and the appendices as Excel; header and signature come from Cài đặt.
import { useEffect, useState } from 'react';
import type { DraftSection } from '../../../shared/domain';
import { saveOutput } from '../api/files';
import { useApp } from '../app-state';
import { ErrorAlert, Notice } from '../components/Alert';
import { Busy, Spinner } from '../components/Busy';
import { DraftEditor } from '../components/export/DraftEditor';
import { PlanRoundPicker } from '../components/PlanRoundPicker';
import { ScreenHeader } from '../components/ScreenHeader';
import { useAction, useLoad } from '../lib/use-async';

type Format = 'pdf' | 'docx' | 'xlsx';
const FORMATS: { format: Format; label: string }[] = [
  { format: 'pdf', label: 'Báo cáo PDF' },
  { format: 'docx', label: 'Báo cáo Word (.docx)' },
  { format: 'xlsx', label: 'Phụ lục Excel (.xlsx)' },
];

export function ExportScreen() {
  const { api, selection, navigate } = useApp();
  const { planId, roundId } = selection;
  const draft = useLoad(planId !== null && roundId !== null ? () => api('export.draft', { planId, roundId }) : null, [planId, roundId]);
  const [body, setBody] = useState<DraftSection[] | null>(null);
  const [number, setNumber] = useState('');
  const [chosen, setChosen] = useState<Record<Format, boolean>>({ pdf: true, docx: true, xlsx: false });
  const [saved, setSaved] = useState<{ fileName: string; path: string | null }[]>([]);
  const action = useAction();

  useEffect(() => setBody(draft.data ?? null), [draft.data]);

  const exportAll = async () => {
    if (planId === null || roundId === null || body === null) return;
    setSaved([]);
    await action.run(async () => {
      const done: { fileName: string; path: string | null }[] = [];
      for (const { format } of FORMATS.filter((f) => chosen[f.format])) {
        const file = await api(`export.${format}`, { planId, roundId, body, number: number.trim() || undefined });
        const res = await saveOutput(file);
        if (!res.canceled) done.push({ fileName: file.fileName, path: res.path });
      }
      setSaved(done);
    });
  };

  const ready = planId !== null && roundId !== null && body !== null;
  return (
    <section className="screen" aria-labelledby="screen-title">
      <ScreenHeader
        title="Xuất báo cáo"
        subtitle="Báo cáo tổng hợp theo thể thức văn bản của Đảng: phần đầu, số ký hiệu, nội dung tổng hợp từ số liệu (sửa được), nơi nhận, chữ ký và phụ lục."
      />
      <section className="card" aria-labelledby="export-title">
        <h2 id="export-title">Báo cáo tổng hợp</h2>
        <PlanRoundPicker />
        {draft.loading && <Busy label="Đang soạn nội dung từ số liệu…" />}
        <ErrorAlert title="Không soạn được nội dung" message={draft.error} />
        {body && (
          <>
            <div className="field">
              <label htmlFor="export-number">Số báo cáo (để trống nếu chưa cấp số)</label>
              <input id="export-number" value={number} placeholder="ví dụ 125-BC/TU" onChange={(e) => setNumber(e.target.value)} />
            </div>
            <DraftEditor sections={body} onChange={setBody} />
            <div className="form-actions">
              <button type="button" className="btn" onClick={() => setBody(draft.data ?? null)}>
                Soạn lại từ số liệu
              </button>
            </div>
          </>
        )}
        <fieldset className="export-formats">
          <legend>Tệp xuất ra</legend>
          {FORMATS.map((f) => (
            <label key={f.format} className="checkbox">
              <input type="checkbox" checked={chosen[f.format]} onChange={(e) => setChosen({ ...chosen, [f.format]: e.target.checked })} /> {f.label}
            </label>
          ))}
        </fieldset>
        <div className="form-actions">
          <button type="button" className="btn btn-primary btn-large" disabled={!ready || action.busy || !Object.values(chosen).some(Boolean)} onClick={() => void exportAll()}>
            {action.busy && <Spinner small />} Xuất báo cáo
          </button>
          {(planId === null || roundId === null) && <span className="hint">Chọn kế hoạch và kỳ báo cáo để xuất.</span>}
        </div>
        {action.busy && <Busy label="Đang tạo các tệp báo cáo…" />}
        <ErrorAlert title="Không xuất được báo cáo" message={action.error} onClose={action.clearError} />
        {saved.length > 0 && (
          <Notice tone="success">
            Đã xuất {saved.map((s) => s.fileName).join(', ')}.
            {saved.some((s) => s.path) && (
              <span className="saved-actions">
                {saved
                  .filter((s) => s.path)
                  .map((s) => (
                    <span key={s.path}>
                      {' '}
                      <button type="button" className="link-button" onClick={() => void window.api?.openPath?.(s.path!)}>
                        Mở {s.fileName}
                      </button>{' '}
                      <button type="button" className="link-button" onClick={() => void window.api?.showInFolder?.(s.path!)}>
                        Mở thư mục
                      </button>
                    </span>
                  ))}
              </span>
            )}
          </Notice>
        )}
        <p className="hint">
          Phần đầu văn bản, địa danh, khối chữ ký và nơi nhận lấy theo{' '}
          <button type="button" className="link-button" onClick={() => navigate('settings')}>
            Thiết lập văn bản ở mục Cài đặt
          </button>
          .
        </p>
      </section>
    </section>
  );
}
