// VNI Windows encoding (fonts "VNI-Times", "VNI-Helve" …) as data.
//
// VNI writes most vowels as the base letter followed by ONE Latin-1 "mark" character that
// carries the vowel mark and/or tone (a + ù = á, a + â = â, a + á = ấ, a + ê = ă, a + é = ắ);
// ơ, ư, đ, the toned i's and ỵ are single characters of their own (ô, ö, ñ, í ì æ ó ò, î).
// Capitals use their own, uppercase mark characters (A + Ù = Á), not the lowercase ones.
// Source: the VNI Windows code chart as implemented by VNI/VietKey/Unikey; cross-checked entry
// by entry against the xvnkb keyboard driver's VNI table (vni.h), which agrees with every row.
// The issue notes npm converters get parts of VNI wrong: these rows are the reference.
//
// Each row: the six Unicode letters of a vowel and their VNI spellings, space-separated,
// in the tone order ngang, sắc, huyền, hỏi, ngã, nặng (see TONE_ORDER in tcvn3.ts).

export interface VniRow {
  readonly letters: string;
  readonly vni: string;
}

export const VNI_LOWERCASE: readonly VniRow[] = [
  { letters: 'a á à ả ã ạ', vni: 'a aù aø aû aõ aï' },
  { letters: 'ă ắ ằ ẳ ẵ ặ', vni: 'aê aé aè aú aü aë' },
  { letters: 'â ấ ầ ẩ ẫ ậ', vni: 'aâ aá aà aå aã aä' },
  { letters: 'e é è ẻ ẽ ẹ', vni: 'e eù eø eû eõ eï' },
  { letters: 'ê ế ề ể ễ ệ', vni: 'eâ eá eà eå eã eä' },
  { letters: 'i í ì ỉ ĩ ị', vni: 'i í ì æ ó ò' },
  { letters: 'o ó ò ỏ õ ọ', vni: 'o où oø oû oõ oï' },
  { letters: 'ô ố ồ ổ ỗ ộ', vni: 'oâ oá oà oå oã oä' },
  { letters: 'ơ ớ ờ ở ỡ ợ', vni: 'ô ôù ôø ôû ôõ ôï' },
  { letters: 'u ú ù ủ ũ ụ', vni: 'u uù uø uû uõ uï' },
  { letters: 'ư ứ ừ ử ữ ự', vni: 'ö öù öø öû öõ öï' },
  { letters: 'y ý ỳ ỷ ỹ ỵ', vni: 'y yù yø yû yõ î' },
  { letters: 'đ', vni: 'ñ' },
];

export const VNI_UPPERCASE: readonly VniRow[] = [
  { letters: 'A Á À Ả Ã Ạ', vni: 'A AÙ AØ AÛ AÕ AÏ' },
  { letters: 'Ă Ắ Ằ Ẳ Ẵ Ặ', vni: 'AÊ AÉ AÈ AÚ AÜ AË' },
  { letters: 'Â Ấ Ầ Ẩ Ẫ Ậ', vni: 'AÂ AÁ AÀ AÅ AÃ AÄ' },
  { letters: 'E É È Ẻ Ẽ Ẹ', vni: 'E EÙ EØ EÛ EÕ EÏ' },
  { letters: 'Ê Ế Ề Ể Ễ Ệ', vni: 'EÂ EÁ EÀ EÅ EÃ EÄ' },
  { letters: 'I Í Ì Ỉ Ĩ Ị', vni: 'I Í Ì Æ Ó Ò' },
  { letters: 'O Ó Ò Ỏ Õ Ọ', vni: 'O OÙ OØ OÛ OÕ OÏ' },
  { letters: 'Ô Ố Ồ Ổ Ỗ Ộ', vni: 'OÂ OÁ OÀ OÅ OÃ OÄ' },
  { letters: 'Ơ Ớ Ờ Ở Ỡ Ợ', vni: 'Ô ÔÙ ÔØ ÔÛ ÔÕ ÔÏ' },
  { letters: 'U Ú Ù Ủ Ũ Ụ', vni: 'U UÙ UØ UÛ UÕ UÏ' },
  { letters: 'Ư Ứ Ừ Ử Ữ Ự', vni: 'Ö ÖÙ ÖØ ÖÛ ÖÕ ÖÏ' },
  { letters: 'Y Ý Ỳ Ỷ Ỹ Ỵ', vni: 'Y YÙ YØ YÛ YÕ Î' },
  { letters: 'Đ', vni: 'Ñ' },
];

function pairs(rows: readonly VniRow[]): [string, string][] {
  const out: [string, string][] = [];
  for (const row of rows) {
    const letters = row.letters.split(' ');
    const codes = row.vni.split(' ');
    letters.forEach((letter, i) => out.push([letter.normalize('NFC'), codes[i] ?? letter]));
  }
  return out;
}

const ALL = pairs([...VNI_LOWERCASE, ...VNI_UPPERCASE]);

/** Unicode letter (NFC) → its VNI spelling (one or two characters). */
export const VNI_ENCODE: ReadonlyMap<string, string> = new Map(ALL.filter(([letter, vni]) => letter !== vni));

/** Single VNI characters that are letters by themselves (ô → ơ, ñ → đ, ó → ĩ …). */
export const VNI_DECODE_SINGLE: ReadonlyMap<string, string> = new Map(
  ALL.filter(([letter, vni]) => vni.length === 1 && letter !== vni).map(([letter, vni]) => [vni, letter]),
);

// Two-character spellings. Besides the canonical ones, accept a mark in the "wrong" case
// (a + Ù, A + ù: hand-edited or case-changed text) — the base letter decides the case — and
// "yï" for ỵ, which some converters emit instead of î.
function buildPairDecoder(): Map<string, string> {
  const map = new Map<string, string>();
  for (const [letter, vni] of ALL) {
    if (vni.length !== 2) continue;
    const base = vni.charAt(0);
    const mark = vni.charAt(1);
    map.set(vni, letter);
    for (const variant of [mark.toLowerCase(), mark.toUpperCase()]) {
      if (!map.has(base + variant)) map.set(base + variant, letter);
    }
  }
  map.set('yï', 'ỵ');
  map.set('yÏ', 'ỵ');
  map.set('YÏ', 'Ỵ');
  map.set('Yï', 'Ỵ');
  return map;
}

export const VNI_DECODE_PAIR: ReadonlyMap<string, string> = buildPairDecoder();
