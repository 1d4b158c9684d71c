// TCVN3 (TCVN 5712:1993 "VN3", the ABC font encoding: .VnTime, .VnArial …) as data.
//
// Source: the TCVN 5712:1993 code chart. Lowercase letters and the seven base capitals
// Ă Â Ê Ô Ơ Ư Đ sit in 0xA1–0xFE; the toned capitals the 8-bit fonts carry sit in 0x80–0x9F
// and in the gaps of the lowercase block (0xAF, 0xBA, 0xBF, 0xC0–0xC5, 0xCD, 0xD9–0xDB, 0xE0,
// 0xF0, 0xFF). The standard puts the twelve remaining capitals (Ú Ụ, Ứ Ừ Ử Ữ Ự, Ý Ỳ Ỷ Ỹ Ỵ) on
// C0 control positions that an 8-bit Windows font cannot use, so .VnTime-style fonts lack
// them: typists used the capitals-only ".VnXxxH" fonts, which draw the LOWERCASE code points
// as capitals. Cross-checked by hand against GNU libiconv's TCVN table (lib/tcvn.h) and the
// xvnkb keyboard driver's TCVN table (tcvn.h); both agree with every entry below.
//
// Note 0xAD (soft hyphen) is "ư": nothing may strip soft hyphens before conversion.

/** Tone order of every row: ngang (none), sắc, huyền, hỏi, ngã, nặng. */
export const TONE_ORDER = ['none', 'sắc', 'huyền', 'hỏi', 'ngã', 'nặng'] as const;

/** One row: the six Unicode letters of a vowel (space-separated, in TONE_ORDER) and their
 *  TCVN3 code points; null = the normal fonts have no glyph (use the capitals-only font). */
export interface Tcvn3Row {
  readonly letters: string;
  readonly codes: readonly (number | null)[];
}

export const TCVN3_LOWERCASE: readonly Tcvn3Row[] = [
  { letters: 'a á à ả ã ạ', codes: [0x61, 0xb8, 0xb5, 0xb6, 0xb7, 0xb9] },
  { letters: 'ă ắ ằ ẳ ẵ ặ', codes: [0xa8, 0xbe, 0xbb, 0xbc, 0xbd, 0xc6] },
  { letters: 'â ấ ầ ẩ ẫ ậ', codes: [0xa9, 0xca, 0xc7, 0xc8, 0xc9, 0xcb] },
  { letters: 'e é è ẻ ẽ ẹ', codes: [0x65, 0xd0, 0xcc, 0xce, 0xcf, 0xd1] },
  { letters: 'ê ế ề ể ễ ệ', codes: [0xaa, 0xd5, 0xd2, 0xd3, 0xd4, 0xd6] },
  { letters: 'i í ì ỉ ĩ ị', codes: [0x69, 0xdd, 0xd7, 0xd8, 0xdc, 0xde] },
  { letters: 'o ó ò ỏ õ ọ', codes: [0x6f, 0xe3, 0xdf, 0xe1, 0xe2, 0xe4] },
  { letters: 'ô ố ồ ổ ỗ ộ', codes: [0xab, 0xe8, 0xe5, 0xe6, 0xe7, 0xe9] },
  { letters: 'ơ ớ ờ ở ỡ ợ', codes: [0xac, 0xed, 0xea, 0xeb, 0xec, 0xee] },
  { letters: 'u ú ù ủ ũ ụ', codes: [0x75, 0xf3, 0xef, 0xf1, 0xf2, 0xf4] },
  { letters: 'ư ứ ừ ử ữ ự', codes: [0xad, 0xf8, 0xf5, 0xf6, 0xf7, 0xf9] },
  { letters: 'y ý ỳ ỷ ỹ ỵ', codes: [0x79, 0xfd, 0xfa, 0xfb, 0xfc, 0xfe] },
  { letters: 'đ', codes: [0xae] },
];

export const TCVN3_UPPERCASE: readonly Tcvn3Row[] = [
  { letters: 'A Á À Ả Ã Ạ', codes: [0x41, 0x83, 0x80, 0x81, 0x82, 0x84] },
  { letters: 'Ă Ắ Ằ Ẳ Ẵ Ặ', codes: [0xa1, 0xc0, 0xaf, 0xba, 0xbf, 0x85] },
  { letters: 'Â Ấ Ầ Ẩ Ẫ Ậ', codes: [0xa2, 0xc4, 0xc1, 0xc2, 0xc3, 0x86] },
  { letters: 'E É È Ẻ Ẽ Ẹ', codes: [0x45, 0x8a, 0x87, 0x88, 0x89, 0x8b] },
  { letters: 'Ê Ế Ề Ể Ễ Ệ', codes: [0xa3, 0xda, 0xc5, 0xcd, 0xd9, 0x8c] },
  { letters: 'I Í Ì Ỉ Ĩ Ị', codes: [0x49, 0x90, 0x8d, 0x8e, 0x8f, 0x91] },
  { letters: 'O Ó Ò Ỏ Õ Ọ', codes: [0x4f, 0x95, 0x92, 0x93, 0x94, 0x96] },
  { letters: 'Ô Ố Ồ Ổ Ỗ Ộ', codes: [0xa4, 0xff, 0xdb, 0xe0, 0xf0, 0x97] },
  { letters: 'Ơ Ớ Ờ Ở Ỡ Ợ', codes: [0xa5, 0x9b, 0x98, 0x99, 0x9a, 0x9c] },
  { letters: 'U Ú Ù Ủ Ũ Ụ', codes: [0x55, null, 0x9d, 0x9e, 0x9f, null] },
  { letters: 'Ư Ứ Ừ Ử Ữ Ự', codes: [0xa6, null, null, null, null, null] },
  { letters: 'Y Ý Ỳ Ỷ Ỹ Ỵ', codes: [0x59, null, null, null, null, null] },
  { letters: 'Đ', codes: [0xa7] },
];

function buildEncodeMap(rows: readonly Tcvn3Row[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const row of rows) {
    row.letters.split(' ').forEach((letter, i) => {
      const code = row.codes[i];
      if (code !== null && code !== undefined) map.set(letter.normalize('NFC'), code);
    });
  }
  return map;
}

/** Unicode letter (NFC) → TCVN3 code point, for every letter the normal fonts carry. */
export const TCVN3_ENCODE: ReadonlyMap<string, number> = buildEncodeMap([...TCVN3_LOWERCASE, ...TCVN3_UPPERCASE]);

/** TCVN3 code point (≥ 0x80; ASCII maps to itself) → Unicode letter. */
export const TCVN3_DECODE: ReadonlyMap<number, string> = new Map(
  [...TCVN3_ENCODE].filter(([, code]) => code >= 0x80).map(([letter, code]) => [code, letter]),
);
