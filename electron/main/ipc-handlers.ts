// Every IPC channel the renderer may use, registered in one place. Each handler first checks that
// the message comes from the app's own page, then validates its payload with a schema; the 'api'
// channel validates through dispatch, like the CLI and the bridge.
import { z } from 'zod';
import type { ApiError, ApiHandlers, ApiMethod, ApiResult } from '../../shared/api';
import { FileOutput } from '../../shared/domain';
import { isAppError } from '../../shared/errors';
import { dispatch } from '../core/dispatch';
import type { FileInbox } from './file-inbox';
import { INVOKE, NOTIFY } from './ipc-channels';
import type { PathActionResult, RecentFile, SaveFileResult } from './ipc-channels';
import type { RecentStore } from './recent-files';
import type { SavedPaths, SaveDialogSpec } from './saved-files';
import { isOpenableDocument, saveDialogSpec } from './saved-files';
import { isTrustedUrl } from './security';

/** The structural part of Electron's IPC events that the checks read. */
export type IpcEventLike = { senderFrame?: { url: string } | null };
export type IpcMainLike = {
  handle(channel: string, listener: (event: IpcEventLike, ...args: unknown[]) => unknown): void;
  on(channel: string, listener: (event: IpcEventLike, ...args: unknown[]) => void): void;
};

export type IpcDeps = {
  handlers: () => ApiHandlers;
  /** Resolves the chosen path, or null when the user cancels. */
  showSaveDialog: (spec: SaveDialogSpec) => Promise<string | null>;
  writeFile: (path: string, bytes: Uint8Array) => void;
  /** shell.openPath resolves '' on success, else an error text. */
  openPath: (path: string) => Promise<string>;
  showItemInFolder: (path: string) => void;
  exists: (path: string) => boolean;
  join: (dir: string, name: string) => string;
  dirname: (path: string) => string;
  saved: SavedPaths;
  recent: RecentStore;
  inbox: FileInbox;
};

/** Imports whose source file joins the recent list when it succeeds. */
export const RECORDED_IMPORTS: readonly ApiMethod[] = ['reports.import', 'plans.extract', 'units.importTable'];

// Windows paths are at most 32 767 characters; anything longer is not a path.
const PathPayload = z.string().min(1).max(32_767);
const ImportedPath = z.object({ file: z.object({ path: z.string().min(1) }) });

const forbidden: ApiError = { code: 'FORBIDDEN', message: 'Nguồn không được phép.' };
const notSavedHere: ApiError = { code: 'FORBIDDEN', message: 'Chỉ mở được tệp do phần mềm vừa lưu.' };
const invalid = (what: string): ApiError => ({ code: 'INVALID_INPUT', message: `Dữ liệu gửi lên không hợp lệ — ${what}.` });

function trusted(event: IpcEventLike): boolean {
  return isTrustedUrl(event.senderFrame?.url ?? '');
}

export function registerIpc(ipc: IpcMainLike, deps: IpcDeps): void {
  let lastSaveDir: string | null = null;

  ipc.handle(INVOKE.api, async (event, method, input): Promise<ApiResult<unknown>> => {
    if (!trusted(event)) return { ok: false, error: forbidden };
    if (typeof method !== 'string') return { ok: false, error: invalid('tên chức năng') };
    const result = await dispatch(deps.handlers(), method, input);
    if (result.ok && (RECORDED_IMPORTS as readonly string[]).includes(method)) {
      const src = ImportedPath.safeParse(input);
      if (src.success) deps.recent.add(src.data.file.path, 'imported');
    }
    return result;
  });

  ipc.handle(INVOKE.saveFile, async (event, raw): Promise<SaveFileResult> => {
    if (!trusted(event)) return { ok: false, canceled: false, error: forbidden };
    const out = FileOutput.safeParse(raw);
    if (!out.success) return { ok: false, canceled: false, error: invalid('tệp cần lưu') };
    const target = await deps.showSaveDialog(saveDialogSpec(out.data.fileName, lastSaveDir, deps.join));
    if (!target) return { ok: false, canceled: true };
    try {
      deps.writeFile(target, Buffer.from(out.data.dataBase64, 'base64'));
    } catch (e) {
      const message = isAppError(e) ? e.message : `Không ghi được tệp ${target}: ${(e as Error).message}`;
      return { ok: false, canceled: false, error: { code: isAppError(e) ? e.code : 'INTERNAL', message } };
    }
    lastSaveDir = deps.dirname(target);
    deps.saved.add(target);
    deps.recent.add(target, 'exported');
    return { ok: true, path: target };
  });

  ipc.handle(INVOKE.openPath, async (event, raw): Promise<PathActionResult> => {
    if (!trusted(event)) return { ok: false, error: forbidden };
    const p = PathPayload.safeParse(raw);
    if (!p.success) return { ok: false, error: invalid('đường dẫn') };
    if (!deps.saved.has(p.data) || !isOpenableDocument(p.data)) return { ok: false, error: notSavedHere };
    return shellOpen(deps, p.data);
  });

  ipc.handle(INVOKE.showInFolder, async (event, raw): Promise<PathActionResult> => {
    if (!trusted(event)) return { ok: false, error: forbidden };
    const p = PathPayload.safeParse(raw);
    if (!p.success) return { ok: false, error: invalid('đường dẫn') };
    if (!deps.saved.has(p.data)) return { ok: false, error: notSavedHere };
    deps.showItemInFolder(p.data);
    return { ok: true };
  });

  ipc.handle(INVOKE.recentFiles, async (event): Promise<RecentFile[]> => (trusted(event) ? deps.recent.list() : []));

  ipc.handle(INVOKE.openRecent, async (event, raw): Promise<PathActionResult> => {
    if (!trusted(event)) return { ok: false, error: forbidden };
    const p = PathPayload.safeParse(raw);
    if (!p.success) return { ok: false, error: invalid('đường dẫn') };
    // Only an entry of the app's own list: the renderer names it, main decides what it may do.
    const entry = deps.recent.find(p.data);
    if (!entry) return { ok: false, error: { code: 'NOT_FOUND', message: 'Tệp này không có trong danh sách gần đây.' } };
    return openRecentEntry(deps, entry);
  });

  ipc.on(NOTIFY.openFilesReady, (event) => {
    if (trusted(event)) deps.inbox.ready();
  });
}

async function shellOpen(deps: Pick<IpcDeps, 'openPath'>, p: string): Promise<PathActionResult> {
  const err = await deps.openPath(p);
  return err ? { ok: false, error: { code: 'FILE_UNREADABLE', message: `Không mở được tệp ${p}: ${err}` } } : { ok: true };
}

/**
 * A recent import is imported again (the renderer shows the duplicate or the revision); a recent
 * export opens in its usual program. Used by the in-app list and the Tệp → Gần đây menu.
 */
export async function openRecentEntry(deps: Pick<IpcDeps, 'exists' | 'openPath' | 'inbox'>, entry: RecentFile): Promise<PathActionResult> {
  if (!deps.exists(entry.path)) return { ok: false, error: { code: 'NOT_FOUND', message: `Không còn tệp ${entry.path}.` } };
  if (entry.kind === 'imported') {
    deps.inbox.add([entry.path]);
    return { ok: true };
  }
  if (!isOpenableDocument(entry.path)) return { ok: false, error: notSavedHere };
  return shellOpen(deps, entry.path);
}
