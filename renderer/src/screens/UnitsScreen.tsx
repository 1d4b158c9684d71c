// Đơn vị: the directory of reporting units and its import from a table.
import { useMemo, useState } from 'react';
import type { Unit, UnitImportWarning } from '../../../shared/domain';
import { formatViDate } from '../../../shared/dates';
import { UNIT_FAMILY_LABELS } from '../../../shared/labels';
import { fold } from '../../../shared/text';
import { sameKind } from '../../../shared/unit-kinds';
import { toFileInput } from '../api/files';
import { useApp } from '../app-state';
import { ErrorAlert, Notice } from '../components/Alert';
import { Busy } from '../components/Busy';
import { EmptyState } from '../components/EmptyState';
import { FileButton } from '../components/FileButton';
import { ScreenHeader } from '../components/ScreenHeader';
import { UnitKindsCard } from '../components/UnitKindsCard';
import { useAction, useLoad } from '../lib/use-async';

const TABLE_ACCEPT = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function validity(u: Unit, nameOf: (code: string) => string): string {
  if (u.validTo) {
    const until = `Đến ${formatViDate(u.validTo)}`;
    return u.mergedInto ? `${until} (sáp nhập vào ${nameOf(u.mergedInto)})` : until;
  }
  if (u.validFrom) return `Từ ${formatViDate(u.validFrom)}`;
  return '';
}

function KindCell(props: { unit: Unit }) {
  const family = UNIT_FAMILY_LABELS[props.unit.family];
  return (
    <td>
      {props.unit.kind}
      {!sameKind(props.unit.kind, family) && <div className="muted small">Nhóm: {family}</div>}
    </td>
  );
}

function ImportWarnings(props: { warnings: readonly UnitImportWarning[] }) {
  if (props.warnings.length === 0) return null;
  return (
    <Notice tone="warning">
      <strong>Cần xem lại {props.warnings.length === 1 ? 'một điểm' : `${props.warnings.length} điểm`}:</strong>
      <ul className="warning-list" aria-label="Cảnh báo khi nhập danh mục">
        {props.warnings.map((w, i) => (
          <li key={i}>{w.message}</li>
        ))}
      </ul>
    </Notice>
  );
}

export function UnitsScreen() {
  const { api } = useApp();
  const units = useLoad(() => api('units.list', {}), [api]);
  const importing = useAction();
  const [result, setResult] = useState<{ added: number; updated: number; file: string; warnings: UnitImportWarning[] } | null>(null);
  const [query, setQuery] = useState('');

  const onFiles = async (files: File[]) => {
    const file = files[0];
    if (!file) return;
    setResult(null);
    const r = await importing.run(async () => api('units.importTable', { file: await toFileInput(file) }));
    if (r) {
      setResult({ added: r.added, updated: r.updated, file: file.name, warnings: r.warnings });
      units.reload();
    }
  };

  const byCode = useMemo(() => new Map((units.data ?? []).map((u) => [u.code, u])), [units.data]);
  const shown = useMemo(() => {
    const q = fold(query);
    const list = units.data ?? [];
    return q ? list.filter((u) => fold([u.code, u.name, ...u.aliases].join(' ')).includes(q)) : list;
  }, [units.data, query]);

  return (
    <section className="screen" aria-labelledby="screen-title">
      <ScreenHeader
        title="Danh mục đơn vị"
        subtitle="Các đơn vị phải báo cáo, với loại, đơn vị cấp trên và tên gọi khác để nhận biết báo cáo gửi về."
        actions={
          <FileButton
            label="Nhập danh mục"
            inputLabel="Tệp danh mục đơn vị"
            accept={TABLE_ACCEPT}
            primary
            disabled={importing.busy}
            onFiles={(f) => void onFiles(f)}
          />
        }
      />
      {importing.busy && <Busy label="Đang nhập danh mục đơn vị…" />}
      <ErrorAlert title="Không nhập được danh mục" message={importing.error} onClose={importing.clearError} />
      {result && (
        <Notice tone="success">
          Đã nhập danh mục từ tệp <strong>{result.file}</strong>: thêm mới {result.added} đơn vị, cập nhật {result.updated} đơn
          vị.
        </Notice>
      )}
      {result && <ImportWarnings warnings={result.warnings} />}
      <ErrorAlert title="Không tải được danh mục đơn vị" message={units.error} />
      {units.loading && !units.data && <Busy label="Đang tải danh mục đơn vị…" />}
      {units.data && units.data.length === 0 && (
        <EmptyState title="Chưa có đơn vị nào trong danh mục">
          <p>
            Bấm <strong>Nhập danh mục</strong> và chọn tệp Excel (.xlsx) hoặc CSV có các cột: mã, tên, loại, đơn vị cấp trên,
            tên gọi khác. Có thể nhập lại bất cứ lúc nào: đơn vị đã có sẽ được cập nhật.
          </p>
        </EmptyState>
      )}
      {units.data && units.data.length > 0 && <UnitKindsCard units={units.data} onSaved={() => units.reload()} />}
      {units.data && units.data.length > 0 && (
        <div className="card">
          <div className="card-toolbar">
            <div className="field field-inline">
              <label htmlFor="unit-filter">Tìm đơn vị</label>
              <input
                id="unit-filter"
                type="search"
                value={query}
                placeholder="Tên, mã hoặc tên gọi khác"
                onChange={(e) => setQuery(e.target.value)}
              />
            </div>
            <span className="muted" aria-live="polite">
              {shown.length === units.data.length ? `${units.data.length} đơn vị` : `${shown.length}/${units.data.length} đơn vị`}
            </span>
          </div>
          <div className="table-wrap">
            <table className="table" aria-label="Danh mục đơn vị">
              <thead>
                <tr>
                  <th scope="col">Mã</th>
                  <th scope="col">Tên đơn vị</th>
                  <th scope="col">Loại</th>
                  <th scope="col">Đơn vị cấp trên</th>
                  <th scope="col">Tên gọi khác</th>
                  <th scope="col">Hiệu lực</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((u) => (
                  <tr key={u.code} className={u.validTo ? 'row-muted' : undefined}>
                    <td className="mono">{u.code}</td>
                    <td>{u.name}</td>
                    <KindCell unit={u} />
                    <td>{u.parentCode ? (byCode.get(u.parentCode)?.name ?? u.parentCode) : ''}</td>
                    <td>{u.aliases.join('; ')}</td>
                    <td>{validity(u, (c) => byCode.get(c)?.name ?? c)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </section>
  );
}
