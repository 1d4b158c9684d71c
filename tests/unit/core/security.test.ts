import type http from 'node:http';
import { describe, expect, it } from 'vitest';
import { checkRequest, TOKEN_HEADER } from '../../../electron/bridge/policy';
import { bundlePath, isTrustedUrl, SECURE_WEB_PREFERENCES } from '../../../electron/main/security';

const origin = 'http://127.0.0.1:4567';
const token = 'secret-token';
function req(over: { url?: string; headers?: Record<string, string>; remote?: string }): Pick<http.IncomingMessage, 'headers' | 'url' | 'socket'> {
  return {
    url: over.url ?? '/api/units.list',
    headers: { host: '127.0.0.1:4567', [TOKEN_HEADER]: token, ...over.headers },
    socket: { remoteAddress: over.remote ?? '127.0.0.1' } as http.IncomingMessage['socket'],
  };
}

describe('bridge request policy', () => {
  it('lets a same-origin request with the token through', () => expect(checkRequest(req({}), origin, token)).toBeNull());
  it('refuses a wrong or missing token on the API', () => {
    expect(checkRequest(req({ headers: { [TOKEN_HEADER]: 'nope' } }), origin, token)?.status).toBe(401);
    const r = req({});
    delete r.headers[TOKEN_HEADER];
    expect(checkRequest(r, origin, token)?.status).toBe(401);
  });
  it('refuses other origins and foreign Host headers (DNS rebinding)', () => {
    expect(checkRequest(req({ headers: { origin: 'http://evil.example' } }), origin, token)?.status).toBe(403);
    expect(checkRequest(req({ headers: { host: 'evil.example:4567' } }), origin, token)?.status).toBe(403);
  });
  it('refuses connections that are not from this machine', () => {
    expect(checkRequest(req({ remote: '10.0.0.5' }), origin, token)?.status).toBe(403);
  });
  it('serves the page itself without the token', () => expect(checkRequest(req({ url: '/index.html', headers: { [TOKEN_HEADER]: '' } }), origin, token)).toBeNull());
});

describe('Electron security decisions', () => {
  it('trusts only the app bundle', () => {
    expect(isTrustedUrl('app://bundle/index.html')).toBe(true);
    expect(isTrustedUrl('https://example.com/')).toBe(false);
    expect(isTrustedUrl('file:///C:/x.html')).toBe(false);
    expect(isTrustedUrl('app://other/index.html')).toBe(false);
  });
  it('keeps the renderer isolated and sandboxed', () => {
    expect(SECURE_WEB_PREFERENCES).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
  });
  it('refuses paths that escape the bundle', () => {
    expect(bundlePath('/app/r', '/../secret', '/')).toBeNull();
    expect(bundlePath('/app/r', '/%2e%2e/secret', '/')).toBeNull();
    expect(bundlePath('/app/r', '/assets/a.js', '/')).toBe('/app/r/assets/a.js');
    expect(bundlePath('/app/r', '/', '/')).toBe('/app/r/index.html');
  });
});
