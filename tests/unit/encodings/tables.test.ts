import { describe, expect, it } from 'vitest';
import { TCVN3_DECODE, TCVN3_ENCODE, TCVN3_LOWERCASE, TCVN3_UPPERCASE } from '../../../shared/legacy-encodings/tcvn3';
import { VNI_ENCODE, VNI_LOWERCASE, VNI_UPPERCASE } from '../../../shared/legacy-encodings/vni';
import { ALL_LETTERS, LOWERCASE_LETTERS, SPECIAL_LETTERS, UPPERCASE_LETTERS } from './vietnamese-letters';

function rowLetters(rows: readonly { letters: string }[]): string[] {
  return rows.flatMap((r) => r.letters.split(' '));
}

describe('letter inventory', () => {
  it('has 73 lowercase and 73 uppercase letters, 134 of them outside ASCII', () => {
    expect(LOWERCASE_LETTERS).toHaveLength(73);
    expect(UPPERCASE_LETTERS).toHaveLength(73);
    expect(new Set(ALL_LETTERS).size).toBe(146);
    expect(SPECIAL_LETTERS).toHaveLength(134);
    expect(LOWERCASE_LETTERS.filter((l) => l.charCodeAt(0) > 0x7f)).toHaveLength(67);
    // Every built letter is a single precomposed code point.
    for (const l of ALL_LETTERS) expect([...l]).toHaveLength(1);
  });
});

describe('TCVN3 table', () => {
  it('lists exactly the Vietnamese letters, in NFC, in the built order', () => {
    expect(rowLetters(TCVN3_LOWERCASE).map((l) => l.normalize('NFC'))).toEqual(LOWERCASE_LETTERS);
    expect(rowLetters(TCVN3_UPPERCASE).map((l) => l.normalize('NFC'))).toEqual(UPPERCASE_LETTERS);
    for (const l of rowLetters([...TCVN3_LOWERCASE, ...TCVN3_UPPERCASE])) expect(l).toBe(l.normalize('NFC'));
  });

  it('encodes every lowercase letter and every code is distinct', () => {
    for (const l of LOWERCASE_LETTERS) expect(TCVN3_ENCODE.has(l)).toBe(true);
    const codes = [...TCVN3_ENCODE.values()];
    expect(new Set(codes).size).toBe(codes.length);
    expect(TCVN3_DECODE.size).toBe(codes.filter((c) => c >= 0x80).length);
  });

  it('uses only 0x80–0xFF for non-ASCII letters, never NBSP or the 0xB0–0xB4 combining-mark slots', () => {
    for (const [letter, code] of TCVN3_ENCODE) {
      if (letter.charCodeAt(0) < 0x80) expect(code).toBe(letter.charCodeAt(0));
      else expect(code).toBeGreaterThanOrEqual(0x80);
      expect(code).not.toBe(0xa0);
      expect(code >= 0xb0 && code <= 0xb4).toBe(false);
    }
  });

  it('puts "ư" on the soft hyphen and the seven base capitals on 0xA1–0xA7', () => {
    expect(TCVN3_ENCODE.get('ư')).toBe(0xad);
    expect(['Ă', 'Â', 'Ê', 'Ô', 'Ơ', 'Ư', 'Đ'].map((l) => TCVN3_ENCODE.get(l))).toEqual([0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7]);
    expect(['ă', 'â', 'ê', 'ô', 'ơ', 'ư', 'đ'].map((l) => TCVN3_ENCODE.get(l))).toEqual([0xa8, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae]);
  });

  it('lacks exactly the twelve capitals the standard puts on C0 control positions', () => {
    const missing = UPPERCASE_LETTERS.filter((l) => !TCVN3_ENCODE.has(l));
    expect(missing.sort()).toEqual(['Ú', 'Ụ', 'Ứ', 'Ừ', 'Ử', 'Ữ', 'Ự', 'Ý', 'Ỳ', 'Ỷ', 'Ỹ', 'Ỵ'].sort());
  });
});

describe('VNI table', () => {
  it('lists exactly the Vietnamese letters in the built order', () => {
    expect(rowLetters(VNI_LOWERCASE).map((l) => l.normalize('NFC'))).toEqual(LOWERCASE_LETTERS);
    expect(rowLetters(VNI_UPPERCASE).map((l) => l.normalize('NFC'))).toEqual(UPPERCASE_LETTERS);
  });

  it('spells all 134 special letters with 1–2 Latin-1 characters, all spellings distinct', () => {
    // í ì Í Ì are spelled by the Latin-1 character of the same code point, so the encode map
    // leaves them out; every other special letter has an entry.
    const identical = ['í', 'ì', 'Í', 'Ì'];
    const spellings = SPECIAL_LETTERS.map((l) => VNI_ENCODE.get(l) ?? l);
    expect(SPECIAL_LETTERS.filter((l) => !VNI_ENCODE.has(l)).sort()).toEqual(identical.sort());
    for (const v of spellings) {
      expect(v.length).toBeGreaterThanOrEqual(1);
      expect(v.length).toBeLessThanOrEqual(2);
      for (const ch of v) expect(ch.charCodeAt(0)).toBeLessThanOrEqual(0xff);
    }
    expect(new Set(spellings).size).toBe(134);
  });

  it('marks capitals with the uppercase mark characters', () => {
    expect(VNI_ENCODE.get('á')).toBe('aù');
    expect(VNI_ENCODE.get('Á')).toBe('AÙ');
    expect(VNI_ENCODE.get('ấ')).toBe('aá');
    expect(VNI_ENCODE.get('Ấ')).toBe('AÁ');
    expect(VNI_ENCODE.get('ơ')).toBe('ô');
    expect(VNI_ENCODE.get('Ư')).toBe('Ö');
    expect(VNI_ENCODE.get('đ')).toBe('ñ');
    expect(VNI_ENCODE.get('Đ')).toBe('Ñ');
    expect(VNI_ENCODE.get('ỵ')).toBe('î');
    expect(VNI_ENCODE.get('ĩ')).toBe('ó');
  });
});
