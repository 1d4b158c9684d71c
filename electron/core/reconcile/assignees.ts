// Pure: which directory units an item's assignees mean during a round.
import type { Assignee, PlanItem, Round, Unit } from '../../../shared/domain';
import { fold, foldForMatch } from '../../../shared/text';

/** A unit is expected in a round when its validity overlaps the round's period. */
export function activeDuring(unit: Unit, round: Pick<Round, 'periodFrom' | 'periodTo' | 'dueDate'>): boolean {
  const from = round.periodFrom ?? round.dueDate;
  const to = round.periodTo ?? round.dueDate;
  if (unit.validFrom !== null && unit.validFrom > to) return false;
  if (unit.validTo !== null && unit.validTo < from) return false;
  return true;
}

function namesOf(u: Unit): string[] {
  return [u.name, ...u.aliases].map(foldForMatch).filter((n) => n.length >= 4);
}

/** Units named in the label ("Ban cán sự đảng UBND tỉnh" → that one unit). */
export function unitsNamedIn(label: string, units: Unit[]): Unit[] {
  const f = ` ${foldForMatch(label)} `;
  return units.filter((u) => namesOf(u).some((n) => f.includes(` ${n} `)));
}

/** "Các huyện ủy…", "cấp ủy các cấp", "các đoàn thể": words that mean a group, not one unit. */
export function isGroupLabel(label: string): boolean {
  const f = ` ${fold(label)} `;
  return / cac | cap uy | nhung | moi | toan the /.test(f);
}

export function resolveAssignee(a: Assignee, units: Unit[]): Unit[] {
  if (a.unitCode !== null) return units.filter((u) => u.code === a.unitCode);
  const named = unitsNamedIn(a.label, units);
  if (named.length > 0 && !isGroupLabel(a.label)) return named;
  // A single named unit missing from the directory must not widen to every unit of its kind.
  if (!isGroupLabel(a.label) || a.unitKinds.length === 0) return named;
  const ofKind = units.filter((u) => a.unitKinds.includes(u.family));
  return [...new Map([...named, ...ofKind].map((u) => [u.code, u])).values()];
}

/** The units an item is assigned to, among those active in the round. */
export function unitsForItem(item: PlanItem, units: Unit[], round: Round): Unit[] {
  const active = units.filter((u) => activeDuring(u, round));
  const out = new Map<string, Unit>();
  for (const a of item.assignees) for (const u of resolveAssignee(a, active)) out.set(u.code, u);
  return [...out.values()];
}
