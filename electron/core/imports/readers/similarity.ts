// Pure: word-level similarity of Vietnamese phrases, on folded text (no diacritics, no case).
import { fold } from '../../../../shared/text';

// Function words that carry no meaning for telling one task from another.
const STOPWORDS = new Set([
  'cac', 'va', 'cua', 'cho', 'voi', 'de', 'trong', 'tai', 'theo', 've', 'nhung', 'mot', 'la', 'duoc',
  'nham', 'tren', 'tu', 'den', 'nay', 'do', 'khi', 'co', 'the', 'da', 'dang', 'chua', 'so', 'viec',
  'ngay', 'thang', 'nam', 'cong', 'tac', 'thuc', 'hien', 'tiep', 'tuc', 'hoac', 'bao', 'dam',
]);

export function tokens(s: string): string[] {
  const f = fold(s);
  return f === '' ? [] : f.split(' ');
}

/** Folded words minus function words and bare numbers: what a phrase is about. */
export function contentTokens(s: string): string[] {
  return tokens(s).filter((t) => !STOPWORDS.has(t) && !/^\d+$/.test(t));
}

/** Dice coefficient on word sets: 2|A∩B| / (|A|+|B|). */
export function dice(a: readonly string[], b: readonly string[]): number {
  const A = new Set(a);
  const B = new Set(b);
  if (A.size === 0 || B.size === 0) return 0;
  let common = 0;
  for (const t of A) if (B.has(t)) common++;
  return (2 * common) / (A.size + B.size);
}

/** Share of `part`'s words found in `whole`: how much of an item a long paragraph covers. */
export function coverage(part: readonly string[], whole: readonly string[]): number {
  const P = new Set(part);
  if (P.size === 0) return 0;
  const W = new Set(whole);
  let found = 0;
  for (const t of P) if (W.has(t)) found++;
  return found / P.size;
}

/** Short phrase against short phrase (a table row against a plan item). */
export function phraseSimilarity(a: readonly string[], b: readonly string[]): number {
  const d = dice(a, b);
  const shorter = new Set(a).size <= new Set(b).size ? a : b;
  const longer = shorter === a ? b : a;
  // A row often repeats the item's gist in fewer words: containment counts, a little less than equality.
  const contained = new Set(shorter).size >= 3 ? 0.9 * coverage(shorter, longer) : 0;
  return Math.max(d, contained);
}

/** `needle` as consecutive words of `hay`. */
export function containsRun(hay: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0 || needle.length > hay.length) return false;
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

function bigrams(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < words.length; i++) out.add(`${words[i]} ${words[i + 1]}`);
  return out;
}

/**
 * How much of a title's subject a longer text speaks of: the share of the title's word pairs found
 * in it. Pairs, not words: "công tác dân vận" and "đối ngoại nhân dân" share "dân" but no pair.
 */
export function topicCoverage(title: string, text: string): number {
  const t = bigrams(contentTokens(title));
  if (t.size === 0) return 0;
  const all = bigrams(contentTokens(text));
  let n = 0;
  for (const b of t) if (all.has(b)) n++;
  return n / t.size;
}
