// The full Vietnamese letter inventory, built from first principles (base letter + combining
// vowel mark + combining tone, composed with NFC) so the tests do not trust the tables they check.

const BREVE = '\u0306';
const CIRCUMFLEX = '\u0302';
const HORN = '\u031b';

/** ngang, sắc, huyền, hỏi, ngã, nặng */
export const TONES: readonly string[] = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'];

/** The twelve vowels a ă â e ê i o ô ơ u ư y as base + vowel mark. */
const VOWEL_BASES: readonly string[] = ['a', 'a' + BREVE, 'a' + CIRCUMFLEX, 'e', 'e' + CIRCUMFLEX, 'i', 'o', 'o' + CIRCUMFLEX, 'o' + HORN, 'u', 'u' + HORN, 'y'];

function build(upper: boolean): string[] {
  const letters: string[] = [];
  for (const base of VOWEL_BASES) {
    const b = upper ? base.charAt(0).toUpperCase() + base.slice(1) : base;
    for (const tone of TONES) letters.push((b + tone).normalize('NFC'));
  }
  letters.push(upper ? '\u0110' : '\u0111');
  return letters;
}

export const LOWERCASE_LETTERS: readonly string[] = build(false);
export const UPPERCASE_LETTERS: readonly string[] = build(true);
export const ALL_LETTERS: readonly string[] = [...LOWERCASE_LETTERS, ...UPPERCASE_LETTERS];
/** Letters outside ASCII: the 67 + 67 "accented or special" ones. */
export const SPECIAL_LETTERS: readonly string[] = ALL_LETTERS.filter((l) => l.charCodeAt(0) > 0x7f);
