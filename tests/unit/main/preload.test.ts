import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it, vi } from 'vitest';
import { EVENTS, INVOKE, NOTIFY } from '../../../electron/main/ipc-channels';
import { REPO } from '../../helpers/temp';

type Fn = (...args: unknown[]) => unknown;

const fake = vi.hoisted(() => {
  const exposed: Record<string, Record<string, Fn>> = {};
  const invoked: unknown[][] = [];
  const sent: unknown[][] = [];
  const listeners = new Map<string, Set<Fn>>();
  return { exposed, invoked, sent, listeners };
});

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: Record<string, Fn>) => void (fake.exposed[key] = api) },
  ipcRenderer: {
    invoke: (...args: unknown[]) => {
      fake.invoked.push(args);
      return Promise.resolve({ ok: true });
    },
    send: (...args: unknown[]) => void fake.sent.push(args),
    on: (channel: string, l: Fn) => {
      const set = fake.listeners.get(channel) ?? new Set<Fn>();
      set.add(l);
      fake.listeners.set(channel, set);
    },
    removeListener: (channel: string, l: Fn) => void fake.listeners.get(channel)?.delete(l),
  },
  webUtils: { getPathForFile: () => 'C:\\in\\a.xlsx' },
}));

function emit(channel: string, payload?: unknown): void {
  for (const l of fake.listeners.get(channel) ?? []) l({}, payload);
}

describe('preload', () => {
  it('exposes a fixed set of functions on window.api, each on its own channel', async () => {
    await import('../../../electron/preload/preload');
    const api = fake.exposed.api ?? {};
    expect(Object.keys(api).sort()).toEqual(
      ['call', 'onFocusSearch', 'onNavigate', 'onOpenFiles', 'openPath', 'openRecent', 'pathForFile', 'recentFiles', 'saveFile', 'showInFolder'].sort(),
    );
    await api.call?.('units.list', {});
    await api.saveFile?.({ fileName: 'a.pdf', dataBase64: '' });
    await api.openPath?.('C:\\out\\a.pdf');
    await api.showInFolder?.('C:\\out\\a.pdf');
    await api.recentFiles?.();
    await api.openRecent?.('C:\\out\\a.pdf');
    expect(fake.invoked).toEqual([
      [INVOKE.api, 'units.list', {}],
      [INVOKE.saveFile, { fileName: 'a.pdf', dataBase64: '' }],
      [INVOKE.openPath, 'C:\\out\\a.pdf'],
      [INVOKE.showInFolder, 'C:\\out\\a.pdf'],
      [INVOKE.recentFiles],
      [INVOKE.openRecent, 'C:\\out\\a.pdf'],
    ]);
    expect(api.pathForFile?.({})).toBe('C:\\in\\a.xlsx');
  });

  it('tells main when it listens for open-files, passes events on without the IPC event, and unsubscribes', async () => {
    await import('../../../electron/preload/preload');
    const api = fake.exposed.api ?? {};
    const got: unknown[] = [];
    const off = api.onOpenFiles?.((paths: unknown) => got.push(paths)) as () => void;
    expect(fake.sent).toEqual([[NOTIFY.openFilesReady]]);
    emit(EVENTS.openFiles, ['C:\\in\\a.xlsx']);
    off();
    emit(EVENTS.openFiles, ['C:\\in\\b.xlsx']);
    expect(got).toEqual([['C:\\in\\a.xlsx']]);

    const screens: unknown[] = [];
    const offNav = api.onNavigate?.((s: unknown) => screens.push(s)) as () => void;
    let searches = 0;
    api.onFocusSearch?.(() => searches++);
    emit(EVENTS.navigate, 'plans');
    emit(EVENTS.focusSearch);
    offNav();
    emit(EVENTS.navigate, 'units');
    expect(screens).toEqual(['plans']);
    expect(searches).toBe(1);
  });

  it('bundles to CommonJS that requires nothing but electron (a sandboxed preload can load nothing else)', async () => {
    // The same options scripts/build-node.mjs uses for the preload: packages stay external there.
    const out = await build({
      entryPoints: [path.join(REPO, 'electron', 'preload', 'preload.ts')],
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      packages: 'external',
      external: ['electron'],
      write: false,
      logLevel: 'silent',
    });
    const code = out.outputFiles[0]?.text ?? '';
    const required = [...code.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
    expect(required).toEqual(['electron']);
  });
});
