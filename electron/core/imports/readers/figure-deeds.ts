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
  const said = after[0] ?? deedAtEnd(lead);
  return said !== null && !own.has(said);
}

/** The words before a number say a deed of the figure's own kind ("xử lý 05 cán bộ" for "… bị xử lý"). */
export function saysOwnDeed(key: string, lead: readonly string[], terms: readonly IndicatorTerm[]): boolean {
  const own = deedsOf(terms).get(key);
  return own !== undefined && deedKinds(lead).some((k) => own.has(k));
}
