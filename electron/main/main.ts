// Electron glue only: it wires Electron's objects to the small modules beside it, which hold every
// decision and are unit-tested with fakes (the Electron binary cannot run on the build machines).
import { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol, screen, session, shell } from 'electron';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { AppError } from '../../shared/errors';
import { defaultDbPath } from '../core/data-dir';
import { packagedLayout, sourceLayout } from '../core/paths';
import { missingRuntimeFiles } from '../core/runtime-files';
import type { RuntimePart } from '../core/runtime-files';
import { createService, engineFor } from '../core/service';
import type { Service } from '../core/service';
import { writeFileAtomic } from '../core/files/write-atomic';
import { AUTO_BACKUP_EVERY_MS, runAutoBackup } from './auto-backup';
import { bringToFront, createFileInbox, filesFromArgv } from './file-inbox';
import { openRecentEntry, registerIpc } from './ipc-handlers';
import type { IpcDeps } from './ipc-handlers';
import { EVENTS } from './ipc-channels';
import { buildMenuTemplate } from './menu-template';
import { backupDirIo, isExistingFile, newestBackupIn, textFileIo } from './node-io';
import { createRecentStore } from './recent-files';
import { createSavedPaths } from './saved-files';
import { APP_ORIGIN, APP_SCHEME, bundlePath, RENDERER_CSP, SECURE_WEB_PREFERENCES } from './security';
import { runSmokeTest, smokeExitCode, smokeTestDir, writeSmokeResult } from './smoke-test';
import { openWithRecovery, restoreBackupFile } from './startup-recovery';
import { denyAllPermissions, guardWebContents } from './web-contents-guards';
import { captureWindowState, initialWindowState, MIN_SIZE } from './window-state';

// The one place the app's files are decided (paths.ts): installed, process.resourcesPath holds
// app.asar, app.asar.unpacked and resources/; in development (`electron .`) the app path is the repository.
const layout = app.isPackaged ? packagedLayout(process.resourcesPath) : sourceLayout(app.getAppPath());
const ALL_PARTS: readonly RuntimePart[] = ['worker', 'preload', 'renderer', 'resources'];
const dbPath = path.resolve(defaultDbPath());
const dataDir = path.dirname(dbPath);
const autoBackupDir = path.join(dataDir, 'backups', 'auto');
const windowStateFile = path.join(dataDir, 'window-state.json');

let win: BrowserWindow | null = null;
let service: Service | null = null;

const inbox = createFileInbox((paths) => win?.webContents.send(EVENTS.openFiles, paths));
const saved = createSavedPaths(process.platform, path.resolve);
const recent = createRecentStore({
  file: path.join(dataDir, 'recent-files.json'),
  io: textFileIo,
  platform: process.platform,
  baseName: path.basename,
  now: () => new Date(),
  onChange: () => refreshMenu(),
});
const fileDeps: Omit<IpcDeps, 'handlers'> = {
  showSaveDialog: async (spec) => {
    if (!win) return null;
    const r = await dialog.showSaveDialog(win, spec);
    return r.canceled || !r.filePath ? null : r.filePath;
  },
  writeFile: (p, bytes) => writeFileAtomic(p, bytes),
  openPath: (p) => shell.openPath(p),
  showItemInFolder: (p) => shell.showItemInFolder(p),
  exists: isExistingFile,
  join: path.join,
  dirname: path.dirname,
  saved,
  recent,
  inbox,
};

function argvFiles(argv: readonly string[], cwd: string): string[] {
  return filesFromArgv(argv, { isPackaged: app.isPackaged, cwd, resolve: path.resolve, isFile: isExistingFile, platform: process.platform });
}

