// The loopback bridge for real: loopback only, per-run token, same origin, no file paths from a browser.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBridge } from '../../electron/bridge/server';
import type { Bridge } from '../../electron/bridge/server';
import { SAMPLES, tempDir } from '../helpers/temp';
import { TEST_ENGINE } from '../helpers/engine';

let bridge: Bridge;
let port: number;

function request(p: string, opts: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: p, method: opts.method ?? 'GET', headers: opts.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    if (opts.body) req.write(opts.body);
    req.end();
  });
}

beforeAll(async () => {
  const dir = tempDir();
  const staticDir = path.join(dir, 'static');
  fs.mkdirSync(staticDir);
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><html><head><title>t</title></head><body></body></html>');
  fs.writeFileSync(path.join(dir, 'secret.txt'), 'bí mật');
  bridge = await startBridge({ dbPath: path.join(dir, 'b.sqlite'), staticDir, engine: TEST_ENGINE });
  port = Number(new URL(bridge.url).port);
});
afterAll(async () => bridge.close());

const api = (method: string, body: unknown, headers: Record<string, string> = {}) =>
  request(`/api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-tonghop-token': bridge.token, ...headers }, body: JSON.stringify(body) });

describe('loopback bridge', () => {
  it('listens on 127.0.0.1 only and serves the page with its token and a strict CSP', async () => {
    expect(new URL(bridge.url).hostname).toBe('127.0.0.1');
    const page = await request('/');
    expect(page.body).toContain(`<meta name="tonghop-token" content="${bridge.token}">`);
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
  });
  it('answers the contract with the token and refuses without it', async () => {
    expect(JSON.parse((await api('units.list', {})).body)).toEqual({ ok: true, value: [] });
    const noToken = await request('/api/units.list', { method: 'POST', body: '{}' });
    expect(noToken.status).toBe(401);
  });
  it('refuses other origins and foreign Host headers', async () => {
    expect((await api('units.list', {}, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await api('units.list', {}, { host: `evil.example:${port}` })).status).toBe(403);
  });
  it('never reads a file path sent by a browser', async () => {
    const res = JSON.parse((await api('units.importTable', { file: { name: 'u.csv', path: path.join(SAMPLES, 'units-binh-duong.csv') } })).body);
    expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(JSON.parse((await api('units.list', {})).body).value).toEqual([]);
  });
  it('does not serve files outside its folder, and rejects bad input as data', async () => {
    expect((await request('/../secret.txt')).body).not.toContain('bí mật');
    expect((await request('/%2e%2e/secret.txt')).status).toBe(404);
    expect(JSON.parse((await api('nope.method', {})).body)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(JSON.parse((await api('plans.get', { planId: 'x' })).body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});
