// What the Electron preload exposes on window; absent in a plain browser.
import type { ApiResult } from '../../shared/api';
import type { FileOutput } from '../../shared/domain';

declare global {
  interface TonghopPreloadApi {
    call(method: string, input: unknown): Promise<ApiResult<unknown>>;
    /** webUtils.getPathForFile: lets Electron send a path instead of the bytes. */
    pathForFile?(file: File): string;
    /** Native "Save as" dialog; resolves false when the user cancels. */
    saveFile?(output: FileOutput): Promise<unknown>;
    /** The application menu asks for a screen by name. */
    onNavigate?(fn: (screen: string) => void): void;
  }
  interface Window {
    api?: TonghopPreloadApi;
  }
}

export {};
