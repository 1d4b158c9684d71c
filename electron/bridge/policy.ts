// Pure request checks for the bridge, kept apart so the security rules are tested on their own.
import crypto from 'node:crypto';
import type http from 'node:http';

export const TOKEN_HEADER = 'x-tonghop-token';

export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

type Denied = { status: number; message: string };

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}

/** Null when the request may go on. */
export function checkRequest(req: Pick<http.IncomingMessage, 'headers' | 'url' | 'socket'>, origin: string, token: string): Denied | null {
  const remote = req.socket.remoteAddress ?? '';
  if (remote !== '127.0.0.1' && remote !== '::ffff:127.0.0.1' && remote !== '::1') {
    return { status: 403, message: 'Chỉ nhận kết nối từ máy này.' };
  }
  // A Host other than our own means DNS rebinding: a foreign page resolved to 127.0.0.1.
  const host = req.headers.host ?? '';
  if (`http://${host}` !== origin) return { status: 403, message: 'Tên máy chủ không hợp lệ.' };
  const from = req.headers.origin;
  if (from !== undefined && from !== origin) return { status: 403, message: 'Nguồn yêu cầu không được phép.' };
  if ((req.url ?? '').startsWith('/api/')) {
    const given = req.headers[TOKEN_HEADER];
    if (typeof given !== 'string' || !sameToken(given, token)) return { status: 401, message: 'Thiếu hoặc sai mã phiên.' };
  }
  return null;
}
