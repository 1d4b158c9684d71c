// Xuất báo cáo: the consolidated report as PDF; its header and signature come from Cài đặt.
import { useState } from 'react';
import { saveOutput } from '../api/files';
import { useApp } from '../app-state';
import { ErrorAlert, Notice } from '../components/Alert';
import { Busy, Spinner } from '../components/Busy';
import { PlanRoundPicker } from '../components/PlanRoundPicker';
import { ScreenHeader } from '../components/ScreenHeader';
import { useAction } from '../lib/use-async';

export function ExportScreen() {
  const { api, selection, navigate } = useApp();
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
        <p className="hint">
          Phần đầu văn bản, số ký hiệu, địa danh, khối chữ ký và nơi nhận lấy theo{' '}
          <button type="button" className="link-button" onClick={() => navigate('settings')}>
            Thiết lập văn bản ở mục Cài đặt
          </button>
          .
        </p>
      </section>
    </section>
  );
}
