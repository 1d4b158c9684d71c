// `TongHopBaoCao.exe --smoke-test DIR` through Electron main itself, against fakes of Electron's
// objects (the binary cannot run here): packaged, main takes its layout from process.resourcesPath
// — here a folder laid out like the install — opens no window, takes no single-instance lock, writes
// nothing outside DIR, runs the smoke test through the installed worker and exits with its code.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { SmokeResult } from '../../electron/main/smoke-test';
import { ensureBuilt } from '../helpers/built';
import { computePack } from '../helpers/electron-builder-pack';
import { simulateInstall } from '../helpers/simulated-install';
import { REPO, tempDir } from '../helpers/temp';

const fake = vi.hoisted(() => {
  let exited: (code: number) => void = () => {};
  return {
    rec: { paths: new Map<string, string>(), calls: [] as string[], windows: 0, exitCode: null as number | null },
    exit: new Promise<number>((resolve) => (exited = resolve)),
    done: (code: number) => exited(code),
  };
});

vi.mock('electron', () => ({
  app: {
    isPackaged: true,
    getAppPath: () => {
      fake.rec.calls.push('getAppPath');
      return '/nowhere';
    },
    setPath: (k: string, v: string) => void fake.rec.paths.set(k, v),
    disableHardwareAcceleration: () => void fake.rec.calls.push('disableHardwareAcceleration'),
    requestSingleInstanceLock: () => {
      fake.rec.calls.push('requestSingleInstanceLock');
      return true;
    },
    whenReady: () => Promise.resolve(),
    on: (e: string) => void fake.rec.calls.push(`on:${e}`),
    quit: () => void fake.rec.calls.push('quit'),
    exit: (code: number) => {
      fake.rec.exitCode = code;
      fake.done(code);
    },
  },
  BrowserWindow: class {
    constructor() {
      fake.rec.windows++;
    }
  },
  dialog: { showMessageBoxSync: () => 0, showSaveDialog: async () => ({ canceled: true }), showOpenDialogSync: () => undefined, showMessageBox: async () => ({ response: 0 }) },
  ipcMain: { handle: () => {}, on: () => {} },
  Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: () => void fake.rec.calls.push('setApplicationMenu') },
  net: { fetch: async () => new Response('') },
  protocol: { registerSchemesAsPrivileged: () => void fake.rec.calls.push('registerSchemesAsPrivileged'), handle: () => {} },
  screen: { getPrimaryDisplay: () => ({ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }), getAllDisplays: () => [] },
  session: { defaultSession: { setPermissionRequestHandler: () => {}, setPermissionCheckHandler: () => {} } },
  shell: { openPath: async () => '', showItemInFolder: () => {} },
}));

const argv = process.argv;
let resourcesPath: string;
let smokeDir: string;
let userData: string;
let result: SmokeResult;

beforeAll(async () => {
  await ensureBuilt({ renderer: true });
  const base = tempDir('tonghop-main-smoke-');
  // Electron reads app.asar as a folder: the 'folder' shape stands in for its asar-aware fs.
  resourcesPath = await simulateInstall(path.join(base, 'Programs', 'TongHopBaoCao'), await computePack(REPO), 'folder');
  smokeDir = path.join(base, 'Kiểm tra khói');
  userData = path.join(base, 'Dữ liệu người dùng', 'tonghop.sqlite');
  vi.stubEnv('TONGHOP_DB', userData);
  Object.defineProperty(process, 'resourcesPath', { value: resourcesPath, configurable: true });
  // A packaged app's argv: [exe, ...args].
  process.argv = [path.join(resourcesPath, '..', 'TongHopBaoCao.exe'), '--smoke-test', smokeDir];
  await import('../../electron/main/main');
  await fake.exit;
  result = JSON.parse(fs.readFileSync(path.join(smokeDir, 'smoke-result.json'), 'utf8')) as SmokeResult;
}, 600_000);

afterAll(() => {
  process.argv = argv;
  vi.unstubAllEnvs();
});

describe('Electron main with --smoke-test', () => {
  it('runs the smoke test on the packaged layout and exits 0', () => {
    expect(fake.rec.exitCode).toBe(0);
    expect(result).toMatchObject({ ok: true, parser: 'worker', dir: smokeDir, workerFile: path.join(resourcesPath, 'app.asar.unpacked', 'dist', 'workers', 'parse-worker.mjs') });
    expect(result.parsedInWorker).toBe(result.reportsImported);
    expect(result.reportsImported).toBeGreaterThan(0);
    expect(fs.existsSync(path.join(smokeDir, 'bao-cao-tong-hop.pdf'))).toBe(true);
    // Packaged: the repository layout is never asked for.
    expect(fake.rec.calls).not.toContain('getAppPath');
  });

  it('opens no window, takes no lock, and writes nothing outside DIR', () => {
    expect(fake.rec.windows).toBe(0);
    expect(fake.rec.calls).not.toContain('requestSingleInstanceLock');
    expect(fake.rec.calls).not.toContain('registerSchemesAsPrivileged');
    expect(fake.rec.calls).toContain('disableHardwareAcceleration');
    expect(fake.rec.paths.get('userData')).toBe(path.join(smokeDir, 'chromium'));
    expect(fs.existsSync(path.dirname(userData))).toBe(false);
  });
});
