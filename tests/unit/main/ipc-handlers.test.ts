import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiHandlers } from '../../../shared/api';
import { createFileInbox } from '../../../electron/main/file-inbox';
import type { FileInbox } from '../../../electron/main/file-inbox';
import { registerIpc } from '../../../electron/main/ipc-handlers';
import type { IpcDeps } from '../../../electron/main/ipc-handlers';
import { EVENTS, INVOKE, NOTIFY } from '../../../electron/main/ipc-channels';
import { createRecentStore } from '../../../electron/main/recent-files';
import { createSavedPaths } from '../../../electron/main/saved-files';
import { fakeIpcMain, TRUSTED, UNTRUSTED } from './fakes';

const b64 = (s: string) => Buffer.from(s).toString('base64');

function setup(opts: { dialogAnswer?: string | null; existing?: string[] } = {}) {
  const calls = {
    unitsList: vi.fn(() => []),
    importTable: vi.fn(() => ({ added: 1, updated: 0, units: [], warnings: [] })),
    written: [] as { path: string; text: string }[],
    opened: [] as string[],
    shown: [] as string[],
    dialogs: [] as { defaultPath: string }[],
    sent: [] as string[][],
  };
  const handlers = { 'units.list': calls.unitsList, 'units.importTable': calls.importTable } as unknown as ApiHandlers;
  const files = new Map<string, string>();
  const recent = createRecentStore({
    file: '/data/recent-files.json',
    io: { read: (f) => files.get(f) ?? null, write: (f, t) => void files.set(f, t) },
    platform: 'linux',
    baseName: path.posix.basename,
    now: () => new Date('2026-03-01T08:00:00Z'),
  });
  const inbox: FileInbox = createFileInbox((paths) => calls.sent.push(paths));
  const existing = new Set(opts.existing ?? []);
  const deps: IpcDeps = {
    handlers: () => handlers,
    showSaveDialog: async (spec) => {
      calls.dialogs.push(spec);
      return opts.dialogAnswer === undefined ? '/home/u/Báo cáo/bc.pdf' : opts.dialogAnswer;
    },
    writeFile: (p, bytes) => {
      if (p.includes('locked')) throw new Error('EBUSY: resource busy or locked');
      calls.written.push({ path: p, text: Buffer.from(bytes).toString() });
      existing.add(p);
    },
    openPath: async (p) => {
      calls.opened.push(p);
      return '';
    },
    showItemInFolder: (p) => void calls.shown.push(p),
    exists: (p) => existing.has(p),
    join: path.posix.join,
    dirname: path.posix.dirname,
    saved: createSavedPaths('linux', path.posix.normalize),
    recent,
    inbox,
  };
  const ipc = fakeIpcMain();
  registerIpc(ipc.ipc, deps);
  return { ipc, calls, recent, inbox };
}

