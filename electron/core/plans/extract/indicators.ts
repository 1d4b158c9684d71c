// Figures (chỉ tiêu) to collect, proposed only when the tasks' text speaks of their subject.
import type { Indicator, PlanItem } from '../../../../shared/domain';
import { fold } from '../../../../shared/text';
import { CATALOGUE } from '../../vocabulary/indicator-catalogue';

/** Indicators whose subject the tasks mention (all items when none is a task), in catalogue order. */
export function proposeIndicators(items: PlanItem[]): Indicator[] {
  const tasks = items.filter((i) => i.kind === 'task');
  const f = fold((tasks.length > 0 ? tasks : items).map((i) => i.text).join(' \n '));
  return CATALOGUE.filter((e) => e.when(f)).map(({ key, name, measure, synonyms }) => ({ key, name, measure, synonyms }));
}

export const INDICATOR_CATALOGUE: readonly Indicator[] = CATALOGUE.map(({ key, name, measure, synonyms }) => ({ key, name, measure, synonyms }));
