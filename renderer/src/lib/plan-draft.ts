// Pure editing logic for a plan draft: the same rules whether the draft came from a file, was started
// by hand, or is a saved plan being edited. Rows carry a uid so React keeps focus while a code changes.
import type { Assignee, Deadline, Indicator, Plan, PlanDraft, PlanItem, RoundInput } from '../../../shared/domain';
import { UNIT_FAMILY_LABELS } from '../../../shared/labels';

export type EditItem = PlanItem & { uid: number };
export type EditIndicator = Indicator & { uid: number; /** Saved keys stay fixed: reports point at them. */ saved: boolean };
export type EditRound = RoundInput & { uid: number };

export type EditorDraft = Omit<PlanDraft, 'items' | 'indicators' | 'rounds'> & {
  items: EditItem[];
  indicators: EditIndicator[];
  rounds: EditRound[];
};

let nextUid = 1;
export function newUid(): number {
  return nextUid++;
}

export function emptyDraft(): PlanDraft {
  return {
    docType: 'Kế hoạch',
    number: null,
    place: null,
    issuedDate: null,
    issuer: null,
    superiorIssuer: null,
    title: '',
    cites: [],
    recipients: [],
    signer: null,
    items: [],
    rounds: [],
    indicators: [],
    sourceText: '',
  };
}

/** A saved plan as a draft for plans.update (rounds are managed on their own, so they are left out). */
export function planToDraft(plan: Plan): PlanDraft {
  const { id: _id, createdAt: _c, rounds: _r, ...rest } = plan;
  return { ...rest, rounds: [], sourceText: '' };
}

export function toEditor(draft: PlanDraft, savedIndicators: boolean): EditorDraft {
  return {
    ...draft,
    items: draft.items.map((i) => ({ ...i, uid: newUid() })),
    indicators: draft.indicators.map((i) => ({ ...i, uid: newUid(), saved: savedIndicators })),
    rounds: draft.rounds.map((r) => ({ ...r, uid: newUid() })),
  };
}

export function fromEditor(d: EditorDraft): PlanDraft {
  return {
    ...d,
    title: d.title.trim(),
    items: d.items.map(({ uid: _u, ...i }) => ({
      ...i,
      code: i.code.trim(),
      text: i.text.trim(),
      assignees: i.assignees.filter(hasContent).map((a) => ({ ...a, label: a.label.trim() || assigneeFallbackLabel(a) })),
    })),
    indicators: d.indicators.map(({ uid: _u, saved: _s, ...i }) => ({
      ...i,
      name: i.name.trim(),
      measure: i.measure.trim(),
      synonyms: i.synonyms.map((s) => s.trim()).filter((s) => s !== ''),
    })),
    rounds: d.rounds.map(({ uid: _u, ...r }) => ({ ...r, label: r.label.trim() })),
  };
}

function hasContent(a: Assignee): boolean {
  return a.label.trim() !== '' || a.unitCode !== null || a.unitKinds.length > 0;
}

function assigneeFallbackLabel(a: Assignee): string {
  return a.unitCode ?? a.unitKinds.map((k) => UNIT_FAMILY_LABELS[k]).join('; ');
}

/** The nearest earlier item whose code is a dotted prefix of this code, else the nearest section above. */
function inferParent(items: readonly PlanItem[], index: number, code: string, sectionFallback: boolean): PlanItem | null {
  const before = items.slice(0, index);
  const parts = code.split('.');
  for (let n = parts.length - 1; n >= 1; n--) {
    const prefix = parts.slice(0, n).join('.');
    const hit = before.find((i) => i.code === prefix);
    if (hit) return hit;
  }
  if (!sectionFallback) return null;
  for (let i = before.length - 1; i >= 0; i--) if (before[i]!.kind === 'section') return before[i]!;
  return null;
}

/** Keep parent and level consistent after an item's code or place changed. */
export function placeItem(items: EditItem[], index: number): EditItem[] {
  const item = items[index];
  if (!item) return items;
  // A section nests only under a dotted prefix ("II.1" under "II"); other items also fall under the section above.
  const parent = inferParent(items, index, item.code, item.kind !== 'section');
  const next = { ...item, parentCode: parent?.code ?? null, level: parent ? parent.level + 1 : 0 };
  return items.map((it, i) => (i === index ? next : it));
}

