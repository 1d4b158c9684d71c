// Pure: what each missing or incomplete unit still owes for a round, for the reminder letter.
import type { StatusResult, UnitRef } from '../../../shared/domain';

export type Owed = { unit: UnitRef; reason: 'missing' | 'incomplete'; items: { code: string; text: string }[] };

export function owedByUnit(status: StatusResult): Owed[] {
  const textOf = new Map(status.items.map((i) => [i.code, i.text]));
  const out: Owed[] = [];
  for (const u of status.units) {
    if (u.reportId !== null && !u.incomplete) continue;
    out.push({
      unit: u.unit,
      reason: u.reportId === null ? 'missing' : 'incomplete',
      items: u.missingItems.map((code) => ({ code, text: textOf.get(code) ?? '' })),
    });
  }
  return out;
}
