// Calls through the real dispatch (the same path every door uses) and unwraps the result.
import type { ApiInput, ApiMethod, ApiOutput } from '../../shared/api';
import { dispatch } from '../../electron/core/dispatch';
import type { Service } from '../../electron/core/service';

export async function callOk<M extends ApiMethod>(svc: Service, method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
  const res = await dispatch(svc.handlers, method, input);
  if (!res.ok) throw new Error(`${method} failed: ${res.error.code} ${res.error.message}`);
  return res.value as ApiOutput<M>;
}

export function b64(bytes: Buffer): string {
  return bytes.toString('base64');
}

export function rowCounts(svc: Service): Record<string, number> {
  const out: Record<string, number> = {};
  for (const t of ['units', 'plans', 'plan_items', 'rounds', 'reports', 'report_entries', 'report_figures', 'stored_files', 'audit_log']) {
    out[t] = (svc.db.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get() as { n: number }).n;
  }
  return out;
}
