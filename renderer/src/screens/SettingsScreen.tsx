// Cài đặt: where the data lives, one-file backup and restore, and the document settings of exports.
import { useState } from 'react';
import { formatViDate } from '../../../shared/dates';
import { saveOutput, toFileInput } from '../api/files';
import { useApp } from '../app-state';
import { ErrorAlert, Notice } from '../components/Alert';
import { Busy, Spinner } from '../components/Busy';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { DocumentSettingsForm } from '../components/DocumentSettingsForm';
import { FileButton } from '../components/FileButton';
import { ScreenHeader } from '../components/ScreenHeader';
import { useAction, useLoad } from '../lib/use-async';

type Restored = { restoredFrom: string; createdAt: string; files: number; previousKeptAs: string };

/** "2026-02-08T09:30:00Z" → "08/02/2026 lúc 16:30" in the machine's time zone. */
function formatStamp(iso: string): string {
  const t = new Date(iso);
  if (Number.isNaN(t.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${formatViDate(`${t.getFullYear()}-${pad(t.getMonth() + 1)}-${pad(t.getDate())}`)} lúc ${pad(t.getHours())}:${pad(t.getMinutes())}`;
}

function DataLocation() {
  const { api } = useApp();
  const info = useLoad(() => api('app.info', {}), [api]);
  return (
    <section className="card" aria-labelledby="data-title">
      <h2 id="data-title">Nơi lưu dữ liệu</h2>
      <ErrorAlert title="Không đọc được thông tin dữ liệu" message={info.error} />
      {info.loading && !info.data && <Busy label="Đang tải thông tin…" />}
      {info.data && (
        <>
          {info.data.warnings.map((w) => (
            <div key={w} className="alert alert-warning" role="alert">
              <div className="alert-body">
                <strong className="alert-title">Cần lưu ý</strong>
                <span>{w}</span>
              </div>
            </div>
          ))}
          <dl className="meta-list meta-list-single">
            <div className="meta-row">
              <dt>Thư mục dữ liệu</dt>
              <dd className="path">{info.data.dataDir}</dd>
            </div>
            <div className="meta-row">
              <dt>Tệp cơ sở dữ liệu</dt>
              <dd className="path">{info.data.dbPath}</dd>
            </div>
            <div className="meta-row">
              <dt>Phiên bản</dt>
              <dd>
                {info.data.version} (cấu trúc dữ liệu số {info.data.schemaVersion})
              </dd>
            </div>
          </dl>
        </>
      )}
    </section>
  );
}

function BackupCard() {
  const { api, dataReplaced } = useApp();
  const backup = useAction();
  const restore = useAction();
  const [made, setMade] = useState<string | null>(null);
  const [pending, setPending] = useState<File | null>(null);
  const [restored, setRestored] = useState<Restored | null>(null);

  const makeBackup = async () => {
    setMade(null);
    const out = await backup.run(async () => {
      const file = await api('backup.create', {});
      await saveOutput(file);
      return file;
    });
    if (out) setMade(out.fileName);
  };
  const doRestore = async (file: File) => {
    setPending(null);
    setRestored(null);
    const r = await restore.run(async () => api('backup.restore', { file: await toFileInput(file) }));
    if (!r) return;
    setRestored(r);
    dataReplaced();
  };
  const busy = backup.busy || restore.busy;

  return (
    <section className="card" aria-labelledby="backup-title">
      <h2 id="backup-title">Sao lưu và khôi phục</h2>
      <p className="muted">
        Bản sao lưu là một tệp .thbk chứa toàn bộ dữ liệu: danh mục đơn vị, kế hoạch, báo cáo đã nhận và các tệp gốc. Nên sao lưu sau mỗi
        kỳ báo cáo và cất ở ổ đĩa khác hoặc USB.
      </p>
      <div className="form-actions">
        <button type="button" className="btn btn-primary" disabled={busy} onClick={() => void makeBackup()}>
          {backup.busy && <Spinner small />} Sao lưu dữ liệu
        </button>
        <FileButton label="Khôi phục từ bản sao lưu" inputLabel="Tệp sao lưu" accept=".thbk" disabled={busy} onFiles={(f) => setPending(f[0] ?? null)} />
      </div>
      {backup.busy && <Busy label="Đang tạo bản sao lưu…" />}
      {restore.busy && <Busy label="Đang khôi phục dữ liệu…" />}
      <ErrorAlert title="Không sao lưu được" message={backup.error} onClose={backup.clearError} />
      <ErrorAlert title="Không khôi phục được" message={restore.error} onClose={restore.clearError} />
      {made && (
        <Notice tone="success">
          Đã tạo bản sao lưu <strong>{made}</strong>.
        </Notice>
      )}
      {restored && (
        <Notice tone="success">
          <div>
            Đã khôi phục dữ liệu từ tệp <strong>{restored.restoredFrom}</strong> (sao lưu {formatStamp(restored.createdAt)}, {restored.files}{' '}
            tệp gốc).
          </div>
          <div>
            Dữ liệu trước khi khôi phục được giữ tại: <span className="path">{restored.previousKeptAs}</span>
          </div>
        </Notice>
      )}
      <ConfirmDialog
        open={pending !== null}
        title="Khôi phục dữ liệu từ bản sao lưu?"
        confirmLabel="Khôi phục"
        onCancel={() => setPending(null)}
        onConfirm={() => pending && void doRestore(pending)}
      >
        <p>
          Toàn bộ dữ liệu đang dùng sẽ được thay bằng dữ liệu trong tệp <strong>{pending?.name}</strong>.
        </p>
        <p>Dữ liệu hiện tại không bị xóa: phần mềm giữ lại một bản sao trong thư mục dữ liệu trước khi khôi phục.</p>
      </ConfirmDialog>
    </section>
  );
}

export function SettingsScreen() {
  return (
    <section className="screen" aria-labelledby="screen-title">
      <ScreenHeader title="Cài đặt" subtitle="Nơi lưu dữ liệu, sao lưu và khôi phục, thiết lập văn bản cho báo cáo xuất ra." />
      <DataLocation />
      <BackupCard />
      <DocumentSettingsForm />
    </section>
  );
}
