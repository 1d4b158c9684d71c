// Loopback HTTP bridge: serves the built renderer and the API contract to a browser on this machine.
// Only 127.0.0.1, a per-run token, same-origin requests; file paths are never accepted from a browser.
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { dispatch } from '../core/dispatch';
import { createService } from '../core/service';
import type { EngineOptions } from '../core/service';
import { CSP, checkRequest } from './policy';

/** `engine` and `staticDir` come from the starting door's InstallLayout (web.ts, or a test's). */
export type BridgeOptions = { dbPath: string; staticDir: string; engine: EngineOptions; port?: number; token?: string };
export type Bridge = { url: string; token: string; close(): Promise<void> };

const MAX_BODY = 150 * 1024 * 1024;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export async function startBridge(opts: BridgeOptions): Promise<Bridge> {
  const svc = createService({ ...opts.engine, dbPath: opts.dbPath, allowPaths: false });
  const token = opts.token ?? crypto.randomBytes(24).toString('hex');
  const staticRoot = path.resolve(opts.staticDir);
  let origin = '';

  const send = (res: http.ServerResponse, status: number, type: string, body: string | Buffer): void => {
    res.writeHead(status, {
      'content-type': type,
      'content-security-policy': CSP,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': 'no-store',
    });
    res.end(body);
  };
  const sendJson = (res: http.ServerResponse, status: number, value: unknown): void =>
    send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));

  const server = http.createServer((req, res) => {
    const denied = checkRequest(req, origin, token);
    if (denied) return sendJson(res, denied.status, { ok: false, error: { code: 'FORBIDDEN', message: denied.message } });
    const url = new URL(req.url ?? '/', origin);
    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return sendJson(res, 405, { ok: false, error: { code: 'INVALID_INPUT', message: 'Chỉ nhận POST.' } });
      const chunks: Buffer[] = [];
      let size = 0;
      req.on('data', (c: Buffer) => {
        size += c.length;
        if (size > MAX_BODY) {
          sendJson(res, 413, { ok: false, error: { code: 'FILE_TOO_LARGE', message: 'Dữ liệu gửi lên quá lớn.' } });
          req.destroy();
        } else chunks.push(c);
      });
      req.on('end', () => {
        if (res.headersSent) return;
        let input: unknown;
        try {
          const text = Buffer.concat(chunks).toString('utf8');
          input = text === '' ? {} : JSON.parse(text);
        } catch {
          return sendJson(res, 400, { ok: false, error: { code: 'INVALID_INPUT', message: 'Dữ liệu gửi lên không phải JSON.' } });
        }
        void dispatch(svc.handlers, decodeURIComponent(url.pathname.slice(5)), input).then((result) => sendJson(res, 200, result));
      });
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'Method not allowed');
    serveStatic(res, staticRoot, url.pathname, token, send);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', resolve);
  });
  const port = (server.address() as AddressInfo).port;
  origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/`,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          svc.close();
          resolve();
        });
      }),
  };
}

function serveStatic(
  res: http.ServerResponse,
  root: string,
  pathname: string,
  token: string,
  send: (res: http.ServerResponse, status: number, type: string, body: string | Buffer) => void,
): void {
  const rel = decodeURIComponent(pathname === '/' ? '/index.html' : pathname);
  const file = path.resolve(root, `.${rel}`);
  if (file !== root && !file.startsWith(root + path.sep)) return send(res, 404, 'text/plain', 'Not found');
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) return send(res, 404, 'text/plain; charset=utf-8', 'Không tìm thấy');
  const ext = path.extname(file);
  if (ext === '.html') {
    // The token reaches the page only inside the page itself, which only this origin can read.
    const html = fs.readFileSync(file, 'utf8').replace('<head>', `<head>\n<meta name="tonghop-token" content="${token}">`);
    return send(res, 200, TYPES['.html']!, html);
  }
  send(res, 200, TYPES[ext] ?? 'application/octet-stream', fs.readFileSync(file));
}
