// Exported files: the Save-as dialog's options, and the paths the app itself wrote in this session.
// "Mở tệp" and "Mở thư mục" act only on those paths; a path from the renderer alone opens nothing,
// so a compromised page cannot use the shell to launch programs.
import { pathKey } from './recent-files';

/** Documents the shell may open with their usual program; anything else (.exe, .lnk, …) never. */
export const OPENABLE_EXTENSIONS = ['pdf', 'docx', 'doc', 'xlsx', 'xls', 'csv', 'txt'] as const;

export function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

export function isOpenableDocument(p: string): boolean {
  return (OPENABLE_EXTENSIONS as readonly string[]).includes(extensionOf(p));
}

const FILTER_NAMES: Record<string, string> = {
  pdf: 'Tệp PDF',
  docx: 'Tài liệu Word',
  xlsx: 'Bảng tính Excel',
  csv: 'Tệp CSV',
  txt: 'Tệp văn bản',
  thbk: 'Tệp sao lưu Tổng hợp báo cáo',
};

export type SaveDialogSpec = { title: string; defaultPath: string; filters: { name: string; extensions: string[] }[] };

/**
 * The suggested name is only a suggestion from the renderer: any folder part is dropped, and the
 * folder is the one the user last saved to in this session (else the dialog's own default).
 */
export function saveDialogSpec(suggestedName: string, lastDir: string | null, join: (dir: string, name: string) => string): SaveDialogSpec {
  const base = (suggestedName.split(/[\\/]/).pop() ?? '').replace(/^\.+/, '') || 'tep';
  const ext = extensionOf(base);
  const filters = [...(ext ? [{ name: FILTER_NAMES[ext] ?? `Tệp .${ext}`, extensions: [ext] }] : []), { name: 'Mọi tệp', extensions: ['*'] }];
  return { title: 'Lưu tệp', defaultPath: lastDir ? join(lastDir, base) : base, filters };
}

export type SavedPaths = { add(p: string): void; has(p: string): boolean };

export function createSavedPaths(platform: NodeJS.Platform, normalize: (p: string) => string): SavedPaths {
  const set = new Set<string>();
  return {
    add: (p) => void set.add(pathKey(normalize(p), platform)),
    has: (p) => set.has(pathKey(normalize(p), platform)),
  };
}
