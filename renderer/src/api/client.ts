// The renderer's one door to the service: Electron IPC when the preload is there, else the loopback bridge.
import type { ApiClient, ApiInput, ApiMethod, ApiOutput, ApiResult } from '../../../shared/api';

export const TOKEN_META = 'tonghop-token';
export const TOKEN_HEADER = 'x-tonghop-token';

/** A failed call: the service's code and its Vietnamese message. */
export class ApiCallError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = 'ApiCallError';
    this.code = code;
  }
}

export type Transport = (method: string, input: unknown) => Promise<ApiResult<unknown>>;
export type TransportKind = 'electron' | 'bridge' | 'none';

function isApiResult(v: unknown): v is ApiResult<unknown> {
  if (typeof v !== 'object' || v === null || !('ok' in v)) return false;
  const r = v as { ok: unknown; error?: unknown };
  if (r.ok === true) return 'value' in v;
  return r.ok === false && typeof r.error === 'object' && r.error !== null;
}

export function unwrap<T>(result: unknown): T {
  if (!isApiResult(result)) throw new ApiCallError('BAD_RESPONSE', 'Phản hồi từ máy chủ không hợp lệ.');
  if (result.ok) return result.value as T;
  const { code, message } = result.error;
  throw new ApiCallError(String(code || 'INTERNAL'), String(message || 'Đã có lỗi xảy ra.'));
}

export function bridgeTransport(token: string, baseUrl = '', fetchImpl: typeof fetch = fetch): Transport {
  return async (method, input) => {
    let res: Response;
    try {
      res = await fetchImpl(`${baseUrl}/api/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
        body: JSON.stringify(input ?? {}),
      });
    } catch {
      throw new ApiCallError('NETWORK', 'Không kết nối được với chương trình. Hãy kiểm tra chương trình còn đang chạy rồi tải lại trang.');
    }
    let body: unknown;
    try {
      body = await res.json();
    } catch {
      throw new ApiCallError('BAD_RESPONSE', `Phản hồi từ máy chủ không hợp lệ (mã ${res.status}).`);
    }
    return body as ApiResult<unknown>;
  };
}

const noTransport: Transport = () =>
  Promise.reject(
    new ApiCallError('NO_TRANSPORT', 'Không tìm thấy kết nối tới chương trình. Hãy mở giao diện từ ứng dụng hoặc lệnh "npm run web".'),
  );

/** Pick the transport once at start-up: preload first, then the token the bridge put in the page. */
export function detectTransport(win: Window = window): { kind: TransportKind; transport: Transport } {
  const preload = win.api;
  if (preload && typeof preload.call === 'function') {
    return { kind: 'electron', transport: (method, input) => preload.call(method, input) };
  }
  const token = win.document.querySelector<HTMLMetaElement>(`meta[name="${TOKEN_META}"]`)?.content;
  if (token) return { kind: 'bridge', transport: bridgeTransport(token) };
  return { kind: 'none', transport: noTransport };
}

export function createClient(transport: Transport): ApiClient {
  return async <M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> => {
    const result = await transport(method, input);
    return unwrap<ApiOutput<M>>(result);
  };
}

/** The Vietnamese message to show for anything thrown by a call. */
export function errorMessage(e: unknown): string {
  if (e instanceof Error && e.message) return e.message;
  return 'Đã có lỗi không xác định.';
}
