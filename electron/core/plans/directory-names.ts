// The plan text is read without the unit directory; once it is known, names the text split at a
// comma ("Liên hiệp các Hội Văn học, Nghệ thuật tỉnh") or read as a group are joined back into
// the one unit the directory knows by that exact name.
import type { Assignee, PlanDraft, Unit } from '../../../shared/domain';
import { foldForMatch } from '../../../shared/text';

const MAX_PARTS = 4;

function unitByName(units: readonly Unit[]): Map<string, Unit> {
  const byName = new Map<string, Unit>();
  const ambiguous = new Set<string>();
  for (const u of units) {
    for (const n of new Set([u.name, ...u.aliases].map(foldForMatch))) {
      if (n.length < 4) continue;
      if (byName.has(n) && byName.get(n)?.code !== u.code) ambiguous.add(n);
      else byName.set(n, u);
    }
  }
  for (const n of ambiguous) byName.delete(n);
  return byName;
}

function asUnit(label: string, u: Unit): Assignee {
  return { label, unitCode: u.code, unitKinds: [u.family] };
}

/** An item's assignees with split or group-read names of directory units joined back. */
export function joinDirectoryNames(assignees: readonly Assignee[], byName: ReadonlyMap<string, Unit>): Assignee[] {
  const out: Assignee[] = [];
  for (let i = 0; i < assignees.length; i++) {
    const a = assignees[i];
    if (!a) continue;
    let joined: { label: string; unit: Unit; last: number } | null = null;
    // Longest run first, so "A, B, C" wins over "A, B" when the directory has the longer name.
    for (let j = Math.min(assignees.length, i + MAX_PARTS) - 1; j >= i && joined === null; j--) {
      if (j === i && a.unitCode !== null) break;
      const label = assignees
        .slice(i, j + 1)
        .map((x) => x.label)
        .join(', ');
      const unit = byName.get(foldForMatch(label));
      if (unit) joined = { label, unit, last: j };
    }
    if (joined) {
      out.push(asUnit(joined.label, joined.unit));
      i = joined.last;
    } else out.push(a);
  }
  return out;
}

/** The draft with every item's assignees checked against the directory's names. */
export function applyDirectoryNames(draft: PlanDraft, units: readonly Unit[]): PlanDraft {
  if (units.length === 0) return draft;
  const byName = unitByName(units);
  return { ...draft, items: draft.items.map((item) => ({ ...item, assignees: joinDirectoryNames(item.assignees, byName) })) };
}
