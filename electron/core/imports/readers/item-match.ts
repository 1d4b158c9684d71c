// Pure: which plan item a table row or a paragraph reports on, by its code ("III.2.4", "2.4")
// or by word overlap with the item's text; the score becomes the entry's confidence.
import type { Plan, PlanItem, Unit } from '../../../../shared/domain';
import { fold } from '../../../../shared/text';
import { SUPPORT_LINE } from '../../plans/extract/task-table';
import { resolveAssignee } from '../../reconcile/assignees';
import { contentTokens, setCoverage, setSimilarity } from './similarity';
import { symbolsIn } from './detect-plan';
import { distinctWordsMatch, wordPairs } from './item-weights';

/**
 * `tasks`: the items a match reports on — the item itself, or the tasks of a section reported as a
 * whole; `saysDone`: the words are a deed done whatever the verb's tense (a numbered document issued).
 */
export type ItemMatch = { item: PlanItem; confidence: number; how: string; tasks: PlanItem[]; saysDone?: boolean };
/**
 * `assigned`: false when the item names its units and the reporting unit is not one of them;
 * `named`: the item names its units and the reporting unit is one of them.
 */
export type ItemIndex = { item: PlanItem; code: string; words: string[]; wordSet: ReadonlySet<string>; assigned: boolean; named: boolean; tasks: PlanItem[] }[];

/** An index entry before the reporting unit is known: `who` holds the unit codes its tasks are assigned to (null: anyone). */
type BaseEntry = Omit<ItemIndex[number], 'assigned' | 'named'> & { who: ReadonlySet<string> | null };

/**
 * The items a unit reports on: tasks (plans without task marks offer every non-section item), and
 * the sections whose bullets are tasks — units report "mục II.2" for the unnumbered bullets under it.
 */
// The index depends only on the plan, the unit and the directory, which the readers' catalog keeps
// as the same objects from one file to the next: built once per plan and unit.
const baseCache = new WeakMap<Plan, WeakMap<readonly Unit[], BaseEntry[]>>();
const unitCache = new WeakMap<BaseEntry[], Map<string | null, ItemIndex>>();

export function itemIndex(plan: Plan, unitCode: string | null = null, units: readonly Unit[] = []): ItemIndex {
  const byUnits = baseCache.get(plan) ?? new WeakMap<readonly Unit[], BaseEntry[]>();
  baseCache.set(plan, byUnits);
  const base = byUnits.get(units) ?? buildIndex(plan, units);
  byUnits.set(units, base);
  const byUnit = unitCache.get(base) ?? new Map<string | null, ItemIndex>();
  unitCache.set(base, byUnit);
  const hit = byUnit.get(unitCode);
  if (hit) return hit;
  const built = base.map(({ who, ...e }) => ({
    ...e,
    assigned: unitCode === null || who === null || who.has(unitCode),
    named: unitCode !== null && who !== null && who.has(unitCode),
  }));
  byUnit.set(unitCode, built);
  return built;
}

/**
 * An item's words without its assignees' names: where a name is written out, that run of words only
 * ("Ủy ban Kiểm tra các cấp tiến hành kiểm tra tổ chức đảng" keeps its second "kiểm tra"); a name
 * not written out word for word takes its words wherever they stand.
 */
function withoutNames(words: readonly string[], names: readonly string[][]): string[] {
  let out = [...words];
  for (const name of names) {
    if (name.length === 0) continue;
    const at = out.findIndex((_, i) => name.every((w, j) => out[i + j] === w));
    out = at >= 0 ? [...out.slice(0, at), ...out.slice(at + name.length)] : out.filter((w) => !name.includes(w));
  }
  return out;
}

function buildIndex(plan: Plan, units: readonly Unit[]): BaseEntry[] {
  const context = { issuer: plan.issuer };
  const directory = [...units];
  // Items repeat the same few assignee labels ("Các đảng ủy xã"): each is resolved once per index.
  const resolved = new Map<string, string[]>();
  const codesOf = (a: PlanItem['assignees'][number]): string[] => {
    const key = JSON.stringify([a.label, a.unitCode, a.unitKinds]);
    let codes = resolved.get(key);
    if (!codes) {
      codes = resolveAssignee(a, directory, context).map((u) => u.code);
      resolved.set(key, codes);
    }
    return codes;
  };
  // Who each item is assigned to, resolved through the directory once (null: the item names no one).
  const whoOf = (item: PlanItem): Set<string> | null => (item.assignees.length === 0 ? null : new Set(item.assignees.flatMap(codesOf)));
  const tasks = plan.items.filter((i) => i.kind === 'task');
  const items = tasks.length > 0 ? tasks : plan.items.filter((i) => i.kind !== 'section');
  const entry = (item: PlanItem, covers: PlanItem[]): BaseEntry => {
    // "Các huyện, thị, thành ủy xây dựng kế hoạch…": the assignee words say who, not what.
    const own = withoutNames(contentTokens(whatItAsks(item)), item.assignees.map((a) => contentTokens(a.label)));
    const words = own.length >= 2 ? own : contentTokens(item.text);
    const whos = covers.map(whoOf);
    const who = whos.some((w) => w === null) ? null : new Set(whos.flatMap((w) => [...(w ?? [])]));
    return { item, code: normalizeCode(item.code) ?? item.code, words, wordSet: new Set(words), who, tasks: covers };
  };
  const sections = plan.items
    .filter((s) => s.kind === 'section')
    .map((s) => ({ s, covers: items.filter((i) => i.parentCode === s.code) }))
    .filter((x) => x.covers.length > 0)
    .map((x) => {
      // "NỘI DUNG TUYÊN TRUYỀN": the words every heading has say nothing of which section it is.
      const e = entry(x.s, x.covers);
      const words = withoutHeadingWords(e.words);
      return { ...e, words, wordSet: new Set(words) };
    });
  return [...items.map((item) => entry(item, [item])), ...sections];
}

