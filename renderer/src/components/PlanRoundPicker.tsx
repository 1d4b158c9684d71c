// The plan + round choice every working screen starts from; the choice is app-wide. A round the
// specialist picks holds for the session; until then each screen opens on the round whose reports
// came in last (lib/round-choice.ts).
import { useEffect } from 'react';
import type { PlanSummary, Round } from '../../../shared/domain';
import { formatViDate } from '../../../shared/dates';
import { useApp } from '../app-state';
import { proposedRound } from '../lib/round-choice';
import { useLoad } from '../lib/use-async';
import { ErrorAlert } from './Alert';
import { Spinner } from './Busy';

export function planLabel(p: Pick<PlanSummary, 'number' | 'title'>): string {
  const title = p.title.length > 90 ? `${p.title.slice(0, 88)}…` : p.title;
  return p.number ? `${p.number} — ${title}` : title;
}

export function roundLabel(r: Pick<Round, 'label' | 'dueDate'>): string {
  return `${r.label} (hạn ${formatViDate(r.dueDate)})`;
}

export function PlanRoundPicker(props: {
  /** Import: both may stay empty, the file then says which plan and round it belongs to. */
  optional?: boolean;
}) {
  const { api, selection, selectPlan, selectRound, roundPicked, plansVersion, navigate } = useApp();
  const plans = useLoad(() => api('plans.list', {}), [api, plansVersion]);
  const planId = selection.planId;
  const plan = useLoad(planId === null ? null : () => api('plans.get', { planId }), [api, planId, plansVersion]);
  const { optional } = props;

  // Drop a remembered plan that no longer exists; pick the only plan when there is just one.
  useEffect(() => {
    const list = plans.data;
    if (!list) return;
    if (planId !== null && !list.some((p) => p.id === planId)) selectPlan(null);
    else if (planId === null && !optional && list.length === 1) selectPlan(list[0]!.id);
  }, [plans.data, planId, optional, selectPlan]);

  useEffect(() => {
    const p = plan.data;
    if (p && p.id === planId && selection.roundId !== null && !p.rounds.some((r) => r.id === selection.roundId)) selectRound(null);
  }, [plan.data, planId, selection.roundId, selectRound]);

  // Unless the specialist picked a round, propose the one with the most recent reports, once per
  // opening of the screen (the plan is loaded afresh, so reports that came in meanwhile count) and
  // again when the plan changes. Each round carries its latest report: nothing more to load.
  const planData = plan.data;
  useEffect(() => {
    if (optional || roundPicked || !planData || planData.id !== planId || planData.rounds.length === 0) return;
    const arrivals = new Map(planData.rounds.map((r) => [r.id, r.latestReport ? [r.latestReport] : []]));
    const r = proposedRound(planData.rounds, arrivals);
    if (r) selectRound(r.id);
  }, [planData, planId, optional, roundPicked, selectRound]);

  if (plans.data && plans.data.length === 0) {
    return (
      <div className="picker picker-empty">
        <p>
          Chưa có kế hoạch nào.{' '}
          <button type="button" className="link-button" onClick={() => navigate('plans')}>
            Vào mục Kế hoạch để nhập kế hoạch
          </button>
          .
        </p>
      </div>
    );
  }

  const rounds = plan.data && plan.data.id === planId ? plan.data.rounds : [];
  return (
    <div className="picker">
      <div className="field field-grow">
        <label htmlFor="pick-plan">Kế hoạch</label>
        <select
          id="pick-plan"
          value={planId ?? ''}
          disabled={!plans.data}
          onChange={(e) => selectPlan(e.target.value === '' ? null : Number(e.target.value))}
        >
          <option value="">{optional ? '(Tự nhận biết từ tệp)' : '— Chọn kế hoạch —'}</option>
          {plans.data?.map((p) => (
            <option key={p.id} value={p.id}>
              {planLabel(p)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="pick-round">Kỳ báo cáo</label>
        <select
          id="pick-round"
          value={selection.roundId ?? ''}
          disabled={planId === null || !plan.data}
          onChange={(e) => selectRound(e.target.value === '' ? null : Number(e.target.value), true)}
        >
          <option value="">
            {planId === null ? '—' : rounds.length === 0 && plan.data ? '(Kế hoạch chưa có kỳ)' : optional ? '(Tự nhận biết từ tệp)' : '— Chọn kỳ —'}
          </option>
          {rounds.map((r) => (
            <option key={r.id} value={r.id}>
              {roundLabel(r)}
            </option>
          ))}
        </select>
      </div>
      {(plans.loading || plan.loading) && (
        <span className="picker-loading" role="status">
          <Spinner small /> Đang tải…
        </span>
      )}
      <ErrorAlert message={plans.error ?? plan.error} />
      {plan.data && plan.data.id === planId && rounds.length === 0 && (
        <p className="picker-hint">
          Kế hoạch này chưa có kỳ báo cáo.{' '}
          <button type="button" className="link-button" onClick={() => navigate('plans')}>
            Thêm kỳ ở mục Kế hoạch
          </button>
          .
        </p>
      )}
    </div>
  );
}