function refreshMenu(): void {
  const template = buildMenuTemplate(
    {
      navigate: (screen) => win?.webContents.send(EVENTS.navigate, screen),
      quit: () => app.quit(),
      focusSearch: () => win?.webContents.send(EVENTS.focusSearch),
      openRecent: (p) => {
        const entry = recent.find(p);
        if (!entry) return;
        void openRecentEntry(fileDeps, entry).then((r) => {
          if (!r.ok) void dialog.showMessageBox({ type: 'warning', title: 'Tổng hợp báo cáo', message: r.error.message, buttons: ['Đóng'] });
        });
      },
      clearRecent: () => recent.clear(),
    },
    { devTools: !app.isPackaged, recent: recent.list() },
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function createWindow(): void {
  const primary = screen.getPrimaryDisplay();
  const displays = [primary, ...screen.getAllDisplays().filter((d) => d.id !== primary.id)];
  const state = initialWindowState(textFileIo.read(windowStateFile), displays);
  const w = new BrowserWindow({
    ...state.bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: 'Tổng hợp báo cáo',
    show: false,
    webPreferences: { ...SECURE_WEB_PREFERENCES, preload: layout.preloadFile },
  });
  win = w;
  w.once('ready-to-show', () => (state.maximized ? w.maximize() : w.show()));
  w.on('close', () => {
    try {
      textFileIo.write(windowStateFile, JSON.stringify(captureWindowState(w)));
    } catch {
      // Losing the window's place is no reason to stop closing.
    }
  });
  w.on('closed', () => {
    if (win === w) win = null;
  });
  // A (re)loading page has no 'open-files' listener until its preload says so again.
  w.webContents.on('did-start-loading', () => inbox.reset());
  void w.loadURL(`${APP_ORIGIN}/index.html`);
}

async function autoBackup(svc: Service): Promise<void> {
  const out = await runAutoBackup({ dir: autoBackupDir, now: new Date(), handlers: svc.handlers, io: backupDirIo });
  if (out.error) console.error(`Sao lưu tự động không thành công: ${out.error}`);
}

async function openService(): Promise<Service | null> {
  return openWithRecovery<Service>({
    open: () => {
      // An installed app that lost a file says which, instead of failing on the first import.
      const missing = app.isPackaged ? missingRuntimeFiles(layout, ALL_PARTS, fs.existsSync) : [];
      if (missing.length > 0) throw new AppError('INTERNAL', `Bộ cài đặt không đủ tệp, hãy cài đặt lại phần mềm. ${missing.join('; ')}.`);
      return createService({ ...engineFor(layout), dbPath, allowPaths: true });
    },
    newestBackup: () => newestBackupIn(autoBackupDir),
    ask: (d) => dialog.showMessageBoxSync(d),
    pickBackup: () =>
      dialog.showOpenDialogSync({ title: 'Chọn tệp sao lưu', properties: ['openFile'], filters: [{ name: 'Tệp sao lưu Tổng hợp báo cáo', extensions: ['thbk'] }] })?.[0] ??
      null,
    restore: async (file) => void (await restoreBackupFile(file, dbPath, new Date())),
    tell: (d) => void dialog.showMessageBoxSync(d),
  });
}

/** `--smoke-test DIR`: no window, no single-instance lock, nothing written outside DIR (see smoke-test.ts). */
function startSmokeTest(dir: string): void {
  if (dir) app.setPath('userData', path.join(dir, 'chromium'));
  app.disableHardwareAcceleration();
  void app.whenReady().then(async () => {
    const result = await runSmokeTest({ layout, dir, check: ALL_PARTS });
    process.stdout.write(`${writeSmokeResult(result)}\n`);
    app.exit(smokeExitCode(result));
  });
}

function startApp(): void {
  // Chromium's profile goes to the local data folder too, not Roaming. It must be set before the
  // single-instance lock, which lives there (so a test run with its own data folder is its own app).
  app.setPath('userData', path.join(dataDir, 'chromium'));
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.on('web-contents-created', (_e, contents) => guardWebContents(contents));
  app.on('second-instance', (_e, argv, workingDirectory) => {
    bringToFront(win);
    inbox.add(argvFiles(argv, workingDirectory));
  });
  void app.whenReady().then(async () => {
    denyAllPermissions(session.defaultSession);
    protocol.handle(APP_SCHEME, async (req) => {
      const file = bundlePath(layout.rendererDir, new URL(req.url).pathname, path.sep);
      if (!file || !fs.existsSync(file)) return new Response('Không tìm thấy', { status: 404 });
      const res = await net.fetch(pathToFileURL(file).toString());
      const headers = new Headers(res.headers);
      headers.set('content-security-policy', RENDERER_CSP);
      return new Response(res.body, { status: res.status, headers });
    });
    const svc = await openService();
    if (!svc) {
      app.quit();
      return;
    }
    service = svc;
    registerIpc(ipcMain, { ...fileDeps, handlers: () => svc.handlers });
    refreshMenu();
    createWindow();
    // Files dropped on the app icon: the first launch's own command line.
    inbox.add(argvFiles(process.argv, process.cwd()));
    // After the window is up, so the first paint never waits for a backup.
    setTimeout(() => void autoBackup(svc), 15_000);
    setInterval(() => void autoBackup(svc), AUTO_BACKUP_EVERY_MS / 4);
  });
  app.on('window-all-closed', () => {
    service?.close();
    app.quit();
  });
}

const smokeDir = smokeTestDir(process.argv, process.cwd(), path.resolve);
if (smokeDir !== null) startSmokeTest(smokeDir);
else startApp();
