// The CLI's door into the service: the same dispatch as IPC and the bridge.
import type { ApiInput, ApiMethod, ApiOutput } from '../../shared/api';
import { dispatch } from '../core/dispatch';
import type { Service } from '../core/service';

export class CliError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export async function call<M extends ApiMethod>(svc: Service, method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
  const res = await dispatch(svc.handlers, method, input);
  if (!res.ok) throw new CliError(res.error.code, res.error.message);
  return res.value as ApiOutput<M>;
}

/** PLAN as an id or as its number ("31-KH/BTGTU"). */
export async function resolvePlanId(svc: Service, ref: string): Promise<number> {
  const plans = await call(svc, 'plans.list', {});
  const byNumber = plans.find((p) => p.number !== null && p.number.toLowerCase() === ref.toLowerCase());
  if (byNumber) return byNumber.id;
  if (/^\d+$/.test(ref) && plans.some((p) => p.id === Number(ref))) return Number(ref);
  throw new CliError('NOT_FOUND', `Không tìm thấy kế hoạch "${ref}" (nhập mã số hoặc số ký hiệu như 31-KH/BTGTU).`);
}

/** ROUND as an id or as its label. */
export async function resolveRoundId(svc: Service, planId: number, ref: string): Promise<number> {
  const plan = await call(svc, 'plans.get', { planId });
  const byLabel = plan.rounds.find((r) => r.label.toLowerCase() === ref.toLowerCase());
  if (byLabel) return byLabel.id;
  if (/^\d+$/.test(ref) && plan.rounds.some((r) => r.id === Number(ref))) return Number(ref);
  throw new CliError('NOT_FOUND', `Kế hoạch ${plan.number ?? plan.id} không có kỳ báo cáo "${ref}".`);
}
