// Test helpers for the plan extractor: fixture loading and a compact view of items.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { PlanDraft, PlanItem } from '../../../shared/domain';

export function fixture(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../../fixtures/plans/${name}`, import.meta.url)), 'utf8');
}

export interface ExpectedItem {
  code: string;
  parent: string | null;
  kind: PlanItem['kind'];
  starts: string;
  units: string[][];
  deadline: [string | null, string] | null;
  flags?: string[];
}

export interface Expected {
  meta: Omit<PlanDraft, 'items' | 'rounds' | 'indicators' | 'sourceText'>;
  items: ExpectedItem[];
  rounds: PlanDraft['rounds'];
  indicatorsInclude: string[];
  indicatorsExclude: string[];
}

export function expected(name: string): Expected {
  return JSON.parse(fixture(name)) as Expected;
}

/** An extracted item in the shape of the hand-written fixtures. */
export function view(item: PlanItem, startsLength: number): ExpectedItem {
  const out: ExpectedItem = {
    code: item.code,
    parent: item.parentCode,
    kind: item.kind,
    starts: item.text.slice(0, startsLength),
    units: item.assignees.map((a) => a.unitKinds),
    deadline: item.deadline ? [item.deadline.date, item.deadline.recurrence] : null,
  };
  if (item.flags.length > 0) out.flags = item.flags;
  return out;
}

export function byCode(items: PlanItem[], code: string): PlanItem {
  const item = items.find((i) => i.code === code);
  if (!item) throw new Error(`no item ${code}; have ${items.map((i) => i.code).join(' ')}`);
  return item;
}
