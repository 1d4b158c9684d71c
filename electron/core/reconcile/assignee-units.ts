// Pure: for the plan screen, the directory units each assignee of each item gives, so the
// specialist sees what "các tổ chức cơ sở đảng trực thuộc Huyện ủy" turned into before a round starts.
import type { Plan, Round, Unit, UnitRef } from '../../../shared/domain';
import { activeDuring, resolveAssignee } from './assignees';

export interface ItemAssigneeUnits {
  itemCode: string;
  assignees: Array<{ label: string; units: UnitRef[] }>;
}

/** Units active in the round, or, before any round, those not dissolved by `today`. */
export function activeUnits(units: readonly Unit[], round: Round | null, today: string): Unit[] {
  return units.filter((u) => (round ? activeDuring(u, round) : u.validTo === null || u.validTo >= today));
}

export function assigneeUnits(plan: Plan, units: readonly Unit[], round: Round | null, today: string): ItemAssigneeUnits[] {
  const active = activeUnits(units, round, today);
  return plan.items
    .filter((i) => i.assignees.length > 0)
    .map((i) => ({
      itemCode: i.code,
      assignees: i.assignees.map((a) => ({
        label: a.label,
        units: resolveAssignee(a, active, { issuer: plan.issuer })
          .map((u) => ({ code: u.code, name: u.name }))
          .sort((x, y) => x.name.localeCompare(y.name, 'vi')),
      })),
    }));
}
