// The IPC channels between main and preload, and the shapes they carry. This module has no runtime
// imports on purpose: the sandboxed preload can require only 'electron', so nothing it pulls in may
// bring a package (zod, …) along.
import type { ApiError } from '../../shared/api';

/** Renderer → main, answered (ipcRenderer.invoke / ipcMain.handle). */
export const INVOKE = {
  api: 'api',
  saveFile: 'save-file',
  openPath: 'open-path',
  showInFolder: 'show-in-folder',
  recentFiles: 'recent-files',
  openRecent: 'open-recent',
} as const;

/** Renderer → main, fire and forget. */
export const NOTIFY = {
  /** The renderer listens for 'open-files' now: main sends what it queued before the page was ready. */
  openFilesReady: 'open-files-ready',
} as const;

/** Main → renderer events. */
export const EVENTS = {
  navigate: 'navigate',
  /** Absolute paths of existing files to import (second launch, files dropped on the app icon, menu). */
  openFiles: 'open-files',
  /** Ctrl+F or Sửa → Tìm: put the focus in the current screen's search box. */
  focusSearch: 'focus-search',
} as const;

export type RecentKind = 'imported' | 'exported';
export type RecentFile = { path: string; name: string; kind: RecentKind; at: string };

/** 'save-file': canceled is the user's choice, error a failure to say in Vietnamese. */
export type SaveFileResult = { ok: true; path: string } | { ok: false; canceled: true } | { ok: false; canceled: false; error: ApiError };

/** 'open-path', 'show-in-folder', 'open-recent'. */
export type PathActionResult = { ok: true } | { ok: false; error: ApiError };
