// Plain-object stand-ins for Electron's main-process objects: they record what was registered and
// let a test play the renderer's side of a message.
import type { IpcEventLike, IpcMainLike } from '../../../electron/main/ipc-handlers';

type Listener = (event: IpcEventLike, ...args: unknown[]) => unknown;

export const TRUSTED = 'app://bundle/index.html';
export const UNTRUSTED = 'https://evil.example/';

export function fakeIpcMain() {
  const handlers = new Map<string, Listener>();
  const listeners = new Map<string, Listener>();
  const ipc: IpcMainLike = {
    handle: (channel, listener) => void handlers.set(channel, listener),
    on: (channel, listener) => void listeners.set(channel, listener),
  };
  const get = (map: Map<string, Listener>, channel: string): Listener => {
    const l = map.get(channel);
    if (!l) throw new Error(`nothing registered on ${channel}`);
    return l;
  };
  return {
    ipc,
    handlers,
    listeners,
    /** ipcRenderer.invoke from a page at `url`. */
    invoke: (channel: string, url: string, ...args: unknown[]) => Promise.resolve(get(handlers, channel)({ senderFrame: { url } }, ...args)),
    /** ipcRenderer.send from a page at `url`. */
    send: (channel: string, url: string, ...args: unknown[]) => void get(listeners, channel)({ senderFrame: { url } }, ...args),
  };
}
