// The one plan editor: a draft read from a file, a plan started by hand, and a saved plan being
// corrected all go through here, so they follow the same rules and look the same.
import { useCallback, useMemo, useRef, useState } from 'react';
import type { Plan, PlanDraft, PlanMeta } from '../../../../shared/domain';
import { useApp } from '../../app-state';
import { draftProblems, fromEditor, toEditor } from '../../lib/plan-draft';
import type { EditItem, EditIndicator, EditorDraft, EditRound } from '../../lib/plan-draft';
import { useAction, useLoad } from '../../lib/use-async';
import { ErrorAlert } from '../Alert';
import { Busy, Spinner } from '../Busy';
import { ConfirmDialog } from '../ConfirmDialog';
import { DateValidity, useDateValidity } from '../DateInput';
import { ItemsSummary } from '../PlanSummary';
import { IndicatorsEditor } from './IndicatorsEditor';
import { ItemsEditor } from './ItemsEditor';
import { MetaEditor } from './MetaEditor';
import { RoundsEditor } from './RoundsEditor';

export type EditorMode = { kind: 'extracted'; fileName: string } | { kind: 'new' } | { kind: 'edit'; planId: number };

const HEADINGS: Record<EditorMode['kind'], string> = {
  extracted: 'Kiểm tra kế hoạch vừa đọc',
  new: 'Tạo kế hoạch mới',
  edit: 'Sửa kế hoạch',
};

function intro(mode: EditorMode) {
  if (mode.kind === 'extracted')
    return (
      <>
        Từ tệp <strong>{mode.fileName}</strong>. Hãy đối chiếu với văn bản gốc bên phải, sửa nếu cần, rồi bấm Lưu kế hoạch.
      </>
    );
  if (mode.kind === 'new') return 'Nhập thông tin văn bản, các mục cần báo cáo và chỉ tiêu số liệu, rồi bấm Lưu kế hoạch.';
  return 'Sửa thông tin, các mục và chỉ tiêu. Báo cáo đã nhận vẫn gắn với mục có cùng mã.';
}

export function PlanEditor(props: { mode: EditorMode; initial: PlanDraft; onSaved(plan: Plan): void; onCancel(): void }) {
  const { mode } = props;
  const { api } = useApp();
  const units = useLoad(() => api('units.list', {}), [api]);
  const saving = useAction();
  const dates = useDateValidity();
  const [d, setD] = useState<EditorDraft>(() => toEditor(props.initial, mode.kind === 'edit'));
  const [dirty, setDirty] = useState(false);
  const [tried, setTried] = useState(false);
  const [askCancel, setAskCancel] = useState(false);
  const problemsRef = useRef<HTMLDivElement>(null);

  const patch = useCallback((p: Partial<EditorDraft>) => {
    setD((prev) => ({ ...prev, ...p }));
    setDirty(true);
  }, []);
  const setItems = useCallback((items: EditItem[]) => patch({ items }), [patch]);
  const setIndicators = useCallback((indicators: EditIndicator[]) => patch({ indicators }), [patch]);
  const setRounds = useCallback((rounds: EditRound[]) => patch({ rounds }), [patch]);
  const setMeta = useCallback((p: Partial<PlanMeta>) => patch(p), [patch]);

  const problems = [
    ...draftProblems(d, mode.kind === 'edit' ? 'edit' : 'create'),
    ...(dates.invalidCount > 0 ? [`Có ${dates.invalidCount} ô ngày chưa đúng dạng dd/mm/yyyy.`] : []),
  ];
  const activeUnits = useMemo(
    () => (units.data ?? []).filter((u) => !u.validTo).sort((a, b) => a.name.localeCompare(b.name, 'vi')),
    [units.data],
  );

  const save = async () => {
    setTried(true);
    if (problems.length > 0) {
      problemsRef.current?.focus();
      return;
    }
    const draft = fromEditor(d);
    const plan = await saving.run(() =>
      mode.kind === 'edit' ? api('plans.update', { planId: mode.planId, draft }) : api('plans.create', { draft }),
    );
    if (plan) props.onSaved(plan);
  };

  const main = (
    <div className="split-main">
      <div className="card">
        <h3>Thông tin văn bản</h3>
        <MetaEditor meta={d} onChange={setMeta} />
      </div>
      <div className="card">
        <h3>Nhiệm vụ và nội dung</h3>
        <ItemsSummary items={d.items} />
        <ItemsEditor items={d.items} units={activeUnits} onChange={setItems} />
      </div>
      {mode.kind !== 'edit' && (
        <div className="card">
          <h3>{mode.kind === 'extracted' ? 'Kỳ báo cáo đề xuất' : 'Kỳ báo cáo'}</h3>
          <RoundsEditor rounds={d.rounds} onChange={setRounds} />
        </div>
      )}
      <div className="card">
        <h3>{mode.kind === 'extracted' ? 'Chỉ tiêu số liệu đề xuất' : 'Chỉ tiêu số liệu'}</h3>
        <IndicatorsEditor indicators={d.indicators} onChange={setIndicators} />
      </div>
    </div>
  );

  return (
    <DateValidity.Provider value={dates.registry}>
      <section className="draft" aria-label={HEADINGS[mode.kind]}>
        <div className="draft-bar">
          <div>
            <h2 tabIndex={-1}>{HEADINGS[mode.kind]}</h2>
            <p className="muted">{intro(mode)}</p>
          </div>
          <div className="draft-actions">
            <button type="button" className="btn" onClick={() => (dirty ? setAskCancel(true) : props.onCancel())} disabled={saving.busy}>
              {mode.kind === 'edit' ? 'Hủy sửa' : 'Hủy bản nháp'}
            </button>
            <button type="button" className="btn btn-primary" onClick={() => void save()} disabled={saving.busy}>
              {saving.busy && <Spinner small />} {mode.kind === 'edit' ? 'Lưu thay đổi' : 'Lưu kế hoạch'}
            </button>
          </div>
        </div>
        {saving.busy && <Busy label="Đang lưu kế hoạch…" />}
        <ErrorAlert title="Không lưu được kế hoạch" message={saving.error} onClose={saving.clearError} />
        {tried && problems.length > 0 && (
          <div className="alert alert-error" role="alert" tabIndex={-1} ref={problemsRef}>
            <span className="alert-icon" aria-hidden="true" />
            <div className="alert-body">
              <strong className="alert-title">Chưa lưu được: cần sửa {problems.length} chỗ</strong>
              <ul className="plain-list">
                {problems.slice(0, 8).map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            </div>
          </div>
        )}
        <ErrorAlert message={units.error} />
        {mode.kind === 'extracted' ? (
          <div className="split">
            {main}
            <aside className="split-side" aria-label="Văn bản gốc">
              <div className="card source-card">
                <h3>Văn bản gốc</h3>
                <pre className="source-text" tabIndex={0} aria-label="Nội dung văn bản gốc">
                  {d.sourceText}
                </pre>
              </div>
            </aside>
          </div>
        ) : (
          main
        )}
        <ConfirmDialog
          open={askCancel}
          title="Bỏ các thay đổi?"
          confirmLabel="Bỏ thay đổi"
          cancelLabel="Tiếp tục sửa"
          danger
          onCancel={() => setAskCancel(false)}
          onConfirm={() => {
            setAskCancel(false);
            props.onCancel();
          }}
        >
          <p>Những gì đã sửa trong {mode.kind === 'edit' ? 'kế hoạch' : 'bản nháp'} này sẽ không được lưu.</p>
        </ConfirmDialog>
      </section>
    </DateValidity.Provider>
  );
}
