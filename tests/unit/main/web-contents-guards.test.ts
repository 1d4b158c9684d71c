import { describe, expect, it } from 'vitest';
import { SECURE_WEB_PREFERENCES } from '../../../electron/main/security';
import { denyAllPermissions, guardWebContents } from '../../../electron/main/web-contents-guards';
import type { GuardableContents, PermissionSession } from '../../../electron/main/web-contents-guards';

type Handler = (e: { preventDefault(): void }, url: string) => void;

function fakeContents() {
  const on = new Map<string, Handler>();
  let openHandler: ((d: { url: string }) => { action: 'deny' }) | null = null;
  const contents = {
    on: (event: string, listener: Handler) => void on.set(event, listener),
    setWindowOpenHandler: (h: (d: { url: string }) => { action: 'deny' }) => {
      openHandler = h;
    },
  } as GuardableContents;
  const fire = (event: string, url = ''): boolean => {
    let prevented = false;
    on.get(event)?.({ preventDefault: () => void (prevented = true) }, url);
    return prevented;
  };
  return { contents, on, fire, open: (url: string) => openHandler?.({ url }) };
}

describe('web contents guards', () => {
  it('keeps every page on the app bundle', () => {
    const f = fakeContents();
    guardWebContents(f.contents);
    expect(f.fire('will-navigate', 'https://evil.example/')).toBe(true);
    expect(f.fire('will-navigate', 'file:///C:/Windows/win.ini')).toBe(true);
    expect(f.fire('will-redirect', 'http://127.0.0.1:1/')).toBe(true);
    expect(f.fire('will-navigate', 'app://bundle/index.html#/plans')).toBe(false);
  });
  it('opens no windows and attaches no webviews', () => {
    const f = fakeContents();
    guardWebContents(f.contents);
    expect(f.open('https://example.com/')).toEqual({ action: 'deny' });
    expect(f.open('app://bundle/index.html')).toEqual({ action: 'deny' });
    expect(f.fire('will-attach-webview')).toBe(true);
    expect(SECURE_WEB_PREFERENCES).toMatchObject({ webviewTag: false, nodeIntegrationInWorker: false });
  });
  it('denies every permission request and check', () => {
    const got: {
      request?: Parameters<PermissionSession['setPermissionRequestHandler']>[0];
      check?: Parameters<PermissionSession['setPermissionCheckHandler']>[0];
    } = {};
    denyAllPermissions({ setPermissionRequestHandler: (h) => void (got.request = h), setPermissionCheckHandler: (h) => void (got.check = h) });
    expect(got.request).toBeTypeOf('function');
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'unknown']) {
      const answers: boolean[] = [];
      got.request?.({}, p, (granted) => answers.push(granted));
      expect(answers).toEqual([false]);
      expect(got.check?.({}, p)).toBe(false);
    }
  });
});
