// Exposes exactly the contract's methods to the renderer, never raw ipcRenderer.
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { API_METHODS } from '../../shared/api';
import type { FileOutput } from '../../shared/domain';

const allowed = new Set<string>(API_METHODS);

contextBridge.exposeInMainWorld('api', {
  call: (method: string, input: unknown) =>
    allowed.has(method)
      ? ipcRenderer.invoke('api', method, input)
      : Promise.resolve({ ok: false, error: { code: 'NOT_FOUND', message: `Không có chức năng "${method}".` } }),
  pathForFile: (file: File) => webUtils.getPathForFile(file),
  saveFile: (out: FileOutput) => ipcRenderer.invoke('save-file', out),
  onNavigate: (fn: (screen: string) => void) => {
    ipcRenderer.on('navigate', (_e, screen: string) => fn(screen));
  },
});
