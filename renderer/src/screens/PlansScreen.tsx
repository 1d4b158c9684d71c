// Kế hoạch: import a plan document or start one by hand, check it in the editor, save; browse saved
// plans, correct them in the same editor, and add reporting periods (kỳ báo cáo).
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Plan, PlanDraft, PlanSummary } from '../../../shared/domain';
import { formatViDate } from '../../../shared/dates';
import { toFileInput } from '../api/files';
import { useApp } from '../app-state';
import { AddRoundForm } from '../components/AddRoundForm';
import { ErrorAlert, Notice } from '../components/Alert';
import { Busy } from '../components/Busy';
import { EmptyState } from '../components/EmptyState';
import { FileButton } from '../components/FileButton';
import { IndicatorsTable } from '../components/IndicatorsTable';
import { ItemsTable } from '../components/ItemsTable';
import { PlanEditor } from '../components/plan-editor/PlanEditor';
import type { EditorMode } from '../components/plan-editor/PlanEditor';
import { ItemsSummary, MetaList } from '../components/PlanSummary';
import { RoundsTable } from '../components/RoundsTable';
import { ScreenHeader } from '../components/ScreenHeader';
import { emptyDraft, planToDraft } from '../lib/plan-draft';
import { useAction, useLoad } from '../lib/use-async';

const PLAN_ACCEPT = '.docx,.doc,.pdf,.txt';

type Editing = { mode: EditorMode; initial: PlanDraft };

function PlanDetail(props: { planId: number; onEdit(plan: Plan): void }) {
  const { api, plansVersion, plansChanged } = useApp();
  const plan = useLoad(() => api('plans.get', { planId: props.planId }), [api, props.planId, plansVersion]);
  // Which directory units each "đơn vị thực hiện" gives: groups resolve through the unit tree.
  const units = useLoad(() => api('plans.assigneeUnits', { planId: props.planId }), [api, props.planId, plansVersion]);
  const resolved = useMemo(() => (units.data ? new Map(units.data.items.map((i) => [i.itemCode, i.assignees])) : undefined), [units.data]);
  if (plan.error) return <ErrorAlert message={plan.error} />;
  if (!plan.data) return <Busy label="Đang tải kế hoạch…" />;
  const p = plan.data;
  return (
    <section className="plan-detail" aria-label={`Kế hoạch ${p.number ?? p.title}`}>
      <div className="card">
        <div className="card-toolbar card-toolbar-top">
          <h2 className="plan-title">
            {p.number && <span className="plan-number">{p.number}</span>}
            {p.title}
          </h2>
          <button type="button" className="btn" onClick={() => props.onEdit(p)}>
            Sửa kế hoạch
          </button>
        </div>
        <MetaList meta={p} skipNumber />
      </div>
      <div className="card">
        <h3>Kỳ báo cáo</h3>
        <RoundsTable rounds={p.rounds} label="Kỳ báo cáo của kế hoạch" />
        <h4 className="subheading">Thêm kỳ báo cáo</h4>
        <AddRoundForm planId={p.id} onAdded={plansChanged} />
      </div>
      <div className="card">
        <h3>Nhiệm vụ và nội dung</h3>
        <ItemsSummary items={p.items} />
        {units.data && (
          <p className="muted small">
            Đơn vị thực hiện được đối chiếu với danh mục đơn vị
            {units.data.round ? ` còn hiệu lực trong kỳ "${units.data.round.label}"` : ' còn hiệu lực hôm nay'}: các nhóm như
            "các tổ chức cơ sở đảng trực thuộc Huyện ủy" lấy theo loại và đơn vị cấp trên.
          </p>
        )}
        <ErrorAlert message={units.error} />
        <ItemsTable items={p.items} label="Các mục của kế hoạch" resolved={resolved} />
      </div>
      <div className="card">
        <h3>Chỉ tiêu số liệu</h3>
        <IndicatorsTable indicators={p.indicators} label="Chỉ tiêu của kế hoạch" />
      </div>
    </section>
  );
}

