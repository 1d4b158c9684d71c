// Electron glue only: window, security settings, menu, IPC registration. The engine lives in core/.
import { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol, shell } from 'electron';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { FileOutput } from '../../shared/domain';
import { defaultDbPath } from '../core/data-dir';
import { dispatch } from '../core/dispatch';
import { createService } from '../core/service';
import type { Service } from '../core/service';
import { writeFileAtomic } from '../core/files/write-atomic';
import { buildMenuTemplate } from './menu-template';
import { APP_ORIGIN, APP_SCHEME, bundlePath, isTrustedUrl, RENDERER_CSP, SECURE_WEB_PREFERENCES } from './security';

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererDir = path.join(here, '..', 'renderer');
const resourcesDir = app.isPackaged ? path.join(process.resourcesPath, 'resources') : path.join(here, '..', '..', 'resources');

protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

let win: BrowserWindow | null = null;
let service: Service | null = null;

function createWindow(): void {
  win = new BrowserWindow({
    width: 1280,
    height: 820,
    title: 'Tổng hợp báo cáo',
    show: false,
    webPreferences: { ...SECURE_WEB_PREFERENCES, preload: path.join(here, 'preload.cjs') },
  });
  win.once('ready-to-show', () => win?.show());
  win.webContents.on('will-navigate', (e, url) => {
    if (!isTrustedUrl(url)) e.preventDefault();
  });
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  void win.loadURL(`${APP_ORIGIN}/index.html`);
}

function registerIpc(svc: Service): void {
  ipcMain.handle('api', async (event, method: unknown, input: unknown) => {
    if (!isTrustedUrl(event.senderFrame?.url ?? '')) return { ok: false, error: { code: 'FORBIDDEN', message: 'Nguồn không được phép.' } };
    return dispatch(svc.handlers, String(method), input);
  });
  ipcMain.handle('save-file', async (event, raw: unknown) => {
    if (!isTrustedUrl(event.senderFrame?.url ?? '') || !win) return { ok: false };
    const out = FileOutput.safeParse(raw);
    if (!out.success) return { ok: false };
    const res = await dialog.showSaveDialog(win, { defaultPath: out.data.fileName });
    if (res.canceled || !res.filePath) return { ok: false };
    writeFileAtomic(res.filePath, Buffer.from(out.data.dataBase64, 'base64'));
    shell.showItemInFolder(res.filePath);
    return { ok: true, path: res.filePath };
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });
  void app.whenReady().then(() => {
    protocol.handle(APP_SCHEME, async (req) => {
      const file = bundlePath(rendererDir, new URL(req.url).pathname, path.sep);
      if (!file || !fs.existsSync(file)) return new Response('Không tìm thấy', { status: 404 });
      const res = await net.fetch(pathToFileURL(file).toString());
      const headers = new Headers(res.headers);
      headers.set('content-security-policy', RENDERER_CSP);
      return new Response(res.body, { status: res.status, headers });
    });
    service = createService({ dbPath: defaultDbPath(), resourcesDir, allowPaths: true });
    registerIpc(service);
    const menu = buildMenuTemplate(
      {
        navigate: (screen) => win?.webContents.send('navigate', screen),
        quit: () => app.quit(),
      },
      { devTools: !app.isPackaged },
    );
    Menu.setApplicationMenu(Menu.buildFromTemplate(menu));
    createWindow();
  });
  app.on('window-all-closed', () => {
    service?.close();
    app.quit();
  });
}
