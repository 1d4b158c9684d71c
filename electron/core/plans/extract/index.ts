// Plan document text → PlanDraft. Pure: a string in, data out; nothing is invented — what the text
// does not say stays null or empty, and items that need a person's eye carry flags.
import type { Deadline, Indicator, PlanDraft, PlanItem } from '../../../../shared/domain';
import { parseUnitPhrase, unwrapLines } from './assignees';
import { assigneesOf, kindsOf, scopeOf } from './classify';
import type { Scope } from './classify';
import { extractCites } from './cites';
import { findDeadline } from './deadlines';
import { planFigures, proposeIndicators } from './indicators';
import { targetFigures } from './target-figures';
import { buildTree, findBodyEnd, findItemsStart, flatten, fullTextOf, isOwnerLine } from './items';
import type { TreeItem } from './items';
import { toLines } from './lines';
import { SUPPORT_LINE } from './task-table';
import type { Line } from './lines';
import { readHeader } from './metadata';
import { proposeRounds } from './rounds';
import { readAddressees, readTail } from './tail';

export { PLAN_ITEM_FLAGS, planFlagMessage } from './flags';
export type { PlanItemFlag } from './flags';
export { INDICATOR_CATALOGUE } from './indicators';

function joinText(lines: Line[], from: number, to: number): string {
  return lines
    .slice(from, Math.max(from, to))
    .filter((l) => !l.sep)
    .map((l) => l.text)
    .join('\n');
}

/** A deadline column: its words always kept ("Thường xuyên"), a date when they give one. */
function rowDeadline(when: string, planYear: number | null): Deadline {
  return findDeadline(when, planYear) ?? { text: when, date: null, recurrence: 'once' };
}

/** "Thời gian hoàn thành: trong tháng 6/2025" closing a section: the deadline of all of it. */
function closingDeadline(item: TreeItem, planYear: number | null): Deadline | null {
  const line = item.closing.find((l) => !isOwnerLine(l));
  if (line === undefined) return null;
  const value = /^[^:]{1,40}:\s*(.+)$/u.exec(line)?.[1] ?? line;
  return rowDeadline(value.replace(/[.;]$/u, ''), planYear);
}

/** The deadline a section's closing line gives the items under it. */
function inheritedDeadline(item: TreeItem, planYear: number | null): Deadline | null {
  for (let p = item.parent; p; p = p.parent) {
    const d = closingDeadline(p, planYear);
    if (d) return d;
  }
  return null;
}

function ownDeadline(t: TreeItem, text: string, planYear: number | null): Deadline | null {
  if (t.row?.when) {
    const d = rowDeadline(t.row.when, planYear);
    // "Báo cáo kết quả 6 tháng, năm | Trước 15/6 và 15/11/2019": how often is said in the task's words.
    const often = d.date === null && d.recurrence === 'once' ? findDeadline(unwrapLines(text), planYear) : null;
    return often && often.date === null ? { ...d, recurrence: often.recurrence } : d;
  }
  return findDeadline(unwrapLines(text), planYear) ?? closingDeadline(t, planYear);
}

function toItems(tree: TreeItem[], addressees: string[], planYear: number | null): PlanItem[] {
  const flat = flatten(tree);
  const scopes = new Map<TreeItem, Scope | null>(flat.map((t) => [t, scopeOf(t)]));
  const kinds = kindsOf(flat);
  return flat.map((t) => {
    const kind = kinds.get(t) ?? 'task';
    const text = t.row?.support ? `${fullTextOf(t)}\n${SUPPORT_LINE} ${t.row.support}` : fullTextOf(t);
    const flags = [...t.flags];
    let assignees = kind === 'context' ? [] : assigneesOf(t, scopes);
    if (kind === 'task' && assignees.length === 0 && addressees.length > 0) {
      // A Công văn asks its addressees; say so rather than assign silently.
      assignees = addressees.flatMap(parseUnitPhrase);
      if (assignees.length > 0) flags.push('assignee-from-recipients');
    }
    if (kind === 'task' && assignees.length === 0) flags.push('no-assignee');
    return {
      code: t.code,
      parentCode: t.parent?.code ?? null,
      level: t.level,
      kind,
      text,
      assignees,
      deadline: kind === 'context' ? null : ownDeadline(t, text, planYear) ?? inheritedDeadline(t, planYear),
      flags,
    };
  });
}

export function extractPlan(text: string): PlanDraft {
  const sourceText = text.normalize('NFC');
  const all = toLines(sourceText);
  // The rows of a table of figures ("Biểu số liệu") say what to count, not what to do.
  const figureRows = all.flatMap((l) => (l.figure ? [l.figure] : []));
  const lines = all.filter((l) => !l.figure);
  const header = readHeader(lines);

  let itemsStart = findItemsStart(lines, header.bodyStart);
  const { addressees, at: addrAt, next: addrNext } = readAddressees(lines, itemsStart >= 0 ? itemsStart : lines.length);
  const preambleStart = addrAt >= header.bodyStart ? addrNext : header.bodyStart;
  const paragraphMode = itemsStart < 0 || itemsStart < preambleStart;
  if (paragraphMode) itemsStart = preambleStart;

  const bodyEnd = findBodyEnd(lines, itemsStart);
  const tree = buildTree(lines, itemsStart, bodyEnd, paragraphMode);
  const planYear = header.issuedDate ? Number(header.issuedDate.slice(0, 4)) : null;
  const items = toItems(tree, addressees, planYear);

  const preamble = paragraphMode ? joinText(lines, preambleStart, bodyEnd) : joinText(lines, preambleStart, itemsStart);
  const fullText = lines.map((l) => l.text).join('\n');
  const cites = extractCites(`${header.title}\n${preamble}`, fullText, header.number);
  const tail = readTail(lines, bodyEnd, addressees);

  return {
    docType: header.docType,
    number: header.number,
    place: header.place,
    issuedDate: header.issuedDate,
    issuer: header.issuer,
    superiorIssuer: header.superiorIssuer,
    title: header.title,
    cites,
    recipients: tail.recipients,
    signer: tail.signer,
    items,
    rounds: proposeRounds(items, header.issuedDate, joinText(lines, header.bodyStart, bodyEnd)),
    // A plan that lists its figures is taken at its word; otherwise they are guessed from the tasks
    // and read from the counts its targets aim at.
    indicators: figureRows.length > 0 ? planFigures(figureRows) : guessedFigures(items),
    sourceText,
  };
}

/** The catalogue's figures the tasks speak of, then those the plan's targets count. */
function guessedFigures(items: PlanItem[]): Indicator[] {
  const proposed = proposeIndicators(items);
  return [...proposed, ...targetFigures(items, proposed)];
}
