// Is a word a well-formed Vietnamese syllable? Used by detection: legacy text decoded with the
// right table turns into valid syllables, while the same bytes read as Unicode (or decoded
// with the wrong table) mostly do not ("th¸ng" → "tháng"; French "été" → TCVN3 "ộtộ").
// Structure: onset + vowel cluster + final consonant, at most one tone, and the rule that
// syllables closed by c/ch/p/t take only the sắc or nặng tone. Deliberately a little lenient
// (it does not check every onset/rhyme pairing): it only has to separate Vietnamese from noise.

const ACUTE = '\u0301';
const DOT_BELOW = '\u0323';
const TONE_MARKS: ReadonlySet<string> = new Set(['\u0300', ACUTE, '\u0303', '\u0309', DOT_BELOW]);
const VOWEL_BASES: ReadonlySet<string> = new Set(['a', 'e', 'i', 'o', 'u', 'y']);

// Longest first, so "ngh" is tried before "ng" and "n"; "" allows vowel-initial syllables.
const ONSETS: readonly string[] = [
  'ngh', 'ch', 'gh', 'gi', 'kh', 'ng', 'nh', 'ph', 'qu', 'th', 'tr',
  'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x', '',
];

const CODAS: readonly string[] = ['ng', 'nh', 'ch', 'c', 'm', 'n', 'p', 't', ''];
const STOP_CODAS: ReadonlySet<string> = new Set(['c', 'ch', 'p', 't']);

const VOWEL_CLUSTERS: ReadonlySet<string> = new Set([
  'a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y',
  'ai', 'ao', 'au', 'ay', 'âu', 'ây', 'eo', 'êu', 'ia', 'iê', 'iu', 'oa', 'oă', 'oe', 'oi', 'ôi',
  'ơi', 'oo', 'ua', 'uâ', 'uê', 'ui', 'uô', 'uơ', 'ưa', 'ưi', 'ươ', 'ưu', 'uy', 'yê',
  'iêu', 'oai', 'oao', 'oay', 'oeo', 'uây', 'uôi', 'uya', 'uyê', 'uyu', 'ươi', 'ươu', 'yêu',
]);

// Clusters that cannot end a syllable (need a final consonant) …
const NEEDS_CODA: ReadonlySet<string> = new Set(['ă', 'â', 'oă', 'uâ', 'iê', 'yê', 'uô', 'ươ', 'uyê']);
// … and clusters that already end in a glide, so take no final consonant.
const NO_CODA: ReadonlySet<string> = new Set([
  'ai', 'ao', 'au', 'ay', 'âu', 'ây', 'eo', 'êu', 'ia', 'iu', 'oi', 'ôi', 'ơi', 'ua', 'ui', 'ưa',
  'ưi', 'ưu', 'iêu', 'oai', 'oao', 'oay', 'oeo', 'uây', 'uôi', 'uya', 'uyu', 'ươi', 'ươu', 'yêu',
]);

function rhymeIsValid(rhyme: string, tone: string | null): boolean {
  for (const coda of CODAS) {
    if (!rhyme.endsWith(coda)) continue;
    const cluster = rhyme.slice(0, rhyme.length - coda.length);
    if (!VOWEL_CLUSTERS.has(cluster)) continue;
    if (coda === '' && NEEDS_CODA.has(cluster)) continue;
    if (coda !== '' && NO_CODA.has(cluster)) continue;
    if (STOP_CODAS.has(coda) && tone !== ACUTE && tone !== DOT_BELOW) continue;
    return true;
  }
  return false;
}

/** True for one Vietnamese syllable in any case ("Việt", "NGƯỜI", "ủy"). */
export function isVietnameseSyllable(word: string): boolean {
  if (word.length === 0 || word.length > 8) return false;
  let tone: string | null = null;
  let bare = '';
  let lastBase = '';
  for (const ch of word.toLowerCase().normalize('NFD')) {
    if (TONE_MARKS.has(ch)) {
      // A tone sits on a vowel; "ñ" also decomposes to n + U+0303 but is no toned letter.
      if (tone !== null || !VOWEL_BASES.has(lastBase)) return false;
      tone = ch;
    } else {
      bare += ch;
      if (!/\p{M}/u.test(ch)) lastBase = ch;
    }
  }
  bare = bare.normalize('NFC');
  for (const onset of ONSETS) {
    if (!bare.startsWith(onset)) continue;
    const rhyme = bare.slice(onset.length);
    if (rhyme.length > 0 && rhymeIsValid(rhyme, tone)) return true;
  }
  return false;
}

/** Upper-case abbreviations such as "HĐND", "QĐ", "TU" are fine inside Vietnamese text. */
export function isAbbreviation(word: string): boolean {
  return /^[A-ZĐ]{1,6}$/u.test(word);
}