describe('IPC registration', () => {
  let t: ReturnType<typeof setup>;
  beforeEach(() => {
    t = setup();
  });

  it('registers exactly the channels the preload uses', () => {
    expect([...t.ipc.handlers.keys()].sort()).toEqual(Object.values(INVOKE).sort());
    expect([...t.ipc.listeners.keys()]).toEqual([NOTIFY.openFilesReady]);
  });

  it('rejects every call from a page that is not the app bundle, before touching anything', async () => {
    for (const channel of Object.values(INVOKE)) {
      const res = (await t.ipc.invoke(channel, UNTRUSTED, 'units.list', {})) as unknown;
      if (channel === INVOKE.recentFiles) expect(res).toEqual([]);
      else expect(res).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(t.calls.unitsList).not.toHaveBeenCalled();
    expect(t.calls.dialogs).toEqual([]);
    // A frame without a URL (destroyed) is not trusted either.
    expect(await Promise.resolve(t.ipc.handlers.get(INVOKE.api)?.({ senderFrame: null }, 'units.list', {}))).toMatchObject({ ok: false });
  });

  it('validates API payloads through dispatch: a malformed one never reaches the handler', async () => {
    expect(await t.ipc.invoke(INVOKE.api, TRUSTED, 'units.list', { extra: 1 })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await t.ipc.invoke(INVOKE.api, TRUSTED, 'units.importTable', { file: { name: 'a.xlsx' } })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await t.ipc.invoke(INVOKE.api, TRUSTED, { toString: () => 'units.list' }, {})).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await t.ipc.invoke(INVOKE.api, TRUSTED, 'fs.readFile', {})).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(t.calls.unitsList).not.toHaveBeenCalled();
    expect(t.calls.importTable).not.toHaveBeenCalled();
    expect(await t.ipc.invoke(INVOKE.api, TRUSTED, 'units.list', {})).toEqual({ ok: true, value: [] });
  });

  it('lists a successfully imported file among the recent files', async () => {
    await t.ipc.invoke(INVOKE.api, TRUSTED, 'units.importTable', { file: { name: 'dv.xlsx', path: '/in/dv.xlsx' } });
    await t.ipc.invoke(INVOKE.api, TRUSTED, 'units.importTable', { file: { name: 'b.xlsx', dataBase64: b64('x') } });
    expect(await t.ipc.invoke(INVOKE.recentFiles, TRUSTED)).toEqual([{ path: '/in/dv.xlsx', name: 'dv.xlsx', kind: 'imported', at: '2026-03-01T08:00:00.000Z' }]);
  });

  it('refuses a malformed save-file payload without opening the dialog', async () => {
    for (const bad of [null, 'x', { fileName: 'a.pdf' }, { fileName: 1, dataBase64: '' }]) {
      expect(await t.ipc.invoke(INVOKE.saveFile, TRUSTED, bad)).toMatchObject({ ok: false, canceled: false, error: { code: 'INVALID_INPUT' } });
    }
    expect(t.calls.dialogs).toEqual([]);
  });

  it('saves where the user chose, offers that folder next time, and remembers the file', async () => {
    const res = await t.ipc.invoke(INVOKE.saveFile, TRUSTED, { fileName: '..\\..\\Windows\\bc.pdf', dataBase64: b64('%PDF') });
    expect(res).toEqual({ ok: true, path: '/home/u/Báo cáo/bc.pdf' });
    expect(t.calls.written).toEqual([{ path: '/home/u/Báo cáo/bc.pdf', text: '%PDF' }]);
    expect(t.calls.dialogs[0]?.defaultPath).toBe('bc.pdf');
    await t.ipc.invoke(INVOKE.saveFile, TRUSTED, { fileName: 'pl.xlsx', dataBase64: b64('x') });
    expect(t.calls.dialogs[1]?.defaultPath).toBe('/home/u/Báo cáo/pl.xlsx');
    expect(t.recent.list()[0]).toMatchObject({ path: '/home/u/Báo cáo/bc.pdf', kind: 'exported' });
  });

  it('reports a cancel as a cancel and a failed write as a Vietnamese error', async () => {
    const canceled = setup({ dialogAnswer: null });
    expect(await canceled.ipc.invoke(INVOKE.saveFile, TRUSTED, { fileName: 'a.pdf', dataBase64: '' })).toEqual({ ok: false, canceled: true });
    const locked = setup({ dialogAnswer: '/home/u/locked.pdf' });
    const res = await locked.ipc.invoke(INVOKE.saveFile, TRUSTED, { fileName: 'a.pdf', dataBase64: '' });
    expect(res).toMatchObject({ ok: false, canceled: false, error: { message: expect.stringContaining('Không ghi được tệp') } });
    expect(await locked.ipc.invoke(INVOKE.openPath, TRUSTED, '/home/u/locked.pdf')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('opens or reveals only files the app saved in this session', async () => {
    expect(await t.ipc.invoke(INVOKE.openPath, TRUSTED, 'C:\\Windows\\System32\\calc.exe')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await t.ipc.invoke(INVOKE.showInFolder, TRUSTED, '/etc/passwd')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await t.ipc.invoke(INVOKE.openPath, TRUSTED, 42)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await t.ipc.invoke(INVOKE.openPath, TRUSTED, '')).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(t.calls.opened).toEqual([]);
    expect(t.calls.shown).toEqual([]);

    await t.ipc.invoke(INVOKE.saveFile, TRUSTED, { fileName: 'bc.pdf', dataBase64: b64('%PDF') });
    expect(await t.ipc.invoke(INVOKE.openPath, TRUSTED, '/home/u/Báo cáo/bc.pdf')).toEqual({ ok: true });
    // The same file spelled differently is still that file.
    expect(await t.ipc.invoke(INVOKE.showInFolder, TRUSTED, '/home/u/Báo cáo/./bc.pdf')).toEqual({ ok: true });
    expect(t.calls.opened).toEqual(['/home/u/Báo cáo/bc.pdf']);
    expect(t.calls.shown).toEqual(['/home/u/Báo cáo/./bc.pdf']);
  });

  it('never opens a saved file that is not a document', async () => {
    const exe = setup({ dialogAnswer: '/home/u/setup.exe' });
    await exe.ipc.invoke(INVOKE.saveFile, TRUSTED, { fileName: 'bc.pdf', dataBase64: b64('%PDF') });
    expect(await exe.ipc.invoke(INVOKE.openPath, TRUSTED, '/home/u/setup.exe')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(exe.calls.opened).toEqual([]);
    expect(await exe.ipc.invoke(INVOKE.showInFolder, TRUSTED, '/home/u/setup.exe')).toEqual({ ok: true });
  });

  it('opens only entries of its own recent list: imports come back as open-files, exports open', async () => {
    const r = setup({ existing: ['/in/bc.xlsx'] });
    expect(await r.ipc.invoke(INVOKE.openRecent, TRUSTED, '/in/bc.xlsx')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    await r.ipc.invoke(INVOKE.api, TRUSTED, 'units.importTable', { file: { name: 'bc.xlsx', path: '/in/bc.xlsx' } });
    await r.ipc.invoke(INVOKE.saveFile, TRUSTED, { fileName: 'bc.pdf', dataBase64: b64('%PDF') });
    r.ipc.send(NOTIFY.openFilesReady, TRUSTED);
    expect(await r.ipc.invoke(INVOKE.openRecent, TRUSTED, '/in/bc.xlsx')).toEqual({ ok: true });
    expect(r.calls.sent).toEqual([['/in/bc.xlsx']]);
    expect(await r.ipc.invoke(INVOKE.openRecent, TRUSTED, '/home/u/Báo cáo/bc.pdf')).toEqual({ ok: true });
    expect(r.calls.opened).toEqual(['/home/u/Báo cáo/bc.pdf']);
  });

  it('sends queued open-files only when the app page itself says it listens', () => {
    t.inbox.add(['/in/a.xlsx']);
    t.ipc.send(NOTIFY.openFilesReady, UNTRUSTED);
    expect(t.calls.sent).toEqual([]);
    t.ipc.send(NOTIFY.openFilesReady, TRUSTED);
    expect(t.calls.sent).toEqual([['/in/a.xlsx']]);
    expect(EVENTS.openFiles).toBe('open-files');
  });
});
