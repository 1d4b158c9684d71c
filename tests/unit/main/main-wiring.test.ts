// main.ts against fakes of Electron's objects: a smoke test that the wiring starts, registers what
// the modules promise, and routes events to them. The decisions themselves are tested per module.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { EVENTS, INVOKE, NOTIFY } from '../../../electron/main/ipc-channels';
import { tempDir } from '../../helpers/temp';
import { TRUSTED, UNTRUSTED } from './fakes';

type Fn = (...args: unknown[]) => unknown;

const fake = vi.hoisted(() => {
  const rec = {
    appOn: new Map<string, Fn>(),
    paths: new Map<string, string>(),
    handles: new Map<string, Fn>(),
    ipcOn: new Map<string, Fn>(),
    protocol: new Map<string, Fn>(),
    menus: [] as unknown[],
    windows: [] as FakeWindow[],
    permissionRequest: null as Fn | null,
    permissionCheck: null as Fn | null,
    quit: 0,
    dialogs: [] as unknown[],
  };
  class FakeWindow {
    readonly events = new Map<string, Fn>();
    readonly contentsEvents = new Map<string, Fn>();
    readonly sent: unknown[][] = [];
    readonly calls: string[] = [];
    url = '';
    readonly webContents = {
      on: (e: string, l: Fn) => void this.contentsEvents.set(e, l),
      send: (...args: unknown[]) => void this.sent.push(args),
    };
    constructor(readonly options: Record<string, unknown>) {
      rec.windows.push(this);
    }
    once(e: string, l: Fn) {
      this.events.set(e, l);
    }
    on(e: string, l: Fn) {
      this.events.set(e, l);
    }
    loadURL(url: string) {
      this.url = url;
      return Promise.resolve();
    }
    show() {
      this.calls.push('show');
    }
    focus() {
      this.calls.push('focus');
    }
    maximize() {
      this.calls.push('maximize');
    }
    restore() {
      this.calls.push('restore');
    }
    isMinimized() {
      return false;
    }
    isMaximized() {
      return false;
    }
    getNormalBounds() {
      return { x: 40, y: 30, width: 1100, height: 700 };
    }
  }
  return { rec, FakeWindow };
});

vi.mock('electron', () => ({
  app: {
    isPackaged: false,
    // `electron .` from the repository: the development layout.
    getAppPath: () => path.resolve(import.meta.dirname, '..', '..', '..'),
    setPath: (k: string, v: string) => void fake.rec.paths.set(k, v),
    requestSingleInstanceLock: () => true,
    quit: () => void fake.rec.quit++,
    on: (e: string, l: Fn) => void fake.rec.appOn.set(e, l),
    whenReady: () => Promise.resolve(),
  },
  BrowserWindow: fake.FakeWindow,
  dialog: {
    showSaveDialog: async () => ({ canceled: true }),
    showMessageBoxSync: (d: unknown) => {
      fake.rec.dialogs.push(d);
      return 0;
    },
    showOpenDialogSync: () => undefined,
    showMessageBox: async () => ({ response: 0 }),
  },
  ipcMain: { handle: (c: string, l: Fn) => void fake.rec.handles.set(c, l), on: (c: string, l: Fn) => void fake.rec.ipcOn.set(c, l) },
  Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: (m: unknown) => void fake.rec.menus.push(m) },
  net: { fetch: async () => new Response('ok') },
  protocol: { registerSchemesAsPrivileged: () => {}, handle: (s: string, h: Fn) => void fake.rec.protocol.set(s, h) },
  screen: {
    getPrimaryDisplay: () => ({ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }),
    getAllDisplays: () => [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }],
  },
  session: {
    defaultSession: {
      setPermissionRequestHandler: (h: Fn) => void (fake.rec.permissionRequest = h),
      setPermissionCheckHandler: (h: Fn) => void (fake.rec.permissionCheck = h),
    },
  },
  shell: { openPath: async () => '', showItemInFolder: () => {} },
}));

const dir = tempDir();
const dropped = path.join(dir, 'Báo cáo xã A.xlsx');
const argv = process.argv;

beforeAll(async () => {
  fs.writeFileSync(dropped, 'x');
  vi.stubEnv('TONGHOP_DB', path.join(dir, 'data', 'tonghop.sqlite'));
  vi.useFakeTimers({ toFake: ['setTimeout', 'setInterval'] });
  // The first launch's own command line: a file dropped on the app icon.
  process.argv = ['/usr/lib/electron', '.', dropped, path.join(dir, 'missing.xlsx')];
  await import('../../../electron/main/main');
  await vi.waitFor(() => expect(fake.rec.windows).toHaveLength(1), { timeout: 20_000 });
});

