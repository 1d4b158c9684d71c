// Pure: how much a word pair tells one plan item from the others (inverse document frequency over
// the items a unit reports on), and the item a short text points at by those pairs. Pairs, not
// syllables: Vietnamese words are mostly two syllables ("chỉ đạo", "chỉ thị" share only "chỉ").
import type { ItemIndex } from './item-match';
import { contentTokens } from './similarity';

/** `pairs`: each item's pairs, by its words; `saidBy`: the items (by their words) that say a pair. */
type Weights = { idf: Map<string, number>; pairs: Map<readonly string[], Set<string>>; saidBy: Map<string, (readonly string[])[]> };
// The index is copied for each reporting unit (item-match.ts) and the copies share their entries'
// word arrays; the weights do not depend on the unit, so they are kept by the first entry's words.
const cache = new WeakMap<readonly string[], Weights>();

function pairsOf(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < words.length; i++) out.add(`${words[i]} ${words[i + 1]}`);
  return out;
}

/** The content words' pairs of each text, none across texts (a heading and its paragraph). */
export function wordPairs(...texts: string[]): Set<string> {
  const out = new Set<string>();
  for (const t of texts) for (const p of pairsOf(contentTokens(t))) out.add(p);
  return out;
}

function weightsOf(index: ItemIndex): Weights {
  const key = index[0]?.words;
  const hit = key && cache.get(key);
  if (hit) return hit;
  const pairs = new Map<readonly string[], Set<string>>(index.map((e) => [e.words, pairsOf(e.words)]));
  const saidBy = new Map<string, (readonly string[])[]>();
  for (const [words, set] of pairs) for (const p of set) saidBy.set(p, [...(saidBy.get(p) ?? []), words]);
  const n = index.length;
  // A pair every item says ("đối ngoại", "nhân dân" in a plan on đối ngoại nhân dân) weighs nothing.
  const idf = new Map([...saidBy].map(([p, by]) => [p, Math.max(0, Math.log(n / by.length))]));
  const built = { idf, pairs, saidBy };
  if (key) cache.set(key, built);
  return built;
}

// What a clause must share with an item, in weight: two pairs no other item uses, or more that few
// others do. And how far ahead of the runner-up the item must be.
const MIN_WEIGHT = 4;
const MIN_LEAD = 1.4;
const MIN_OWN = 1.5;
const CONFIDENCE = 0.8;
// Organs by their folded word pairs ("Ban Thường vụ Tỉnh ủy", "Trung ương", "Ủy ban nhân dân").
const WHO = new Set(['tinh uy', 'huyen uy', 'thanh uy', 'thi uy', 'quan uy', 'dang uy', 'ban thuong', 'thuong vu', 'thuong truc', 'trung uong', 'ban bi', 'bi thu', 'uy ban', 'ban nhan']);

/**
 * The item whose telling word pairs a text (`pairs`: a clause's own, `own`, and its heading's)
 * shares most, when that is enough and clearly ahead of any other item (the section an item sits
 * in, or a task of the section that won, is no rival).
 */
export function distinctWordsMatch(
  pairs: ReadonlySet<string>,
  own: ReadonlySet<string>,
  index: ItemIndex,
  topic: ReadonlySet<string>,
): { entry: ItemIndex[number]; confidence: number; words: string[] } | null {
  const w = weightsOf(index);
  // The plan's own subject ("đối ngoại nhân dân", "nâng cao hiệu quả") is said of every item, and
  // the organs a sentence names say who, not what.
  const weight = (p: string): number => (topic.has(p) || WHO.has(p) ? 0 : (w.idf.get(p) ?? 0));
  // Only the items that say one of the text's pairs are scored: a clause is matched against a whole plan.
  const saying = new Set([...pairs].flatMap((p) => w.saidBy.get(p) ?? []));
  const scored = index
    .filter((e) => e.assigned && e.words.length >= 3 && saying.has(e.words))
    .map((e) => {
      const shared = [...(w.pairs.get(e.words) ?? [])].filter((p) => pairs.has(p));
      return { e, shared, weight: shared.reduce((s, p) => s + weight(p), 0) };
    })
    .sort((a, b) => b.weight - a.weight);
  const top = scored[0];
  if (!top || top.weight < MIN_WEIGHT) return null;
  // The heading helps a clause say which item; it cannot say it alone ("… ; dự kiến ban hành trong quý I").
  if (top.shared.filter((p) => own.has(p)).reduce((s, p) => s + weight(p), 0) < MIN_OWN) return null;
  const related = (x: ItemIndex[number]): boolean => x.tasks.some((t) => top.e.tasks.includes(t));
  const rival = scored.find((x) => x !== top && !related(x.e));
  if (rival && top.weight < MIN_LEAD * rival.weight) return null;
  const telling = top.shared.filter((p) => weight(p) > 1).slice(0, 4);
  return { entry: top.e, confidence: CONFIDENCE, words: telling };
}
