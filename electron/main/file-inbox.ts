// Files handed to the app from outside: on the command line of the first launch, or of a second
// launch that the single-instance lock turns into a message to the first (files dropped on the app
// icon or its shortcut arrive this way on Windows). They go to the renderer as 'open-files' once its
// page listens; until then they wait here.

/** More than this in one go is a mistake (a whole folder selected), not a batch of reports. */
export const MAX_FILES_PER_LAUNCH = 500;

export type ArgvOptions = {
  /** A packaged app's argv is [exe, ...args]; in development it is [electron, appPath, ...args]. */
  isPackaged: boolean;
  /** The launching process's working directory: relative paths are relative to it. */
  cwd: string;
  resolve: (cwd: string, p: string) => string;
  isFile: (p: string) => boolean;
  platform: NodeJS.Platform;
};

/**
 * The existing files named on a command line, as absolute paths, each once. Switches (Chromium adds
 * its own to a second instance's argv) and anything that is not an existing file are dropped.
 */
export function filesFromArgv(argv: readonly string[], opts: ArgvOptions): string[] {
  let args = argv.slice(1).filter((a) => !a.startsWith('-'));
  if (!opts.isPackaged) args = args.slice(1);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const a of args) {
    if (out.length >= MAX_FILES_PER_LAUNCH) break;
    const abs = opts.resolve(opts.cwd, a);
    const key = opts.platform === 'win32' ? abs.toLowerCase() : abs;
    if (seen.has(key)) continue;
    seen.add(key);
    let ok = false;
    try {
      ok = opts.isFile(abs);
    } catch {
      ok = false;
    }
    if (ok) out.push(abs);
  }
  return out;
}

export type FileInbox = {
  /** Queue or send files; nothing is sent for an empty list. */
  add(paths: readonly string[]): void;
  /** The page registered its 'open-files' listener: flush the queue, send later files at once. */
  ready(): void;
  /** The page is (re)loading: its listener is gone until it says ready again. */
  reset(): void;
  pending(): string[];
};

export function createFileInbox(send: (paths: string[]) => void): FileInbox {
  let queue: string[] = [];
  let listening = false;
  return {
    add(paths) {
      if (paths.length === 0) return;
      if (listening) send([...paths]);
      else queue = [...queue, ...paths];
    },
    ready() {
      listening = true;
      if (queue.length === 0) return;
      const out = queue;
      queue = [];
      send(out);
    },
    reset() {
      listening = false;
    },
    pending: () => [...queue],
  };
}

/** The part of BrowserWindow a second launch touches. */
export type FocusableWindow = { isMinimized(): boolean; restore(): void; show(): void; focus(): void };

export function bringToFront(win: FocusableWindow | null): void {
  if (!win) return;
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
}
