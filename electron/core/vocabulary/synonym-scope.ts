// A catalogue figure's usual words, minus those that name another figure of the same plan.
import { fold } from '../../../shared/text';

function pairsOf(s: string): string[] {
  const w = fold(s).split(' ').filter(Boolean);
  return w.slice(1).map((x, i) => `${w[i]} ${x}`);
}

/**
 * The catalogue's `synonyms` for a figure the plan names `own`, without those having a word pair of
 * another figure's name that its own names lack: in a plan that counts "Kiểm tra tổ chức đảng" and
 * "Giám sát chuyên đề" apart, "giám sát" and "cuộc giám sát" are no words for the first.
 */
export function synonymsInScope(own: readonly string[], synonyms: readonly string[], otherNames: readonly string[]): string[] {
  const mine = new Set(own.flatMap(pairsOf));
  const theirs = new Set(otherNames.flatMap(pairsOf).filter((p) => !mine.has(p)));
  // A pair also claims its run-together spelling: "pano" is the "pa-nô" of "Pa-nô, áp phích".
  const joined = new Set([...theirs].map((p) => p.replace(' ', '')));
  const claimed = (s: string): boolean => pairsOf(s).some((p) => theirs.has(p)) || joined.has(fold(s));
  return theirs.size === 0 ? [...synonyms] : synonyms.filter((s) => !claimed(s));
}
