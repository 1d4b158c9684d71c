// What every reader produces: a report read from a file, not yet matched to the database.
import type { EntryStatus } from '../../../shared/domain';

export type NormalizedReport = {
  reader: 'template';
  unit: { code: string | null; name: string | null };
  plan: { id: number | null; number: string | null };
  round: { id: number | null; label: string | null };
  reportDate: string | null;
  entries: { itemCode: string; status: EntryStatus; resultText: string; source: string }[];
  figures: { indicatorKey: string; value: number; source: string }[];
};