/** Apply a change to one item, clearing the flags the change resolves. */
export function updateItem(items: EditItem[], uid: number, patch: Partial<PlanItem>): EditItem[] {
  const index = items.findIndex((i) => i.uid === uid);
  if (index < 0) return items;
  const old = items[index]!;
  let flags = old.flags;
  if (patch.assignees) {
    // Choosing who does it is the answer to both assignee flags.
    if (patch.assignees.some(hasContent)) flags = flags.filter((f) => f !== 'no-assignee' && f !== 'assignee-from-recipients');
  }
  if (patch.code !== undefined && patch.code !== old.code) flags = flags.filter((f) => f !== 'numbering-gap' && f !== 'numbering-duplicate');
  const list = items.map((it, i) => (i === index ? { ...it, ...patch, flags } : it));
  return patch.code !== undefined || patch.kind !== undefined ? placeItem(list, index) : list;
}

export function dismissFlag(items: EditItem[], uid: number, flag: string): EditItem[] {
  return items.map((it) => (it.uid === uid ? { ...it, flags: it.flags.filter((f) => f !== flag) } : it));
}

/** A code that follows the last item's numbering ("II.3" after "II.2"), unique in the plan. */
export function suggestCode(items: readonly PlanItem[]): string {
  const taken = new Set(items.map((i) => i.code));
  const last = items[items.length - 1];
  if (last) {
    const m = /^(.*?)(\d+)$/.exec(last.code);
    if (m) {
      for (let n = Number(m[2]) + 1; n < Number(m[2]) + 1000; n++) {
        const c = `${m[1]}${n}`;
        if (!taken.has(c)) return c;
      }
    }
  }
  let n = items.length + 1;
  while (taken.has(String(n))) n++;
  return String(n);
}

export function addItem(items: EditItem[]): EditItem[] {
  const last = items[items.length - 1];
  const item: EditItem = {
    uid: newUid(),
    code: suggestCode(items),
    parentCode: last?.parentCode ?? null,
    level: last?.level ?? 0,
    kind: 'task',
    text: '',
    assignees: [],
    deadline: null,
    flags: ['no-assignee'],
  };
  return placeItem([...items, item], items.length);
}

export function removeItem(items: EditItem[], uid: number): EditItem[] {
  return items.filter((i) => i.uid !== uid);
}

export function moveItem(items: EditItem[], uid: number, delta: -1 | 1): EditItem[] {
  const i = items.findIndex((it) => it.uid === uid);
  const j = i + delta;
  if (i < 0 || j < 0 || j >= items.length) return items;
  const list = [...items];
  [list[i], list[j]] = [list[j]!, list[i]!];
  return placeItem(list, j);
}

export function emptyAssignee(): Assignee {
  return { label: '', unitCode: null, unitKinds: [] };
}

export function deadlineOrNull(d: Deadline): Deadline | null {
  return d.text.trim() === '' && d.date === null && d.recurrence === 'once' ? null : d;
}

/** Vietnamese problems that stop a save; empty when the draft can go. */
export function draftProblems(d: EditorDraft, mode: 'create' | 'edit'): string[] {
  const out: string[] = [];
  if (d.title.trim() === '') out.push('Hãy nhập trích yếu của văn bản.');
  const seen = new Set<string>();
  for (const [n, it] of d.items.entries()) {
    const code = it.code.trim();
    if (code === '') out.push(`Mục thứ ${n + 1} chưa có mã.`);
    else if (seen.has(code)) out.push(`Mã mục ${code} bị trùng.`);
    seen.add(code);
    if (it.text.trim() === '') out.push(`Mục ${code || n + 1} chưa có nội dung.`);
  }
  const keys = new Set<string>();
  for (const ind of d.indicators) {
    if (ind.name.trim() === '') out.push('Có chỉ tiêu chưa có tên.');
    if (!/^[a-z0-9_]+$/.test(ind.key)) out.push(`Mã chỉ tiêu “${ind.key}” chỉ được dùng chữ thường không dấu, số và dấu gạch dưới.`);
    else if (keys.has(ind.key)) out.push(`Mã chỉ tiêu ${ind.key} bị trùng.`);
    keys.add(ind.key);
  }
  if (mode === 'create') {
    for (const r of d.rounds) {
      if (r.label.trim() === '') out.push('Có kỳ báo cáo chưa có tên.');
      if (!r.dueDate) out.push(`Kỳ “${r.label || '(chưa đặt tên)'}” chưa có hạn nộp.`);
    }
  }
  return out;
}
