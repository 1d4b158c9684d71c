// Đối chiếu: who reported, who did not, who was late, figure totals and the units × items matrix.
import type { ReactNode } from 'react';
import type { Report, StatusResult, UnitRef } from '../../../shared/domain';
import { formatViDate } from '../../../shared/dates';
import { formatPercent, formatViNumber } from '../../../shared/text';
import { useApp } from '../app-state';
import { ReceivedDateCell } from '../components/ReceivedDateCell';
import { ReminderCard } from '../components/ReminderCard';
import { KindRatesTable, StatusWarnings } from '../components/KindRatesTable';
import { ErrorAlert } from '../components/Alert';
import { Busy } from '../components/Busy';
import { EmptyState } from '../components/EmptyState';
import { PlanRoundPicker } from '../components/PlanRoundPicker';
import { RoundLock } from '../components/RoundLock';
import { ScreenHeader } from '../components/ScreenHeader';
import { StatusMatrix } from '../components/StatusMatrix';
import { TotalsTable } from '../components/TotalsTable';
import { useImportQueue } from '../import-queue';
import { useAfterPaint } from '../lib/use-after-paint';
import { useLoad } from '../lib/use-async';

function SummaryCard(props: { label: string; value: ReactNode; tone?: string; note?: ReactNode }) {
  return (
    <div className={`stat stat-${props.tone ?? 'neutral'}`}>
      <div className="stat-label">{props.label}</div>
      <div className="stat-value">{props.value}</div>
      {props.note && <div className="stat-note">{props.note}</div>}
    </div>
  );
}

