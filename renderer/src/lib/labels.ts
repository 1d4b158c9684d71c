// Labels only the screens need (the shared ones live in shared/labels.ts).
import type { CellStatus, PlanItemKind, Recurrence } from '../../../shared/domain';

export const ITEM_KIND_LABELS: Record<PlanItemKind, string> = {
  section: 'Phần',
  context: 'Nội dung',
  task: 'Nhiệm vụ',
};

export const RECURRENCE_LABELS: Record<Recurrence, string> = {
  once: 'Một lần',
  monthly: 'Hằng tháng',
  quarterly: 'Hằng quý',
  'half-yearly': '6 tháng',
  yearly: 'Hằng năm',
  'half-yearly-and-yearly': '6 tháng và năm',
};

/** One short, distinct symbol per cell status, so the matrix reads without colour too. */
export const CELL_SYMBOLS: Record<CellStatus, string> = {
  done: '✓',
  in_progress: '◐',
  not_done: '✗',
  not_reported: '?',
  not_assigned: '·',
};

export const CELL_STATUS_ORDER: readonly CellStatus[] = ['done', 'in_progress', 'not_done', 'not_reported', 'not_assigned'];
