// Pure: what a plan's figure says was done to what it counts ("Kiến nghị … được giải quyết", "Mô
// hình … được công nhận"), against the deed a report says of a number ("tiếp nhận 268 kiến nghị").
import { DEED_KINDS, LEAD_FILLERS } from '../../vocabulary/figure-words';
import type { IndicatorTerm } from './indicator-match';

// The kind of each deed verb ("tiếp nhận" → receive), and what a plan's figure says was done to
// what it counts: the kinds of the deeds after "được"/"bị" in its name.
const DEED_KIND = new Map(Object.entries(DEED_KINDS).flatMap(([kind, verbs]) => verbs.map((v) => [v, kind] as const)));
const PASSIVE = new Set(['duoc', 'bi']);
const deedCache = new WeakMap<readonly IndicatorTerm[], Map<string, Set<string>>>();

/** The kinds of the deeds in these words, two-word verbs first ("công nhận" before "nhận"). */
function deedKinds(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const pair = DEED_KIND.get(`${words[i]} ${words[i + 1]}`);
    const one = pair ?? DEED_KIND.get(words[i] ?? '');
    if (one !== undefined) out.push(one);
    if (pair !== undefined) i++;
  }
  return out;
}

function deedsOf(terms: readonly IndicatorTerm[]): Map<string, Set<string>> {
  let m = deedCache.get(terms);
  if (!m) {
    m = new Map();
    for (const t of terms) {
      const at = t.words.findIndex((w, i) => i >= 1 && PASSIVE.has(w));
      if (!t.fromPlan || t.measure || at < 0) continue;
      const kinds = deedKinds(t.words.slice(at + 1));
      if (kinds.length > 0) m.set(t.key, new Set([...(m.get(t.key) ?? []), ...kinds]));
    }
    deedCache.set(terms, m);
  }
  return m;
}

// After a verb, words that say when or how much, not what: "khởi tố mới 04 vụ án".
const AFTER_VERB = new Set([...LEAD_FILLERS, 'moi', 'hon', 'tren', 'gan']);

/** The kind of the deed a few words end with ("… đã tiếp nhận"), words after the verb aside; null when none is known. */
function deedAtEnd(words: readonly string[]): string | null {
  const w = [...words];
  while (w.length > 0 && AFTER_VERB.has(w[w.length - 1] ?? '')) w.pop();
  return DEED_KIND.get(w.slice(-2).join(' ')) ?? DEED_KIND.get(w[w.length - 1] ?? '') ?? null;
}

/** The kind of the last two-word deed in these words ("công nhận"), null when none. */
function pairDeed(words: readonly string[]): string | null {
  for (let i = words.length - 2; i >= 0; i--) {
    const kind = DEED_KIND.get(`${words[i]} ${words[i + 1]}`);
    if (kind !== undefined) return kind;
  }
  return null;
}

/**
 * "tiếp nhận 268 kiến nghị" for "Kiến nghị … được giải quyết"; "15 mô hình … được xây dựng" for
 * "Mô hình … được công nhận": a figure whose name says what was done to what it counts is not a
 * number said with a deed of another kind, before it or after it. A deed of its own kind said with
 * another keeps it ("xử lý kỷ luật 05 cán bộ" for "… bị xử lý").
 */
export function saysOtherDeed(key: string, lead: readonly string[], window: readonly string[], terms: readonly IndicatorTerm[]): boolean {
  const own = deedsOf(terms).get(key);
  if (!own) return false;
  const passive = window.findIndex((w) => PASSIVE.has(w));
  const after = passive < 0 ? [] : deedKinds(window.slice(passive + 1, passive + 3));
  if (after.some((k) => own.has(k)) || deedKinds(lead).some((k) => own.has(k))) return false;
  // "công nhận chính thức 03 đảng viên": a deed of two words said before the words that end the
  // lead is said too (one word may be the tail of a verb the lead cut: "nhận" of "công nhận").
  const said = after[0] ?? deedAtEnd(lead) ?? pairDeed(lead);
  return said !== null && !own.has(said);
}

/** The words before a number say a deed of the figure's own kind ("xử lý 05 cán bộ" for "… bị xử lý"). */
export function saysOwnDeed(key: string, lead: readonly string[], terms: readonly IndicatorTerm[]): boolean {
  const own = deedsOf(terms).get(key);
  return own !== undefined && deedKinds(lead).some((k) => own.has(k));
}

/**
 * A table row's label that says a deed, none of the figure's own kind ("Đảng viên dự bị được công nhận
 * chính thức" for "Số đảng viên mới được kết nạp"): the row is another figure's, however its people match.
 */
export function labelSaysOtherDeed(key: string, label: readonly string[], terms: readonly IndicatorTerm[]): boolean {
  const own = deedsOf(terms).get(key);
  if (!own) return false;
  // Verbs of two words only ("nhận" of "cá nhân" is no receiving), and none that says only that
  // something was held or attended ("Số người tham gia" may be the people trained).
  // A verb the figure's own name says too is a part of what it counts ("Camera giám sát …").
  const named = new Set(terms.filter((t) => t.key === key && !t.measure).flatMap((t) => t.words.slice(1).map((w, i) => `${t.words[i]} ${w}`)));
  const kinds: string[] = [];
  for (let i = 0; i + 1 < label.length; i++) {
    const pair = `${label[i]} ${label[i + 1]}`;
    const kind = DEED_KIND.get(pair);
    if (kind !== undefined && !PLAIN_DEEDS.has(kind) && !named.has(pair)) kinds.push(kind);
  }
  return kinds.length > 0 && !kinds.some((k) => own.has(k));
}

// Deeds said of anything done or attended: no row's label tells a figure by them.
const PLAIN_DEEDS = new Set(['build', 'join']);
