// Pure: word-level similarity of Vietnamese phrases, on folded text (no diacritics, no case).
import { fold } from '../../../../shared/text';

// Function words that carry no meaning for telling one task from another.
const STOPWORDS = new Set([
  'cac', 'va', 'cua', 'cho', 'voi', 'de', 'trong', 'tai', 'theo', 've', 'nhung', 'mot', 'la', 'duoc',
  'nham', 'tren', 'tu', 'den', 'nay', 'do', 'khi', 'co', 'the', 'da', 'dang', 'chua', 'so', 'viec',
  'ngay', 'thang', 'nam', 'cong', 'tac', 'thuc', 'hien', 'tiep', 'tuc', 'hoac', 'bao', 'dam',
]);

// Tone marks: one per syllable, placed differently by old and new spelling ("uỷ", "ủy").
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/u;

/**
 * A word as marked, with its tone set apart so "uỷ" and "ủy" are one; null for a word written
 * without marks. Folding makes "căn" and "cán" one word: where both sides are marked, this tells them apart.
 */
export function markedForm(word: string): string | null {
  const d = word.normalize('NFD').toLowerCase();
  if (!/[\u0300-\u036f]|đ/u.test(d)) return null;
  const tone = TONES.exec(d)?.[0] ?? '';
  return d.replace(new RegExp(TONES.source, 'gu'), '').normalize('NFC') + tone;
}

export function tokens(s: string): string[] {
  const folded = fold(s);
  // "pano" is how many write "pa-nô" (folded "pa no"): one spelling for both.
  const f = folded.includes('pano') ? folded.replace(/\bpano\b/gu, 'pa no') : folded;
  return f === '' ? [] : f.split(' ');
}

// Words that fold as a function word does but say what a text is about: "tham nhũng" (not
// "những"), "tài liệu" (not "tại"), "chuyên đề" (not "để"), "cờ", "chợ", "Sở".
const MARKED_CONTENT = /(?<![\p{L}])(?:nhũng|tài|đề|cờ|chợ|sở)(?![\p{L}])/iu;
const MARKED_CONTENT_WORDS = new Set(['nhũng', 'tài', 'đề', 'cờ', 'chợ', 'sở']);

/** Folded words minus function words and bare numbers: what a phrase is about. */
export function contentTokens(s: string): string[] {
  const words = tokens(s);
  const raw = MARKED_CONTENT.test(s.normalize('NFC')) ? s.normalize('NFC').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean) : null;
  // Only where the words as written line up with the folded ones (a folded "pano" splits in two).
  const kept = raw !== null && raw.length === words.length ? raw : null;
  return words.filter((t, i) => (!STOPWORDS.has(t) || (kept !== null && MARKED_CONTENT_WORDS.has(kept[i] ?? ''))) && !/^\d+$/.test(t));
}

function common(A: ReadonlySet<string>, B: ReadonlySet<string>): number {
  let n = 0;
  for (const t of A) if (B.has(t)) n++;
  return n;
}

/** Dice coefficient on word sets: 2|A∩B| / (|A|+|B|). */
export function dice(a: readonly string[], b: readonly string[]): number {
  return setDice(new Set(a), new Set(b));
}

export function setDice(A: ReadonlySet<string>, B: ReadonlySet<string>): number {
  return A.size === 0 || B.size === 0 ? 0 : (2 * common(A, B)) / (A.size + B.size);
}

/** Share of `part`'s words found in `whole`: how much of an item a long paragraph covers. */
export function setCoverage(part: ReadonlySet<string>, whole: ReadonlySet<string>): number {
  return part.size === 0 ? 0 : common(part, whole) / part.size;
}

export function coverage(part: readonly string[], whole: readonly string[]): number {
  return setCoverage(new Set(part), new Set(whole));
}

/** Short phrase against short phrase (a table row against a plan item), on word sets. */
export function setSimilarity(A: ReadonlySet<string>, B: ReadonlySet<string>): number {
  if (A.size === 0 || B.size === 0) return 0;
  const n = common(A, B);
  const d = (2 * n) / (A.size + B.size);
  // A row often repeats the item's gist in fewer words: containment counts, a little less than equality.
  const shorter = Math.min(A.size, B.size);
  const contained = shorter >= 3 ? (0.9 * n) / shorter : 0;
  return Math.max(d, contained);
}

export function phraseSimilarity(a: readonly string[], b: readonly string[]): number {
  return setSimilarity(new Set(a), new Set(b));
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
 * A title less its "Báo cáo": every report's title starts so, and "cáo" (no function word, unlike
 * "báo") would pair with the subject's first word. "Báo cáo viên" (a speaker) is a subject.
 */
function withoutReportWord(title: string): string {
  return title.replace(/b[áa]o\s+c[áa]o(?!\s+vi[êe]n)/giu, ' ');
}

/**
 * How much of a title's subject a longer text speaks of: the share of the title's word pairs found
 * in it. Pairs, not words: "công tác dân vận" and "đối ngoại nhân dân" share "dân" but no pair.
 */
export function topicCoverage(title: string, text: string): number {
  const t = bigrams(contentTokens(withoutReportWord(title)));
  if (t.size === 0) return 0;
  const all = bigrams(contentTokens(text));
  let n = 0;
  for (const b of t) if (all.has(b)) n++;
  return n / t.size;
}

/** Every word of `short` in `long`, in the same order. */
export function inOrder(short: readonly string[], long: readonly string[]): boolean {
  let j = 0;
  for (const w of long) if (w === short[j]) j++;
  return j === short.length;
}
