// section / context / task, and who an item is for when its heading names the units.
import type { Assignee, PlanItemKind } from '../../../../shared/domain';
import { findAssignees, headingUnit, parseUnitPhrase } from './assignees';
import { APPENDIX_CODE, headingLike, isOwnerLine, textOf } from './items';
import type { TreeItem } from './items';

// "Mục đích, yêu cầu", "Yêu cầu về nội dung…", "Mục tiêu": background, not work to report on.
// "Yêu cầu các cấp ủy…" is a request, so only a few words may follow the keyword.
const CONTEXT_HEAD =
  /^(mục đích|yêu cầu|mục tiêu|quan điểm|ý nghĩa|đặc điểm|tình hình chung)(\s*[,:.;–-]|\s+(và|về|chung|cụ thể)(?![\p{L}])|\s*$)/iu;
// A sentence that announces a list of its own parts: the parts are content, not separate tasks.
const ENUMERATING = /(gồm|bao gồm|là|như)\s*:$/iu;
const APPENDIX_POINTER = /(?<![\p{L}])(theo|tại)\s+(các\s+)?phụ lục(?![\p{L}])/iu;

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
  if (item.marker?.kind === 'roman' || item.marker?.kind === 'part') return 'section';
  // "(Có phụ lục kèm theo)": a note in brackets asks nothing of anyone.
  if (item.marker === null && item.children.length === 0 && /^\([^()]*\)\.?$/u.test(textOf(item).trim())) return 'context';
  // "Các nhiệm vụ cụ thể theo Phụ lục 1 kèm theo": the tasks are the appendix's rows, this only points there.
  if (item.children.length === 0 && textOf(item).length <= 200 && APPENDIX_POINTER.test(textOf(item))) return 'context';
  if (item.marker !== null && item.children.length > 0 && item.paragraphs.length === 1 && headingLike(item) && !ENUMERATING.test(last(item))) return 'section';
  // "Các chi bộ … thực hiện tốt các nội dung sau:" heads its bullets: they are the work, it is their
  // heading — unless it announces the parts of one task ("… gồm:").
  if (item.children.length > 0 && last(item).endsWith(':') && !ENUMERATING.test(last(item)) && !inContextZone(item)) return 'section';
  return inContextZone(item) ? 'context' : 'task';
}

const NUMBERED = new Set(['decimal', 'letter']);

/**
 * Every item's kind, with numbered siblings of one shape given one kind: when some headings of a
 * list hold bullets as a section and others, shaped the same, hold task bullets under a paragraph
 * of their own, all are sections (the bullets are the work either way).
 */
export function kindsOf(flat: readonly TreeItem[]): Map<TreeItem, PlanItemKind> {
  const kinds = new Map(flat.map((t) => [t, kindOf(t)]));
  const groups = new Map<TreeItem | null, TreeItem[]>();
  for (const t of flat) {
    if (!t.marker || !NUMBERED.has(t.marker.kind) || t.children.length === 0 || t.row) continue;
    groups.set(t.parent, [...(groups.get(t.parent) ?? []), t]);
  }
  for (const siblings of groups.values()) {
    const sections = siblings.filter((t) => kinds.get(t) === 'section');
    if (sections.length === 0 || sections.length === siblings.length) continue;
    const shape = (t: TreeItem): string => `${t.marker?.kind}|${t.emph}|${titleLike(first(t))}`;
    const sectionShapes = new Set(sections.map(shape));
    for (const t of siblings) {
      // Only when its bullets are tasks themselves: bullets that spell out one task ("trọng tâm là:") stay its content.
      const workBelow = t.children.some((c) => kinds.get(c) === 'task');
      if (kinds.get(t) === 'task' && workBelow && sectionShapes.has(shape(t)) && titleLike(first(t))) kinds.set(t, 'section');
    }
  }
  return kinds;
}

/** A heading's first line: short, and no finished sentence. */
function titleLike(text: string): boolean {
  return text.length <= 160 && !/[.;!?…]["”’)]?$/u.test(text);
}

export interface Scope {
  assignees: Assignee[];
  /** A heading that is only a unit name: it holds for everything under it. */
  strong: boolean;
}

/** "Đơn vị thực hiện: Ban Tuyên giáo Tỉnh ủy; phối hợp: …": the units before any "phối hợp". */
function ownersOfLine(line: string): Assignee[] {
  const value = line.slice(line.indexOf(':') + 1).split(/[;.]|\bphối hợp\b/iu)[0] ?? '';
  return parseUnitPhrase(value.trim());
}

/** What an item says about who acts, for its own text and for the items under it. */
export function scopeOf(item: TreeItem): Scope | null {
  const text = textOf(item);
  const named = headingUnit(text);
  if (named.length > 0) return { assignees: named, strong: true };
  // A line closing the section says who does all of it.
  const closing = item.closing.filter(isOwnerLine).flatMap(ownersOfLine);
  if (closing.length > 0) return { assignees: closing, strong: false };
  // "- Các cấp ủy thực hiện các nội dung sau:" or a heading "1. Các huyện ủy tổ chức tuyên truyền"
  // names who does the parts listed under it.
  if (item.children.length > 0 && (last(item).endsWith(':') || headingLike(item))) {
    // A title line above the sentence ("1. Công tác tuyên truyền" / "Mặt trận … thực hiện các nội dung sau:")
    // would run into its subject: the sentence is read on its own first.
    const intro = item.paragraphs.length > 1 && last(item).endsWith(':') ? findAssignees(last(item)) : [];
    const subject = intro.length > 0 ? intro : findAssignees(text);
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
  // "1. Tổ chức học tập chuyên đề" over "Các huyện ủy … tổ chức hội nghị …": the title, which ends
  // no sentence, ran into the subject of the paragraph under it.
  const body = item.paragraphs.slice(1).join('\n');
  if (item.paragraphs.length > 1 && titleLike(first(item))) {
    const below = findAssignees(body);
    if (below.length > 0) return below;
  }
  if (own && item.closing.length > 0) return own.assignees;
  return inherited?.assignees ?? [];
}
