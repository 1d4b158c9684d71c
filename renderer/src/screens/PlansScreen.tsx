// Kế hoạch: import a plan document, review the extracted draft beside its source, save; browse saved plans.
import { useEffect, useState } from 'react';
import type { Plan, PlanDraft } from '../../../shared/domain';
import { formatViDate } from '../../../shared/dates';
import { toFileInput } from '../api/files';
import { useApp } from '../app-state';
import { AddRoundForm } from '../components/AddRoundForm';
import { ErrorAlert, Notice } from '../components/Alert';
import { Busy, Spinner } from '../components/Busy';
import { EmptyState } from '../components/EmptyState';
import { FileButton } from '../components/FileButton';
import { IndicatorsTable } from '../components/IndicatorsTable';
import { flaggedCount, ItemsTable } from '../components/ItemsTable';
import { RoundsTable } from '../components/RoundsTable';
import { ScreenHeader } from '../components/ScreenHeader';
import { useAction, useLoad } from '../lib/use-async';

const PLAN_ACCEPT = '.docx,.doc,.pdf,.txt';

function MetaList(props: { meta: Pick<Plan, 'docType' | 'number' | 'issuedDate' | 'place' | 'issuer' | 'superiorIssuer' | 'signer' | 'cites' | 'recipients'>; skipNumber?: boolean }) {
  const m = props.meta;
  const rows: Array<[string, string]> = [
    ['Loại văn bản', m.docType ?? ''],
    ...(props.skipNumber ? [] : ([['Số, ký hiệu', m.number ?? '']] as Array<[string, string]>)),
    ['Ngày ban hành', formatViDate(m.issuedDate)],
    ['Địa danh', m.place ?? ''],
    ['Cơ quan ban hành', m.issuer ?? ''],
    ['Cơ quan cấp trên', m.superiorIssuer ?? ''],
    ['Người ký', m.signer ?? ''],
  ];
  return (
    <dl className="meta-list">
      {rows.map(([k, v]) => (
        <div key={k} className="meta-row">
          <dt>{k}</dt>
          <dd>{v || <span className="muted">(chưa nhận ra)</span>}</dd>
        </div>
      ))}
      {m.cites.length > 0 && (
        <div className="meta-row meta-row-wide">
          <dt>Căn cứ, văn bản thực hiện</dt>
          <dd>
            <ul className="plain-list">
              {m.cites.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
          </dd>
        </div>
      )}
      {m.recipients.length > 0 && (
        <div className="meta-row meta-row-wide">
          <dt>Nơi nhận</dt>
          <dd>{m.recipients.join('; ')}</dd>
        </div>
      )}
    </dl>
  );
}

function ItemsSummary(props: { items: Plan['items'] }) {
  const tasks = props.items.filter((i) => i.kind === 'task').length;
  const flagged = flaggedCount(props.items);
  return (
    <p className="section-note">
      {props.items.length} mục, trong đó {tasks} nhiệm vụ phải báo cáo.
      {flagged > 0 && (
        <span className="badge badge-warning">
          <span aria-hidden="true">⚠ </span>
          {flagged} mục cần xem lại
        </span>
      )}
    </p>
  );
}

function DraftReview(props: { draft: PlanDraft; fileName: string; onChange(d: PlanDraft): void; onSaved(p: Plan): void; onCancel(): void }) {
  const { api } = useApp();
  const saving = useAction();
  const { draft, onChange } = props;
  const save = async () => {
    const plan = await saving.run(() => api('plans.create', { draft }));
    if (plan) props.onSaved(plan);
  };
  const setItemText = (code: string, text: string) =>
    onChange({ ...draft, items: draft.items.map((i) => (i.code === code ? { ...i, text } : i)) });

  return (
    <section className="draft" aria-label="Bản nháp kế hoạch">
      <div className="draft-bar">
        <div>
          <h2>Kiểm tra kế hoạch vừa đọc</h2>
          <p className="muted">
            Từ tệp <strong>{props.fileName}</strong>. Hãy đối chiếu với văn bản gốc bên phải, sửa nếu cần, rồi bấm Lưu kế hoạch.
          </p>
        </div>
        <div className="draft-actions">
          <button type="button" className="btn" onClick={props.onCancel} disabled={saving.busy}>
            Hủy bản nháp
          </button>
          <button type="button" className="btn btn-primary" onClick={() => void save()} disabled={saving.busy || !draft.title.trim()}>
            {saving.busy && <Spinner small />} Lưu kế hoạch
          </button>
        </div>
      </div>
      {saving.busy && <Busy label="Đang lưu kế hoạch…" />}
      <ErrorAlert title="Không lưu được kế hoạch" message={saving.error} onClose={saving.clearError} />
      <div className="split">
        <div className="split-main">
          <div className="card">
            <h3>Thông tin văn bản</h3>
            <div className="form-grid">
              <div className="field">
                <label htmlFor="draft-number">Số, ký hiệu</label>
                <input
                  id="draft-number"
                  value={draft.number ?? ''}
                  onChange={(e) => onChange({ ...draft, number: e.target.value === '' ? null : e.target.value })}
                  placeholder="Ví dụ: 125-KH/TU"
                />
              </div>
              <div className="field field-span">
                <label htmlFor="draft-title">Trích yếu</label>
                <textarea id="draft-title" rows={2} value={draft.title} onChange={(e) => onChange({ ...draft, title: e.target.value })} />
              </div>
            </div>
            <MetaList meta={draft} skipNumber />
          </div>
          <div className="card">
            <h3>Nhiệm vụ và nội dung</h3>
            <ItemsSummary items={draft.items} />
            <ItemsTable items={draft.items} label="Các mục của bản nháp" onTextChange={setItemText} />
          </div>
          <div className="card">
            <h3>Đợt báo cáo đề xuất</h3>
            <RoundsTable rounds={draft.rounds} label="Đợt báo cáo đề xuất" />
          </div>
          <div className="card">
            <h3>Chỉ tiêu số liệu đề xuất</h3>
            <IndicatorsTable indicators={draft.indicators} label="Chỉ tiêu đề xuất" />
          </div>
        </div>
        <aside className="split-side" aria-label="Văn bản gốc">
          <div className="card source-card">
            <h3>Văn bản gốc</h3>
            <pre className="source-text" tabIndex={0} aria-label="Nội dung văn bản gốc">
              {draft.sourceText}
            </pre>
          </div>
        </aside>
      </div>
    </section>
  );
}

function PlanDetail(props: { planId: number }) {
  const { api, plansVersion, plansChanged } = useApp();
  const plan = useLoad(() => api('plans.get', { planId: props.planId }), [api, props.planId, plansVersion]);
  if (plan.error) return <ErrorAlert message={plan.error} />;
  if (!plan.data) return <Busy label="Đang tải kế hoạch…" />;
  const p = plan.data;
  return (
    <section className="plan-detail" aria-label={`Kế hoạch ${p.number ?? p.title}`}>
      <div className="card">
        <h2 className="plan-title">
          {p.number && <span className="plan-number">{p.number}</span>}
          {p.title}
        </h2>
        <MetaList meta={p} skipNumber />
      </div>
      <div className="card">
        <h3>Đợt báo cáo</h3>
        <RoundsTable rounds={p.rounds} label="Đợt báo cáo của kế hoạch" />
        <h4 className="subheading">Thêm đợt báo cáo</h4>
        <AddRoundForm planId={p.id} onAdded={plansChanged} />
      </div>
      <div className="card">
        <h3>Nhiệm vụ và nội dung</h3>
        <ItemsSummary items={p.items} />
        <ItemsTable items={p.items} label="Các mục của kế hoạch" />
      </div>
      <div className="card">
        <h3>Chỉ tiêu số liệu</h3>
        <IndicatorsTable indicators={p.indicators} label="Chỉ tiêu của kế hoạch" />
      </div>
    </section>
  );
}

export function PlansScreen() {
  const { api, plansVersion, plansChanged, selection, selectPlan } = useApp();
  const plans = useLoad(() => api('plans.list', {}), [api, plansVersion]);
  const extracting = useAction();
  const [draft, setDraft] = useState<{ draft: PlanDraft; fileName: string } | null>(null);
  const [saved, setSaved] = useState<Plan | null>(null);

  useEffect(() => {
    const list = plans.data;
    if (list && list.length === 1 && selection.planId === null) selectPlan(list[0]!.id);
  }, [plans.data, selection.planId, selectPlan]);

  const onFiles = async (files: File[]) => {
    const file = files[0];
    if (!file) return;
    setSaved(null);
    const d = await extracting.run(async () => api('plans.extract', { file: await toFileInput(file) }));
    if (d) setDraft({ draft: d, fileName: file.name });
  };

  const importButton = (
    <FileButton
      label="Nhập kế hoạch"
      inputLabel="Tệp kế hoạch"
      accept={PLAN_ACCEPT}
      primary
      disabled={extracting.busy || draft !== null}
      onFiles={(f) => void onFiles(f)}
    />
  );

  return (
    <section className="screen" aria-labelledby="screen-title">
      <ScreenHeader
        title="Kế hoạch"
        subtitle="Nhập văn bản kế hoạch (.docx, .doc, .pdf, .txt); phần mềm đọc ra các nhiệm vụ, đơn vị thực hiện và thời hạn để anh/chị kiểm tra."
        actions={importButton}
      />
      {extracting.busy && <Busy label="Đang đọc văn bản kế hoạch…" />}
      <ErrorAlert title="Không đọc được kế hoạch" message={extracting.error} onClose={extracting.clearError} />
      {saved && (
        <Notice tone="success">
          Đã lưu kế hoạch <strong>{saved.number ?? saved.title}</strong> với {saved.items.length} mục và {saved.rounds.length} đợt báo
          cáo.
        </Notice>
      )}
      {draft ? (
        <DraftReview
          draft={draft.draft}
          fileName={draft.fileName}
          onChange={(d) => setDraft({ ...draft, draft: d })}
          onCancel={() => setDraft(null)}
          onSaved={(p) => {
            setDraft(null);
            setSaved(p);
            plansChanged();
            selectPlan(p.id);
          }}
        />
      ) : (
        <>
          <ErrorAlert title="Không tải được danh sách kế hoạch" message={plans.error} />
          {plans.loading && !plans.data && <Busy label="Đang tải danh sách kế hoạch…" />}
          {plans.data && plans.data.length === 0 && (
            <EmptyState title="Chưa có kế hoạch nào">
              <p>
                Bấm <strong>Nhập kế hoạch</strong> và chọn văn bản kế hoạch, công văn hoặc hướng dẫn. Phần mềm sẽ đọc số, ký hiệu,
                trích yếu và các nhiệm vụ để anh/chị kiểm tra trước khi lưu.
              </p>
            </EmptyState>
          )}
          {plans.data && plans.data.length > 0 && (
            <div className="card">
              <div className="table-wrap">
                <table className="table" aria-label="Danh sách kế hoạch">
                  <thead>
                    <tr>
                      <th scope="col">Số, ký hiệu</th>
                      <th scope="col">Trích yếu</th>
                      <th scope="col">Ngày ban hành</th>
                      <th scope="col" className="num">Số mục</th>
                      <th scope="col" className="num">Số đợt</th>
                      <th scope="col">
                        <span className="visually-hidden">Thao tác</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {plans.data.map((p) => {
                      const current = p.id === selection.planId;
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
                              <button
                                type="button"
                                className="btn btn-small"
                                onClick={() => selectPlan(p.id)}
                                aria-label={`Xem kế hoạch ${p.number ?? p.title}`}
                              >
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
          )}
          {selection.planId !== null && plans.data?.some((p) => p.id === selection.planId) ? (
            <PlanDetail planId={selection.planId} />
          ) : (
            plans.data &&
            plans.data.length > 1 && <p className="hint">Bấm “Xem” ở một kế hoạch để xem nhiệm vụ, đợt báo cáo và chỉ tiêu.</p>
          )}
        </>
      )}
    </section>
  );
}
