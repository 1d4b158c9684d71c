// Item statuses from the words and marks units write.
import type { EntryStatus } from './domain';
import { fold } from './text';

const IN_PROGRESS = ['dang thuc hien', 'dang trien khai', 'dang lam', 'dang', 'tiep tuc thuc hien', 'chua hoan thanh'];
const NOT_DONE = ['chua thuc hien', 'chua trien khai', 'chua', 'khong', 'khong thuc hien', 'chua lam'];
const DONE = ['da thuc hien', 'hoan thanh', 'da hoan thanh', 'da trien khai', 'xong', 'x', 'co', 'dat', 'v'];

// "Hoàn thành 80%", "Đạt 100%", "80%": how far, in a share.
const SHARE = /^(?:(?:đã\s+)?hoàn thành|đạt)?\s*(\d{1,3}(?:[.,]\d+)?)\s*%$/iu;

/** Null when the words say nothing recognisable (the caller decides what that means). */
export function parseEntryStatus(raw: string): EntryStatus | null {
  const f = fold(raw);
  if (f === '') return null;
  const share = SHARE.exec(raw.trim());
  if (share) return Number((share[1] ?? '0').replace(',', '.')) >= 100 ? 'done' : 'in_progress';
  // Longest phrases first: "chua hoan thanh" must not read as "hoan thanh".
  if (IN_PROGRESS.some((w) => f === w || f.startsWith(`${w} `)) || f.includes('chua hoan thanh')) return 'in_progress';
  if (NOT_DONE.some((w) => f === w || f.startsWith(`${w} `))) return 'not_done';
  if (DONE.some((w) => f === w || f.startsWith(`${w} `))) return 'done';
  if (raw.trim() === '✓' || raw.trim() === '✔') return 'done';
  return null;
}
