// Pure: what OCR gets wrong in the numbers and dates of a Vietnamese report, put right word by word
// before the text is read. Letters that look like digits ("l" "I" "|" for 1, "O" "o" "D" for 0,
// "S" for 5, "Z" for 2) only become digits inside a word that already holds a digit — "l.450",
// "2O19", "l5/7/2019" — so "Số", "ISO" or a unit's name are never touched. Units write thousands
// with '.', and OCR often sees that dot as a comma: "1,450" (a comma before exactly three digits,
// in groups) is a thousands separator, while "12,5" stays a decimal.

const LOOKALIKE: Record<string, string> = { l: '1', I: '1', '|': '1', '!': '1', O: '0', o: '0', D: '0', Q: '0', S: '5', Z: '2' };
const LOOKALIKES = 'lI|!OoDQSZ';
const NUMBERISH = new RegExp(`^[\\d${LOOKALIKES.replace('|', '\\|')}]+([.,/][\\d${LOOKALIKES.replace('|', '\\|')}]+)*$`, 'u');
// Punctuation a number may carry at its ends in running text: "(12", "1.450;", "2019."
const EDGES = /^([("“]*)(.*?)([)"”.,;:]*)$/u;

export type FixedWord = { text: string; changed: boolean };

/** One word as OCR read it → the word with its number or date repaired (or as it was). */
export function fixOcrWord(word: string): FixedWord {
  const m = EDGES.exec(word);
  if (!m) return { text: word, changed: false };
  const [, lead = '', core = '', trail = ''] = m;
  if (!/\d/u.test(core) || !NUMBERISH.test(core)) return { text: word, changed: false };
  let fixed = [...core].map((c) => LOOKALIKE[c] ?? c).join('');
  // "1,450" / "12,345.678": every group after the first has three digits → thousands, written with '.'.
  if (/^\d{1,3}([.,]\d{3})+$/u.test(fixed) && fixed.includes(',')) fixed = fixed.replace(/,/gu, '.');
  const text = `${lead}${fixed}${trail}`;
  return { text, changed: text !== word };
}

/** A date written with letters for digits inside "ngày … tháng … năm …" is fixed by the word rule above; this counts the changes of a line. */
export function fixOcrLine(words: readonly string[]): { words: string[]; changes: number } {
  let changes = 0;
  const out = words.map((w) => {
    const f = fixOcrWord(w);
    if (f.changed) changes++;
    return f.text;
  });
  return { words: out, changes };
}
