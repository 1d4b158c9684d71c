// Guess whether text with no known font is TCVN3 or VNI mojibake.
//
// Signature counting alone misfires: "à é ô" are TCVN3 bytes but also ordinary French, and
// Unicode Vietnamese "hoá" contains the VNI pair "oá". So each whitespace-separated chunk with
// non-ASCII characters votes by *outcome*: a chunk votes for an encoding when it does not read
// as Vietnamese as it stands but decodes, with that encoding's table, into valid Vietnamese
// syllables ("th¸ng" → "tháng", "Vieät" → "Việt"). Chunks already holding Unicode-only
// Vietnamese letters (ư, ơ, đ, ạ …, or combining marks), or that read as Vietnamese as they
// stand and under no decoding, count against. Chunks valid both ways ("có" = TCVN3 "cú") and
// lone symbols ("—", "•", "«": punctuation, yet TCVN3 letters under cp1252) abstain.
// Confidence = share of voting chunks × a saturation term so that one word is never enough.

import { tcvn3ToUnicode, vniToUnicode } from './convert';
import { isAbbreviation, isVietnameseSyllable } from './syllable';
import type { LegacyDetection } from './types';

/** Minimum confidence to report an encoding; a single matching word stays below it. */
export const DETECTION_THRESHOLD = 0.6;

// Enough chunks to decide; keeps detection cheap on whole documents.
const MAX_MARKED_CHUNKS = 5000;

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7e) return false;
  return true;
}

// Letters legacy bytes can never produce: ă đ ĩ ũ ơ ư (both cases), U+1EA0–U+1EF9, and
// combining marks (NFD Vietnamese).
function hasUnicodeVietnamese(s: string): boolean {
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp >= 0x0300 && cp <= 0x036f) return true;
    if (cp >= 0x1ea0 && cp <= 0x1ef9) return true;
    if (cp === 0x0102 || cp === 0x0103 || cp === 0x0110 || cp === 0x0111) return true;
    if (cp === 0x0128 || cp === 0x0129 || cp === 0x0168 || cp === 0x0169) return true;
    if (cp === 0x01a0 || cp === 0x01a1 || cp === 0x01af || cp === 0x01b0) return true;
  }
  return false;
}

/** Every letter run of decoded text is a Vietnamese syllable or an upper-case abbreviation. */
function readsAsVietnamese(text: string): boolean {
  const words = text.split(/[^\p{L}\p{M}]+/u).filter((w) => w.length > 0);
  return words.length > 0 && words.every((w) => isVietnameseSyllable(w) || isAbbreviation(w));
}

// The chunk as it stands: only ASCII punctuation and Unicode general punctuation (quotes,
// dashes) around it and ASCII separators inside (12-NQ/TU) split it. Latin-1 symbols are kept,
// so a legacy byte anywhere in a word ("th¸ng", "C¬", "HI\u008cN") keeps the word invalid.
const EDGE_PUNCTUATION = /^[\x21-\x40\x5b-\x60\x7b-\x7e\u2010-\u205e]+|[\x21-\x40\x5b-\x60\x7b-\x7e\u2010-\u205e]+$/g;

function originalReadsAsVietnamese(chunk: string): boolean {
  const core = chunk.replace(EDGE_PUNCTUATION, '');
  const words = core.split(/[\x20-\x40\x5b-\x60\x7b-\x7e]+/).filter((w) => w.length > 0);
  return words.length > 0 && words.every((w) => isVietnameseSyllable(w) || isAbbreviation(w));
}

function hasAsciiLetter(s: string): boolean {
  return /[A-Za-z]/.test(s);
}

function score(votes: number, marked: number): number {
  if (marked === 0 || votes === 0) return 0;
  return Math.round((votes / marked) * (1 - 0.5 ** votes) * 1000) / 1000;
}

export function detectLegacyEncoding(s: string): LegacyDetection {
  let marked = 0;
  let tcvn3 = 0;
  let vni = 0;
  for (const chunk of s.split(/\s+/)) {
    if (chunk.length === 0 || isAscii(chunk)) continue;
    if (hasUnicodeVietnamese(chunk)) {
      marked += 1;
    } else if (hasAsciiLetter(chunk) || [...chunk.replace(EDGE_PUNCTUATION, '')].length >= 2) {
      // Lone symbols ("—", "•", "«") are punctuation in Unicode text but letters in TCVN3
      // (cp1252 shares 0x80–0x9F with its capitals): they prove nothing either way. All-legacy
      // words such as "§Ò" (Đề) still count.
      const asTcvn3 = tcvn3ToUnicode(chunk);
      const asVni = vniToUnicode(chunk);
      const tcvn3Ok = asTcvn3 !== chunk && readsAsVietnamese(asTcvn3);
      const vniOk = asVni !== chunk && readsAsVietnamese(asVni);
      if (originalReadsAsVietnamese(chunk)) {
        // Valid as it stands: evidence for Unicode unless a decoding is valid too ("có" is
        // also TCVN3 "cú"), in which case the chunk is ambiguous and left out.
        if (!tcvn3Ok && !vniOk) marked += 1;
      } else {
        marked += 1;
        if (tcvn3Ok) tcvn3 += 1;
        if (vniOk) vni += 1;
      }
    }
    if (marked >= MAX_MARKED_CHUNKS) break;
  }
  const tcvn3Score = score(tcvn3, marked);
  const vniScore = score(vni, marked);
  const best = tcvn3Score >= vniScore ? 'tcvn3' : 'vni';
  const confidence = Math.max(tcvn3Score, vniScore);
  if (confidence >= DETECTION_THRESHOLD && tcvn3 !== vni) return { encoding: best, confidence };
  return { encoding: null, confidence };
}