afterAll(() => {
  process.argv = argv;
  fake.rec.appOn.get('window-all-closed')?.();
  vi.useRealTimers();
  vi.unstubAllEnvs();
});

const win = () => {
  const w = fake.rec.windows[0];
  if (!w) throw new Error('no window');
  return w;
};

describe('main wiring', () => {
  it('keeps Chromium’s profile in the local data folder and guards every page and the session', () => {
    expect(fake.rec.paths.get('userData')).toBe(path.join(dir, 'data', 'chromium'));
    expect(fake.rec.appOn.has('web-contents-created')).toBe(true);
    const answers: boolean[] = [];
    fake.rec.permissionRequest?.({}, 'media', (g: boolean) => answers.push(g));
    expect(answers).toEqual([false]);
    expect(fake.rec.permissionCheck?.({}, 'notifications')).toBe(false);
  });

  it('opens one secure window on the bundle with the remembered place', () => {
    const w = win();
    expect(w.url).toBe('app://bundle/index.html');
    expect(w.options).toMatchObject({ x: 320, y: 110, width: 1280, height: 820, show: false, webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false } });
    // The development layout: the preload the build wrote under the repository.
    expect((w.options.webPreferences as { preload: string }).preload).toBe(path.resolve(import.meta.dirname, '..', '..', '..', 'dist', 'electron', 'preload.cjs'));
    w.events.get('ready-to-show')?.();
    expect(w.calls).toContain('show');
    w.events.get('close')?.();
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'data', 'window-state.json'), 'utf8'))).toEqual({ bounds: { x: 40, y: 30, width: 1100, height: 700 }, maximized: false });
  });

  it('registers every IPC channel, and refuses an untrusted sender', async () => {
    expect([...fake.rec.handles.keys()].sort()).toEqual(Object.values(INVOKE).sort());
    const api = fake.rec.handles.get(INVOKE.api);
    expect(await api?.({ senderFrame: { url: UNTRUSTED } }, 'units.list', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await api?.({ senderFrame: { url: TRUSTED } }, 'units.list', {})).toMatchObject({ ok: true });
  });

  it('sends the first launch’s existing files once the page listens, and a second launch’s too', () => {
    const w = win();
    expect(w.sent.filter(([c]) => c === EVENTS.openFiles)).toEqual([]);
    fake.rec.ipcOn.get(NOTIFY.openFilesReady)?.({ senderFrame: { url: TRUSTED } });
    expect(w.sent.filter(([c]) => c === EVENTS.openFiles)).toEqual([[EVENTS.openFiles, [dropped]]]);
    fake.rec.appOn.get('second-instance')?.({}, ['/usr/lib/electron', '.', '--original-process-start-time=1', 'Báo cáo xã A.xlsx', 'nope.pdf'], dir);
    expect(w.calls).toContain('focus');
    expect(w.sent.filter(([c]) => c === EVENTS.openFiles)).toEqual([
      [EVENTS.openFiles, [dropped]],
      [EVENTS.openFiles, [dropped]],
    ]);
  });

  it('sets the Vietnamese menu, whose Ctrl+F reaches the renderer', () => {
    const menu = fake.rec.menus.at(-1) as { label?: string; submenu?: { accelerator?: string; click?: () => void }[] }[];
    expect(menu.map((m) => m.label)).toEqual(['&Tệp', '&Sửa', '&Xem', '&Trợ giúp']);
    menu[1]?.submenu?.find((i) => i.accelerator === 'CmdOrCtrl+F')?.click?.();
    expect(win().sent.at(-1)).toEqual([EVENTS.focusSearch]);
  });

  it('serves nothing outside the bundle through app://', async () => {
    const handler = fake.rec.protocol.get('app');
    // <repo>/dist/renderer/../../package.json exists in this checkout; it must not be served.
    const res = (await handler?.(new Request('app://bundle/..%2f..%2fpackage.json'))) as Response;
    expect(fs.existsSync(path.join(import.meta.dirname, '..', '..', '..', 'package.json'))).toBe(true);
    expect(res.status).toBe(404);
  });

  it('writes the first automatic backup a little after start', async () => {
    await vi.advanceTimersByTimeAsync(15_000);
    const auto = path.join(dir, 'data', 'backups', 'auto');
    await vi.waitFor(() => expect(fs.existsSync(auto) && fs.readdirSync(auto).filter((n) => n.endsWith('.thbk'))).toHaveLength(1));
  });
});
