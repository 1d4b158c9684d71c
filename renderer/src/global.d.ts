// What the Electron preload exposes on window; absent in a plain browser.
// The shapes mirror electron/main/ipc-channels.ts (the renderer may not import electron/).
import type { ApiError, ApiResult } from '../../shared/api';
import type { FileOutput } from '../../shared/domain';

declare global {
  type TonghopSaveResult = { ok: true; path: string } | { ok: false; canceled: true } | { ok: false; canceled: false; error: ApiError };
  type TonghopPathResult = { ok: true } | { ok: false; error: ApiError };
  type TonghopRecentFile = { path: string; name: string; kind: 'imported' | 'exported'; at: string };

  interface TonghopPreloadApi {
    call(method: string, input: unknown): Promise<ApiResult<unknown>>;
    /** webUtils.getPathForFile: lets Electron send a path instead of the bytes. */
    pathForFile?(file: File): string;
    /** Native "Save as" dialog. */
    saveFile?(output: FileOutput): Promise<TonghopSaveResult>;
    /** Only paths saveFile returned in this session. */
    openPath?(path: string): Promise<TonghopPathResult>;
    showInFolder?(path: string): Promise<TonghopPathResult>;
    recentFiles?(): Promise<TonghopRecentFile[]>;
    openRecent?(path: string): Promise<TonghopPathResult>;
    /** The application menu asks for a screen by name. */
    onNavigate?(fn: (screen: string) => void): () => void;
    /** Files from a second launch, the app icon or Tệp → Gần đây, to import. */
    onOpenFiles?(fn: (paths: string[]) => void): () => void;
    onFocusSearch?(fn: () => void): () => void;
  }
  interface Window {
    api?: TonghopPreloadApi;
  }
}

export {};
