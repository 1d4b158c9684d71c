// The one way any door calls the service: validate input, run, validate output, errors as data.
import { apiContract, isApiMethod } from '../../shared/api';
import type { ApiHandlers, ApiResult } from '../../shared/api';
import { asAppError } from './errors';

export async function dispatch(handlers: ApiHandlers, method: string, rawInput: unknown): Promise<ApiResult<unknown>> {
  if (!isApiMethod(method)) return { ok: false, error: { code: 'NOT_FOUND', message: `Không có chức năng "${method}".` } };
  const contract = apiContract[method];
  const parsed = contract.input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join('.') || 'dữ liệu'}: ${i.message}`).join('; ');
    return { ok: false, error: { code: 'INVALID_INPUT', message: `Dữ liệu gửi lên không hợp lệ — ${detail}` } };
  }
  try {
    const handler = handlers[method] as (input: unknown) => unknown;
    const value = await handler(parsed.data);
    // Outputs are checked too: a broken promise to the UI is a bug to surface, not to pass on.
    const out = contract.output.safeParse(value);
    if (!out.success) {
      return { ok: false, error: { code: 'INTERNAL', message: `Kết quả của "${method}" sai định dạng: ${out.error.issues[0]?.message ?? ''}` } };
    }
    return { ok: true, value: out.data };
  } catch (e) {
    const err = asAppError(e);
    return { ok: false, error: { code: err.code, message: err.message } };
  }
}