// Words of section headings in general ("II. NỘI DUNG, NHIỆM VỤ CỤ THỂ", "HÌNH THỨC …"), as word pairs.
const HEADING_WORDS = new Set(['noi dung', 'nhiem vu', 'cu the', 'hinh thuc', 'giai phap', 'trong tam', 'chu yeu', 'muc dich', 'yeu cau']);

/** A heading's words without those every heading has: "nội dung tuyên truyền" → "tuyên truyền". */
function withoutHeadingWords(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (HEADING_WORDS.has(`${words[i]} ${words[i + 1]}`)) i++;
    else out.push(words[i] ?? '');
  }
  return out;
}

// "…; thời gian hoàn thành trước ngày 15/10/2025": when, not what — a report rarely repeats it.
const WHEN_CLAUSE = /[;,.]?\s*(thời gian|thời hạn)(\s+(hoàn thành|thực hiện|báo cáo))?\s*:?\s*$/iu;

/** The item's text without its deadline words. */
function whatItAsks(item: PlanItem): string {
  // "Phối hợp: …" (from a task table) names helpers, not what the task is.
  const text = item.text
    .split('\n')
    .filter((line, i) => i === 0 || !line.startsWith(SUPPORT_LINE))
    .join('\n');
  const when = item.deadline?.text ?? '';
  if (when === '' || !text.includes(when)) return text;
  const [before = '', ...after] = text.split(when);
  return `${before.replace(WHEN_CLAUSE, '')} ${after.join(' ')}`.replace(/\s+(ít nhất|tối thiểu)\s+/giu, ' ');
}

/** "Mục III.2.4.", "2.4)", "III-2-4" → "III.2.4"; null when it is not a code. */
export function normalizeCode(raw: string): string | null {
  const s = raw
    .trim()
    .replace(/^(mục|nhiệm vụ|nội dung)\s+/iu, '')
    .replace(/[.):\s]+$/u, '')
    .replace(/[\s-]*\.[\s-]*|-/gu, '.')
    .toUpperCase();
  return /^([IVXLC]+|\d{1,3}|[A-Z])(\.([IVXLC]+|\d{1,3}|[A-Z]))*$/u.test(s) ? s : null;
}

function codeScore(code: string, entry: { code: string }, all: ItemIndex): number {
  if (entry.code === code) return /[.]|^[IVXLC]+$/u.test(code) ? 1 : 0.7; // a bare "1" is often a row counter
  if (code.includes('.') && entry.code.endsWith(`.${code}`)) {
    return all.filter((e) => e.code.endsWith(`.${code}`)).length === 1 ? 0.85 : 0;
  }
  return 0;
}

export function matchItemRow(rawCode: string, text: string, index: ItemIndex, min = 0.5): ItemMatch | null {
  const code = normalizeCode(rawCode);
  const words = new Set(contentTokens(text));
  let best: ItemMatch | null = null;
  for (const e of index) {
    const c = code === null ? 0 : codeScore(code, e, index);
    const t = words.size > 0 ? setSimilarity(words, e.wordSet) : 0;
    let score = t;
    let how = `nội dung giống ${Math.round(t * 100)}%`;
    if (c > 0) {
      score = words.size === 0 ? c : t >= 0.3 ? Math.min(1, c + 0.1) : c * 0.6;
      how = `mã ${rawCode.trim()}${words.size > 0 ? `, nội dung giống ${Math.round(t * 100)}%` : ''}`;
    }
    if (score >= min && (!best || score > best.confidence)) best = { item: e.item, confidence: Math.round(score * 100) / 100, how, tasks: e.tasks };
  }
  return best;
}

