// Item markers as plan documents write them: "A." (a part over roman sections), "II-", "2.3-", "2.5 ", "a)", "-", "+".
import { toRoman } from '../../../../shared/roman';

export type MarkerKind = 'part' | 'roman' | 'decimal' | 'letter' | 'dash' | 'plus';

export interface Marker {
  kind: MarkerKind;
  /** As written, tidied: "II", "2.3", "a", "-", "+". */
  label: string;
  /** Decimal parts ([2, 3] for "2.3"), the roman value ([2] for "II"), or the letter's place in the alphabet. */
  parts: number[];
  /** Nesting rank: a marker closes every open item whose rank is not lower than its own. */
  rank: number;
  /** The line's text after the marker. */
  rest: string;
}

const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

function romanValue(s: string): number | null {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN_VALUES[s[i] ?? ''];
    const next = ROMAN_VALUES[s[i + 1] ?? ''] ?? 0;
    if (v === undefined) return null;
    total += v < next ? -v : v;
  }
  return total;
}

/** Vietnamese list letters: a, b, c, d, đ, e, g, h, i, k, … (no f, j, w, z). */
export const VI_LETTERS = 'abcdđeghiklmnopqrstuvxy';

// Ranks leave room between kinds; a decimal's rank is its depth, so "2.3" nests under "2".
const RANK = { part: -10, roman: 0, letter: 10, dash: 20, plus: 30 } as const;

// "A. MỤC ĐÍCH, YÊU CẦU", "B. NỘI DUNG …": a capital letter over a heading in capitals.
const PART_RE = /^([A-H])\s*[.\-–—:)]\s*(\S.*)$/u;
const ROMAN_RE = /^([IVX]{1,5})\s*[.\-–—:)]\s*(\S.*)$/u;
const DECIMAL_RE = /^(\d{1,2}(?:\.\d{1,2}){0,3})(\.?\s*[-–—:)]|\.)?(\s*)(.*)$/u;
const LETTER_RE = /^([a-zđ])(?:\)\s*|[.\-–]\s+)(\S.*)$/u;
const DASH_RE = /^[-–—•▪◦·‐‑∙●]\s*(\S.*)$/u;
const PLUS_RE = /^\+\s*(\S.*)$/u;

export function parseMarker(text: string): Marker | null {
  const part = PART_RE.exec(text);
  const heading = part?.[2] ?? '';
  if (part && heading === heading.toUpperCase() && /\p{Lu}{2}/u.test(heading)) {
    const label = part[1] ?? '';
    return { kind: 'part', label, parts: ['ABCDEFGH'.indexOf(label) + 1], rank: RANK.part, rest: heading };
  }
  const roman = ROMAN_RE.exec(text);
  if (roman) {
    const label = roman[1] ?? '';
    const value = romanValue(label);
    // Only canonical numerals up to 20, so stray capitals are not taken for sections.
    if (value !== null && value >= 1 && value <= 20 && toRoman(value) === label) {
      return { kind: 'roman', label, parts: [value], rank: RANK.roman, rest: roman[2] ?? '' };
    }
  }
  const dec = DECIMAL_RE.exec(text);
  if (dec) {
    const num = dec[1] ?? '';
    const sep = dec[2] ?? '';
    const space = dec[3] ?? '';
    const rest = dec[4] ?? '';
    const parts = num.split('.').map(Number);
    const multi = parts.length > 1;
    // A lone number needs its separator ("1." "1-" "1)"), else "15 đồng chí…" would be an item;
    // "2.5 Các cơ quan…" is accepted without one.
    const separated = sep !== '' || (multi && (space !== '' || /^\p{Lu}/u.test(rest)));
    // "32-CT/TW", "35- NQ/TW" at the start of a wrapped line are document symbols, not item numbers.
    const symbol = /[-–—]$/.test(sep) && /^\s?\p{Lu}{1,6}\s?\//u.test(dec[3] + rest);
    if (rest !== '' && !/^\d/.test(rest) && separated && parts[0] !== 0 && !/^[/%]/.test(rest) && !symbol) {
      return { kind: 'decimal', label: num, parts, rank: parts.length, rest: rest.trim() };
    }
  }
  const letter = LETTER_RE.exec(text);
  if (letter) {
    const l = letter[1] ?? '';
    return { kind: 'letter', label: l, parts: [VI_LETTERS.indexOf(l) + 1], rank: RANK.letter, rest: letter[2] ?? '' };
  }
  if (/^[-–—]{2,}/.test(text)) return null;
  const dash = DASH_RE.exec(text);
  if (dash) return { kind: 'dash', label: '-', parts: [], rank: RANK.dash, rest: dash[1] ?? '' };
  const plus = PLUS_RE.exec(text);
  if (plus) return { kind: 'plus', label: '+', parts: [], rank: RANK.plus, rest: plus[1] ?? '' };
  return null;
}

/** True when `next` continues `prev`'s numbering without a gap (2.4 → 2.5, c → d, II → III). */
export function followsOn(prev: Marker | null, next: Marker): boolean {
  if (next.kind === 'dash' || next.kind === 'plus') return true;
  const last = next.parts[next.parts.length - 1] ?? 0;
  if (prev === null) return last === 1;
  if (prev.kind !== next.kind) return true;
  const prevLast = prev.parts[prev.parts.length - 1] ?? 0;
  if (next.kind === 'decimal') {
    const samePrefix = prev.parts.slice(0, -1).join('.') === next.parts.slice(0, -1).join('.');
    return samePrefix && last === prevLast + 1;
  }
  return last === prevLast + 1;
}
