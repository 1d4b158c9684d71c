// section / context / task, and who an item is for when its heading names the units.
import type { Assignee, PlanItemKind } from '../../../../shared/domain';
import { findAssignees, headingUnit, parseUnitPhrase } from './assignees';
import { APPENDIX_CODE, headingLike, textOf } from './items';
import type { TreeItem } from './items';

// "Mục đích, yêu cầu", "Yêu cầu về nội dung…", "Mục tiêu": background, not work to report on.
// "Yêu cầu các cấp ủy…" is a request, so only a few words may follow the keyword.
const CONTEXT_HEAD =
  /^(mục đích|yêu cầu|mục tiêu|quan điểm|ý nghĩa|đặc điểm|tình hình chung)(\s*[,:.;–-]|\s+(và|về|chung|cụ thể)(?![\p{L}])|\s*$)/iu;
// A sentence that announces a list of its own parts: the parts are content, not separate tasks.
const ENUMERATING = /(gồm|bao gồm|là|như)\s*:$/iu;

function first(item: TreeItem): string {
  return item.paragraphs[0] ?? '';
}

function last(item: TreeItem): string {
  return item.paragraphs[item.paragraphs.length - 1] ?? '';
}

export function inContextZone(item: TreeItem): boolean {
  if (CONTEXT_HEAD.test(first(item))) return true;
  for (let p = item.parent; p; p = p.parent) {
    if (CONTEXT_HEAD.test(first(p)) || ENUMERATING.test(last(p))) return true;
  }
  return false;
}

export function kindOf(item: TreeItem): PlanItemKind {
  // A table assigns work: its rows are tasks, its group rows and the appendix that holds it sections.
  if (item.row) return item.row.group ? 'section' : 'task';
  if (item.code === APPENDIX_CODE && item.children.some((c) => c.row)) return 'section';
  if (item.marker?.kind === 'roman') return 'section';
  // "(Có phụ lục kèm theo)": a note in brackets asks nothing of anyone.
  if (item.marker === null && item.children.length === 0 && /^\([^()]*\)\.?$/u.test(textOf(item).trim())) return 'context';
  if (item.marker !== null && item.children.length > 0 && item.paragraphs.length === 1 && headingLike(item)) return 'section';
  return inContextZone(item) ? 'context' : 'task';
}

export interface Scope {
  assignees: Assignee[];
  /** A heading that is only a unit name: it holds for everything under it. */
  strong: boolean;
}

/** What an item says about who acts, for its own text and for the items under it. */
export function scopeOf(item: TreeItem): Scope | null {
  const text = textOf(item);
  const named = headingUnit(text);
  if (named.length > 0) return { assignees: named, strong: true };
  // "- Các cấp ủy thực hiện các nội dung sau:" or a heading "1. Các huyện ủy tổ chức tuyên truyền"
  // names who does the parts listed under it.
  if (item.children.length > 0 && (last(item).endsWith(':') || headingLike(item))) {
    const subject = findAssignees(text);
    if (subject.length > 0) return { assignees: subject, strong: false };
  }
  return null;
}

/**
 * An item's assignees: a unit-name heading above it wins (it addresses the whole section); else
 * the units its own text names; else those of a parent sentence that lists its parts.
 */
export function assigneesOf(item: TreeItem, scopes: Map<TreeItem, Scope | null>): Assignee[] {
  // The lead column says who: "Cơ quan chủ trì" of a task table.
  if (item.row && item.row.lead !== '') {
    const lead = parseUnitPhrase(item.row.lead);
    if (lead.length > 0) return lead;
  }
  const own = scopes.get(item) ?? null;
  if (own?.strong) return own.assignees;
  let inherited: Scope | null = null;
  for (let p = item.parent; p && inherited === null; p = p.parent) inherited = scopes.get(p) ?? null;
  if (inherited?.strong) return inherited.assignees;
  const named = findAssignees(textOf(item));
  if (named.length > 0) return named;
  return inherited?.assignees ?? [];
}
