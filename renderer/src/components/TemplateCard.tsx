// Tải mẫu báo cáo: a pre-filled Excel template per unit for the chosen plan and kỳ báo cáo.
import { useMemo, useState } from 'react';
import { todayIso } from '../../../shared/dates';
import { saveOutput } from '../api/files';
import { useApp } from '../app-state';
import { useAction, useLoad } from '../lib/use-async';
import { ErrorAlert, Notice } from './Alert';
import { Spinner } from './Busy';

export function TemplateCard() {
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

  const generateAll = async () => {
    if (planId === null || roundId === null) return;
    setSaved(null);
    const out = await action.run(async () => {
      const file = await api('templates.generateAll', { planId, roundId });
      await saveOutput(file);
      return file;
    });
    if (out) setSaved(`${out.fileName} (${out.count} đơn vị)`);
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
        <div className="field field-submit">
          <button type="button" className="btn" disabled={planId === null || roundId === null || action.busy} onClick={() => void generateAll()}>
            Tải mẫu cho mọi đơn vị (.zip)
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
