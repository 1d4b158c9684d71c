// The flags live in shared/ so the renderer and the CLI show the same words the extractor means.
export { PLAN_ITEM_FLAGS, planFlagMessage } from '../../../../shared/plan-flags';
export type { PlanItemFlag } from '../../../../shared/plan-flags';
