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

// Words that say "how many" or join others: no kind of their own.
const FUNCTION_WORDS = new Set(['so', 'tong', 'luong', 'cac', 'va', 'cua', 'cho', 'voi', 'tai', 'trong', 'theo', 'tren', 'duoc', 'bi', 'da']);

function wordsOf(s: string): string[] {
  return fold(s).split(' ').filter((w) => w !== '' && !FUNCTION_WORDS.has(w));
}

/**
 * A plan's figure that counts a narrower kind than the catalogue's figure it was taken for:
 * measured otherwise, and named by words the catalogue's have not ("Hội nghị đối thoại với Nhân
 * dân | Cuộc" beside "Số hội nghị, lớp quán triệt | hội nghị"). Then the catalogue's words that its
 * own names lack ("quán triệt", "lớp", "học tập") speak of another kind: they are returned, to be
 * left out of its words and to stop "02 hội nghị quán triệt" being read as it. Null when not narrower.
 */
export function otherKindWords(own: readonly string[], measure: string, catalogue: { measure: string; synonyms: readonly string[] }): Set<string> | null {
  if (fold(measure) === fold(catalogue.measure)) return null;
  const mine = new Set([...own, measure].flatMap(wordsOf));
  const theirs = new Set([catalogue.measure, ...catalogue.synonyms].flatMap(wordsOf));
  if (![...mine].some((w) => !theirs.has(w))) return null;
  const other = new Set([...theirs].filter((w) => !mine.has(w)));
  return other.size === 0 ? null : other;
}

/** The catalogue's words less those of another kind. */
export function withoutOtherKind(synonyms: readonly string[], other: ReadonlySet<string> | null): string[] {
  return other === null ? [...synonyms] : synonyms.filter((s) => !wordsOf(s).some((w) => other.has(w)));
}