const CODE_IN_TEXT = /(?:mục|nhiệm vụ)\s+((?:[IVXLC]+|\d{1,3})(?:\.(?:[IVXLC]+|\d{1,3}|[a-z]))+)/giu;
// "(mục 1, phần II Kế hoạch số 58-KH/TU)": item 1 of part II, written out.
const CODE_IN_WORDS = /mục\s+(\d{1,2})\s*,?\s*phần\s+([IVXLC]+)\b/giu;

/** Item codes a paragraph names: "mục III.2.4", "mục 2, phần II". */
export function codesInText(text: string): Set<string | null> {
  const codes = new Set([...text.matchAll(CODE_IN_TEXT)].map((m) => normalizeCode(m[1] ?? '')));
  for (const m of text.matchAll(CODE_IN_WORDS)) codes.add(normalizeCode(`${m[2] ?? ''}.${m[1] ?? ''}`));
  return codes;
}

/** Items a paragraph speaks of: an explicit "mục III.2.4", or most of the item's words. */
export function itemsInParagraph(text: string, index: ItemIndex, min = 0.7): ItemMatch[] {
  const out: ItemMatch[] = [];
  const codes = codesInText(text);
  const words = new Set(contentTokens(text));
  for (const e of index) {
    if (codes.has(e.code)) {
      out.push({ item: e.item, confidence: 0.95, how: `đoạn văn nêu mục ${e.code}`, tasks: e.tasks });
      continue;
    }
    // Prose that merely sounds like another unit's task is not a report on it (tables may still say so).
    if (e.words.length < 3 || !e.assigned) continue;
    const cov = setCoverage(e.wordSet, words);
    if (cov >= min) out.push({ item: e.item, confidence: Math.round(0.9 * cov * 100) / 100, how: `đoạn văn chứa ${Math.round(cov * 100)}% từ của mục`, tasks: e.tasks });
  }
  return out;
}

/**
 * Items a clause speaks of in its own words: when no item is named by code and none has most of its
 * words in the paragraph — plans written as prose ask in long sentences, and units answer in short
 * ones ("Bồi dưỡng lực lượng: … 02 lớp tập huấn"). The words that tell the plan's items apart decide.
 */
export function itemsInClause(clause: string, heading: string, index: ItemIndex, planTitle: string): ItemMatch[] {
  const hit = distinctWordsMatch(wordPairs(heading, clause), wordPairs(clause), index, topicPairs(planTitle));
  return hit ? [{ item: hit.entry.item, confidence: hit.confidence, how: `đoạn văn nói tới "${hit.words.join('", "')}"`, tasks: hit.entry.tasks }] : [];
}

const topicCache = new Map<string, Set<string>>();

function topicPairs(title: string): Set<string> {
  let t = topicCache.get(title);
  if (!t) {
    t = wordPairs(title);
    if (topicCache.size > 100) topicCache.clear();
    topicCache.set(title, t);
  }
  return t;
}

// A task that asks its units to carry the plan out: "… thực hiện Chỉ thị …, Kế hoạch này", "tổ chức
// triển khai thực hiện Kế hoạch", "căn cứ Kế hoạch này … xây dựng kế hoạch", "… xây dựng kế hoạch thực hiện".
const CARRY_OUT = /\bke hoach nay\b|\b(?:trien khai|thuc hien) ke hoach\b|\bxay dung ke hoach (?:thuc hien|trien khai)\b/u;
// "Ban Thường vụ Huyện ủy đã ban hành Kế hoạch số 64-KH/HU …", "đã xây dựng Kế hoạch số 12/KH-MTTQ":
// the unit's own document to carry it out.
const ISSUED_OWN = /\b(?:ban hanh|xay dung)\s+(?:(?:cac|\d+)\s+)?(?:ke hoach|cong van|nghi quyet|huong dan|chuong trinh|chi thi|quyet dinh|van ban)\b(?:\s+chuyen de)?\s+so\b/u;

/**
 * The item a clause reports when it says the unit issued its own document ("đã ban hành Kế hoạch số
 * 64-KH/HU về công tác đối ngoại nhân dân năm 2020"): the one task that asks this unit, by name, to
 * carry the plan out. The document must be none the plan itself is or cites.
 */
export function itemImplemented(clause: string, index: ItemIndex, planSymbols: ReadonlySet<string>): ItemMatch | null {
  if (!ISSUED_OWN.test(fold(clause))) return null;
  if (!symbolsIn(clause).some((s) => !planSymbols.has(s.key))) return null;
  const asks = index.filter((e) => e.named && e.tasks.length === 1 && CARRY_OUT.test(fold(e.item.text)));
  const only = asks.length === 1 ? asks[0] : undefined;
  return only ? { item: only.item, confidence: 0.8, how: 'đơn vị ban hành văn bản của mình để thực hiện kế hoạch', tasks: only.tasks, saysDone: true } : null;
}