function PlanList(props: { plans: readonly PlanSummary[]; selected: number | null; onSelect(id: number): void }) {
  return (
    <div className="card">
      <div className="table-wrap">
        <table className="table" aria-label="Danh sách kế hoạch">
          <thead>
            <tr>
              <th scope="col">Số, ký hiệu</th>
              <th scope="col">Trích yếu</th>
              <th scope="col">Ngày ban hành</th>
              <th scope="col" className="num">Số mục</th>
              <th scope="col" className="num">Số kỳ</th>
              <th scope="col">
                <span className="visually-hidden">Thao tác</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {props.plans.map((p) => {
              const current = p.id === props.selected;
              return (
                <tr key={p.id} className={current ? 'row-selected' : undefined}>
                  <td className="nowrap">{p.number ?? <span className="muted">(không số)</span>}</td>
                  <td>{p.title}</td>
                  <td className="nowrap">{formatViDate(p.issuedDate)}</td>
                  <td className="num">{p.itemCount}</td>
                  <td className="num">{p.roundCount}</td>
                  <td className="nowrap">
                    {current ? (
                      <span className="badge badge-selected">Đang xem</span>
                    ) : (
                      <button type="button" className="btn btn-small" onClick={() => props.onSelect(p.id)} aria-label={`Xem kế hoạch ${p.number ?? p.title}`}>
                        Xem
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}

export function PlansScreen() {
  const { api, plansVersion, plansChanged, selection, selectPlan } = useApp();
  const plans = useLoad(() => api('plans.list', {}), [api, plansVersion]);
  const extracting = useAction();
  const [editing, setEditing] = useState<Editing | null>(null);
  const [saved, setSaved] = useState<{ plan: Plan; updated: boolean } | null>(null);
  const editorRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const list = plans.data;
    if (list && list.length === 1 && selection.planId === null) selectPlan(list[0]!.id);
  }, [plans.data, selection.planId, selectPlan]);

  // The button that opened the editor is gone: continue from the editor's heading.
  useEffect(() => {
    if (editing) editorRef.current?.querySelector<HTMLElement>('h2')?.focus();
  }, [editing]);

  const open = (e: Editing) => {
    setSaved(null);
    setEditing(e);
  };
  const onFiles = async (files: File[]) => {
    const file = files[0];
    if (!file) return;
    setSaved(null);
    const d = await extracting.run(async () => api('plans.extract', { file: await toFileInput(file) }));
    if (d) open({ mode: { kind: 'extracted', fileName: file.name }, initial: d });
  };

  const actions = (
    <>
      <button type="button" className="btn" disabled={extracting.busy || editing !== null} onClick={() => open({ mode: { kind: 'new' }, initial: emptyDraft() })}>
        Tạo kế hoạch mới
      </button>
      <FileButton
        label="Nhập kế hoạch"
        inputLabel="Tệp kế hoạch"
        accept={PLAN_ACCEPT}
        primary
        disabled={extracting.busy || editing !== null}
        onFiles={(f) => void onFiles(f)}
      />
    </>
  );

  return (
    <section className="screen" aria-labelledby="screen-title">
      <ScreenHeader
        title="Kế hoạch"
        subtitle="Nhập văn bản kế hoạch (.docx, .doc, .pdf, .txt) hoặc tạo mới; phần mềm đọc ra các nhiệm vụ, đơn vị thực hiện và thời hạn để anh/chị kiểm tra."
        actions={actions}
      />
      {extracting.busy && <Busy label="Đang đọc văn bản kế hoạch…" />}
      <ErrorAlert title="Không đọc được kế hoạch" message={extracting.error} onClose={extracting.clearError} />
      {saved && (
        <Notice tone="success">
          {saved.updated ? 'Đã lưu thay đổi của kế hoạch' : 'Đã lưu kế hoạch'} <strong>{saved.plan.number ?? saved.plan.title}</strong> với{' '}
          {saved.plan.items.length} mục và {saved.plan.rounds.length} kỳ báo cáo.
        </Notice>
      )}
      {editing ? (
        <div ref={editorRef}>
          <PlanEditor
            mode={editing.mode}
            initial={editing.initial}
            onCancel={() => setEditing(null)}
            onSaved={(p) => {
              setSaved({ plan: p, updated: editing.mode.kind === 'edit' });
              setEditing(null);
              plansChanged();
              selectPlan(p.id);
            }}
          />
        </div>
      ) : (
        <>
          <ErrorAlert title="Không tải được danh sách kế hoạch" message={plans.error} />
          {plans.loading && !plans.data && <Busy label="Đang tải danh sách kế hoạch…" />}
          {plans.data && plans.data.length === 0 && (
            <EmptyState title="Chưa có kế hoạch nào">
              <p>
                Bấm <strong>Nhập kế hoạch</strong> và chọn văn bản kế hoạch, công văn hoặc hướng dẫn. Phần mềm sẽ đọc số, ký hiệu,
                trích yếu và các nhiệm vụ để anh/chị kiểm tra trước khi lưu. Hoặc bấm <strong>Tạo kế hoạch mới</strong> để tự nhập.
              </p>
            </EmptyState>
          )}
          {plans.data && plans.data.length > 0 && <PlanList plans={plans.data} selected={selection.planId} onSelect={selectPlan} />}
          {selection.planId !== null && plans.data?.some((p) => p.id === selection.planId) ? (
            <PlanDetail planId={selection.planId} onEdit={(p) => open({ mode: { kind: 'edit', planId: p.id }, initial: planToDraft(p) })} />
          ) : (
            plans.data &&
            plans.data.length > 1 && <p className="hint">Bấm “Xem” ở một kế hoạch để xem nhiệm vụ, kỳ báo cáo và chỉ tiêu.</p>
          )}
        </>
      )}
    </section>
  );
}
