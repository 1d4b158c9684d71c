import { describe, expect, it } from 'vitest';
import { tcvn3ToUnicode, unicodeToTcvn3, unicodeToVni, vniToUnicode } from '../../../shared/legacy-encodings';
import { TCVN3_ENCODE } from '../../../shared/legacy-encodings/tcvn3';
import { ALL_LETTERS, LOWERCASE_LETTERS, UPPERCASE_LETTERS } from './vietnamese-letters';

const CONSONANTS = ['', 'b', 'ch', 'ngh', 'Th', 'Qu', 'gi'];

describe('TCVN3 round trip', () => {
  it('every lowercase letter and every capital the normal font has: unicode → TCVN3 → unicode', () => {
    const covered = [...LOWERCASE_LETTERS, ...UPPERCASE_LETTERS.filter((l) => TCVN3_ENCODE.has(l))];
    expect(covered).toHaveLength(73 + 61);
    for (const l of covered) {
      const enc = unicodeToTcvn3(l);
      expect([...enc], l).toHaveLength(1);
      expect(tcvn3ToUnicode(enc), l).toBe(l);
      // Same through the cp1252 view of the bytes (Word/Excel show 0x92 as U+2019 …).
      expect(tcvn3ToUnicode(unicodeToTcvn3(l, { cp1252: true })), l).toBe(l);
    }
  });

  it('every capital, including the ones the normal font lacks, through the capitals-only font', () => {
    for (const l of UPPERCASE_LETTERS) {
      const enc = unicodeToTcvn3(l, { capitalsOnly: true });
      expect(tcvn3ToUnicode(enc, { capitalsOnly: true }), l).toBe(l);
    }
  });

  it('capitals missing from the normal font fall back to the lowercase code', () => {
    expect(unicodeToTcvn3('Ứ')).toBe(unicodeToTcvn3('ứ'));
    expect(tcvn3ToUnicode(unicodeToTcvn3('TỶ'))).toBe('Tỷ');
  });

  it('round-trips letters inside syllables and decomposed (NFD) input', () => {
    for (const l of ALL_LETTERS) {
      for (const c of CONSONANTS) {
        const word = `${c}${l}n`;
        if (!TCVN3_ENCODE.has(l) && l === l.toUpperCase() && l !== l.toLowerCase()) continue;
        expect(tcvn3ToUnicode(unicodeToTcvn3(word.normalize('NFD')))).toBe(word.normalize('NFC'));
      }
    }
  });
});

describe('VNI round trip', () => {
  it('every letter in both cases: unicode → VNI → unicode', () => {
    expect(ALL_LETTERS).toHaveLength(146);
    for (const l of ALL_LETTERS) expect(vniToUnicode(unicodeToVni(l)), l).toBe(l);
  });

  it('every letter after every consonant and before every other letter', () => {
    for (const l of ALL_LETTERS) {
      for (const c of ['', 'ngh', 'Qu']) {
        for (const next of ALL_LETTERS) {
          const word = `${c}${l}${next}`;
          expect(vniToUnicode(unicodeToVni(word))).toBe(word);
        }
      }
    }
  });

  it('NFD input encodes like NFC', () => {
    for (const l of ALL_LETTERS) expect(unicodeToVni(l.normalize('NFD'))).toBe(unicodeToVni(l));
  });
});
