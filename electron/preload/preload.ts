// Exposes a fixed set of functions to the renderer, never raw ipcRenderer. A sandboxed preload can
// require only 'electron', so this file imports nothing else at run time (types are erased): the
// method name and every payload are validated in main, which is the side that must not trust them.
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import type { IpcRendererEvent } from 'electron';
import type { ApiMethod, ApiResult } from '../../shared/api';
import type { FileOutput } from '../../shared/domain';
import { EVENTS, INVOKE, NOTIFY } from '../main/ipc-channels';
import type { PathActionResult, RecentFile, SaveFileResult } from '../main/ipc-channels';

/** Subscribe to a main → renderer event; the returned function unsubscribes. */
function subscribe<T>(channel: string, fn: (payload: T) => void): () => void {
  const listener = (_e: IpcRendererEvent, payload: T): void => fn(payload);
  ipcRenderer.on(channel, listener);
  return () => {
    ipcRenderer.removeListener(channel, listener);
  };
}

contextBridge.exposeInMainWorld('api', {
  call: (method: ApiMethod, input: unknown): Promise<ApiResult<unknown>> => ipcRenderer.invoke(INVOKE.api, method, input),
  pathForFile: (file: File): string => webUtils.getPathForFile(file),
  saveFile: (out: FileOutput): Promise<SaveFileResult> => ipcRenderer.invoke(INVOKE.saveFile, out),
  /** Only paths saveFile returned in this session; anything else is refused by main. */
  openPath: (path: string): Promise<PathActionResult> => ipcRenderer.invoke(INVOKE.openPath, path),
  showInFolder: (path: string): Promise<PathActionResult> => ipcRenderer.invoke(INVOKE.showInFolder, path),
  recentFiles: (): Promise<RecentFile[]> => ipcRenderer.invoke(INVOKE.recentFiles),
  /** An entry of recentFiles(): an import comes back through onOpenFiles, an export opens in its program. */
  openRecent: (path: string): Promise<PathActionResult> => ipcRenderer.invoke(INVOKE.openRecent, path),
  onNavigate: (fn: (screen: string) => void): (() => void) => subscribe(EVENTS.navigate, fn),
  onFocusSearch: (fn: () => void): (() => void) => subscribe<void>(EVENTS.focusSearch, () => fn()),
  /** Files to import; main holds them until the first listener is registered, then sends them. */
  onOpenFiles: (fn: (paths: string[]) => void): (() => void) => {
    const off = subscribe(EVENTS.openFiles, fn);
    ipcRenderer.send(NOTIFY.openFilesReady);
    return off;
  },
});
