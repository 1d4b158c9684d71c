// The in-app list of recently imported and exported files. Windows per-user installs get no file
// associations and so no jump list of documents: the app keeps its own, in a JSON file in the data
// folder.
import { z } from 'zod';
import type { RecentFile, RecentKind } from './ipc-channels';

export const RECENT_MAX = 10;

const RecentList = z.array(
  z.object({ path: z.string().min(1), name: z.string(), kind: z.enum(['imported', 'exported']), at: z.string() }),
);

/** Windows paths differ only in case are the same file. */
export function pathKey(p: string, platform: NodeJS.Platform): string {
  const slashes = platform === 'win32' ? p.replace(/\//g, '\\') : p;
  return platform === 'win32' ? slashes.toLowerCase() : slashes;
}

/** Newest first; a file already listed moves to the top instead of appearing twice. */
export function addRecent(list: readonly RecentFile[], entry: RecentFile, max: number, platform: NodeJS.Platform): RecentFile[] {
  const key = pathKey(entry.path, platform);
  return [entry, ...list.filter((e) => pathKey(e.path, platform) !== key)].slice(0, Math.max(0, max));
}

/** A damaged or foreign file means an empty list, never a failed start. */
export function parseRecent(text: string | null, max: number): RecentFile[] {
  if (!text) return [];
  try {
    const parsed = RecentList.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data.slice(0, max) : [];
  } catch {
    return [];
  }
}

export type TextFileIo = { read(file: string): string | null; write(file: string, text: string): void };

export type RecentStore = {
  list(): RecentFile[];
  add(path: string, kind: RecentKind): void;
  find(path: string): RecentFile | undefined;
  clear(): void;
};

export function createRecentStore(opts: {
  file: string;
  io: TextFileIo;
  platform: NodeJS.Platform;
  baseName: (p: string) => string;
  now: () => Date;
  max?: number;
  onChange?: (list: RecentFile[]) => void;
}): RecentStore {
  const max = opts.max ?? RECENT_MAX;
  let list = parseRecent(opts.io.read(opts.file), max);
  const commit = (next: RecentFile[]): void => {
    list = next;
    try {
      opts.io.write(opts.file, JSON.stringify(list, null, 2));
    } catch {
      // The list is a convenience: a read-only data folder must not break an import or export.
    }
    opts.onChange?.(list);
  };
  return {
    list: () => [...list],
    add: (path, kind) => commit(addRecent(list, { path, name: opts.baseName(path), kind, at: opts.now().toISOString() }, max, opts.platform)),
    find: (path) => list.find((e) => pathKey(e.path, opts.platform) === pathKey(path, opts.platform)),
    clear: () => commit([]),
  };
}