function UnitList(props: { title: string; units: readonly UnitRef[]; empty: string; tone: string }) {
  return (
    <section className={`card unit-list-card unit-list-${props.tone}`} aria-label={props.title}>
      <h2>
        {props.title} <span className="count-pill">{props.units.length}</span>
      </h2>
      {props.units.length === 0 ? (
        <p className="muted">{props.empty}</p>
      ) : (
        <ul className="unit-list">
          {props.units.map((u) => (
            <li key={u.code}>{u.name}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ReportsTable(props: { reports: readonly Report[]; planId: number; roundId: number; onChanged(): void }) {
  const list = [...props.reports].sort((a, b) => a.unit.name.localeCompare(b.unit.name, 'vi') || b.id - a.id);
  if (list.length === 0) return <p className="muted">Chưa nhận báo cáo nào trong kỳ này. Nhập báo cáo ở mục Nhập báo cáo.</p>;
  return (
    <div className="table-wrap table-scroll">
      <table className="table" aria-label="Báo cáo đã nhận">
        <thead>
          <tr>
            <th scope="col">Đơn vị</th>
            <th scope="col">Tệp gốc</th>
            <th scope="col">Ngày báo cáo</th>
            <th scope="col">Ngày nhận</th>
            <th scope="col" className="num">
              Nhiệm vụ / số liệu
            </th>
            <th scope="col">Trạng thái</th>
          </tr>
        </thead>
        <tbody>
          {list.map((r) => (
            <tr key={r.id} className={r.supersededBy !== null ? 'row-muted' : undefined}>
              <td>{r.unit.name}</td>
              <td className="file-cell" title={`Mã lưu trữ: ${r.file.sha256.slice(0, 12)}…`}>
                {r.file.originalName}
              </td>
              <td className="nowrap">{formatViDate(r.reportDate)}</td>
              <td>
                <ReceivedDateCell planId={props.planId} roundId={props.roundId} reportId={r.id} value={r.receivedAt} who={`${r.unit.name} (${r.file.originalName})`} onSaved={props.onChanged} />
              </td>
              <td className="num">
                {r.entries.length} / {r.figures.length}
              </td>
              <td>
                {r.supersededBy !== null ? (
                  <span className="badge badge-neutral">Đã thay thế</span>
                ) : (
                  <span className="badge badge-success">Đang dùng</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** `painted`: the status has been on screen for a frame; the cards that ask the service for more wait for it. */
function StatusView(props: { status: StatusResult; reports: readonly Report[] | undefined; painted: boolean; onChanged(): void }) {
  const s = props.status;
  const expected = s.expected.length;
  return (
    <>
      <p className="context-line">
        <strong>{s.plan.number ?? s.plan.title}</strong> · {s.round.label} · hạn nộp <strong>{formatViDate(s.round.dueDate)}</strong>
      </p>
      <div className="stats" role="group" aria-label="Tóm tắt tình hình báo cáo">
        <SummaryCard label="Phải báo cáo" value={expected} />
        <SummaryCard label="Đã báo cáo" value={s.reported.length} tone="good" />
        <SummaryCard label="Chưa báo cáo" value={s.missing.length} tone={s.missing.length > 0 ? 'bad' : 'good'} />
        <SummaryCard label="Trễ hạn" value={s.late.length} tone={s.late.length > 0 ? 'warn' : 'good'} />
        <SummaryCard
          label="Tỷ lệ đầy đủ"
          value={formatPercent(s.rates.completeness)}
          tone="rate"
          note={`${s.reported.length}/${expected} đơn vị đã báo cáo`}
        />
        <SummaryCard
          label="Tỷ lệ đúng hạn"
          value={formatPercent(s.rates.timeliness)}
          tone="rate"
          note={`${Math.round(s.rates.timeliness * expected)}/${expected} đơn vị đúng hạn`}
        />
      </div>
      <div className="two-col">
        <UnitList title="Đơn vị chưa báo cáo" units={s.missing} empty="Tất cả đơn vị đã báo cáo." tone="bad" />
        <UnitList title="Đơn vị báo cáo trễ hạn" units={s.late} empty="Không có đơn vị nào báo cáo trễ hạn." tone="warn" />
      </div>
      <section className="card" aria-labelledby="totals-title">
        <h2 id="totals-title">Tổng hợp số liệu</h2>
        <TotalsTable status={s} />
        {s.previousRound && s.previousTotals && (
          <p className="hint">
            Kỳ trước ({s.previousRound.label}):{' '}
            {s.indicators.map((i) => `${i.name} ${formatViNumber(s.previousTotals?.[i.key] ?? 0)}`).join('; ')}.
          </p>
        )}
      </section>
      <section className="card" aria-labelledby="kinds-title">
        <h2 id="kinds-title">Theo loại đơn vị</h2>
        <KindRatesTable status={s} />
      </section>
      <section className="card" aria-labelledby="warnings-title">
        <h2 id="warnings-title">Cảnh báo số liệu ({s.warnings.length})</h2>
        <StatusWarnings status={s} />
      </section>
      <section className="card" aria-labelledby="matrix-title">
        <h2 id="matrix-title">Tình hình thực hiện theo đơn vị</h2>
        {s.matrix.length === 0 || s.items.length === 0 ? (
          <p className="muted">Chưa có đơn vị hoặc nhiệm vụ nào được giao trong kỳ này.</p>
        ) : (
          <StatusMatrix status={s} reports={props.reports} />
        )}
      </section>
      {props.painted && <ReminderCard planId={s.plan.id} roundId={s.round.id} version={s.reported.length + (props.reports?.length ?? 0)} />}
      <section className="card below-fold" aria-labelledby="reports-title">
        <h2 id="reports-title">Báo cáo đã nhận</h2>
        <p className="hint">Ngày nhận quyết định đúng hạn hay trễ hạn; mặc định là ngày nhập vào phần mềm, sửa được khi báo cáo đến trước đó.</p>
        {props.reports ? (
          <ReportsTable reports={props.reports} planId={s.plan.id} roundId={s.round.id} onChanged={props.onChanged} />
        ) : (
          <Busy label="Đang tải danh sách báo cáo…" />
        )}
      </section>
    </>
  );
}

export function StatusScreen() {
  const { api, selection, plansVersion } = useApp();
  const { storedVersion } = useImportQueue();
  const { planId, roundId } = selection;
  const status = useLoad(
    planId !== null && roundId !== null ? () => api('status.get', { planId, roundId }) : null,
    [api, planId, roundId, plansVersion, storedVersion],
  );
  // The list of reports (every entry with its text and source) is asked for once the round's
  // status is on screen: the matrix paints first, the cells' sources and the table follow.
  const statusPainted = useAfterPaint(status.data?.round.id === roundId);
  const reports = useLoad(
    planId !== null && roundId !== null && statusPainted ? () => api('reports.list', { planId, roundId }) : null,
    [api, planId, roundId, storedVersion, statusPainted],
  );
  return (
    <section className="screen" aria-labelledby="screen-title">
      <ScreenHeader
        title="Đối chiếu"
        subtitle="Đơn vị nào đã báo cáo, chưa báo cáo, trễ hạn; tổng hợp số liệu và tình hình thực hiện từng nhiệm vụ."
        actions={
          status.data ? (
            <button
              type="button"
              className="btn"
              onClick={() => {
                status.reload();
                reports.reload();
              }}
              disabled={status.loading}
            >
              Tải lại
            </button>
          ) : undefined
        }
      />
      <div className="card">
        <PlanRoundPicker />
      </div>
      {planId !== null && roundId !== null && <RoundLock planId={planId} roundId={roundId} />}
      <ErrorAlert title="Không tải được số liệu đối chiếu" message={status.error} />
      {status.loading && <Busy label="Đang đối chiếu báo cáo…" />}
      {(planId === null || roundId === null) && !status.loading && (
        <EmptyState title="Chọn kế hoạch và kỳ báo cáo">
          <p>Chọn kế hoạch và kỳ báo cáo ở trên để xem đơn vị nào đã báo cáo, đơn vị nào còn thiếu.</p>
        </EmptyState>
      )}
      <ErrorAlert title="Không tải được danh sách báo cáo" message={reports.error} />
      {status.data && (
        <StatusView
          status={status.data}
          reports={reports.data}
          painted={statusPainted}
          onChanged={() => {
            status.reload();
            reports.reload();
          }}
        />
      )}
    </section>
  );
}
