// Which family a unit belongs to, from the kind word its office wrote or from its name. The
// words are data (unit-kind-words.json); this file only knows how to look them up.
import type { UnitFamily } from './domain';
import { UNIT_FAMILIES } from './domain';
import { UNIT_FAMILY_LABELS } from './labels';
import { fold } from './text';
import WORDS from './unit-kind-words.json';

type WordTable = ReadonlyMap<string, UnitFamily>;

const ABBREVIATIONS: ReadonlyArray<[RegExp, string]> = Object.entries(WORDS.abbreviations as Record<string, string>).map(
  ([short, full]) => [new RegExp(`(?<= |^)${fold(short)}(?= |$)`, 'g'), fold(full)],
);

/** Folded, with the usual abbreviations of kind cells written out ("ĐUTT" → "dang uy truc thuoc"). */
export function foldKind(s: string): string {
  let out = fold(s);
  for (const [re, full] of ABBREVIATIONS) out = out.replace(re, full);
  return out;
}

function isFamily(key: string): key is UnitFamily {
  return (UNIT_FAMILIES as readonly string[]).includes(key);
}

function table(pick: (entry: { kindWords: string[]; nameHeads: string[] }) => string[]): Map<string, UnitFamily> {
  const out = new Map<string, UnitFamily>();
  for (const [key, entry] of Object.entries(WORDS.families)) {
    if (!isFamily(key)) continue;
    for (const w of pick(entry)) if (!out.has(foldKind(w))) out.set(foldKind(w), key);
  }
  return out;
}

const KIND_WORDS: WordTable = (() => {
  const t = table((e) => e.kindWords);
  // The family's own key ("huyen-uy") and label are kind words too: older directories use the keys.
  for (const f of UNIT_FAMILIES) {
    for (const w of [f, UNIT_FAMILY_LABELS[f]]) if (!t.has(foldKind(w))) t.set(foldKind(w), f);
  }
  for (const [w, f] of table((e) => e.nameHeads)) if (!t.has(w)) t.set(w, f);
  return t;
})();
const NAME_HEADS: WordTable = table((e) => e.nameHeads);

/**
 * The family of the first phrase of the table found in the text (longest at that place): Vietnamese
 * puts the head noun first, so "Chi bộ trực thuộc Huyện ủy" is a chi bộ, not a huyện ủy. Past the
 * head only phrases of two words or more count: one folded syllable is too often another word
 * ("số 3" folds like "sở").
 */
function lookUp(folded: string, words: WordTable, headOnly: boolean): UnitFamily | null {
  const tokens = folded.split(' ').filter((t) => t !== '');
  for (let i = 0; i < tokens.length; i++) {
    for (let j = tokens.length; j > i + (i === 0 ? 0 : 1); j--) {
      const hit = words.get(tokens.slice(i, j).join(' '));
      if (hit) return hit;
    }
    if (headOnly) break;
  }
  return null;
}

const GROUP_OPENING = /^((cac|nhung|khoi|nhom|loai|loai hinh) )+/;

/** The family a kind cell names ("Đảng ủy trực thuộc Tỉnh ủy", "huyen-uy"), or null when no word of the table is in it. */
export function familyOfKind(raw: string): UnitFamily | null {
  const f = foldKind(raw);
  if (f === '') return null;
  return lookUp(f, KIND_WORDS, false) ?? lookUp(f.replace(GROUP_OPENING, ''), KIND_WORDS, false);
}

/** The family a unit's name tells by its head ("Thành ủy Bảo Sơn" → huyện/thị/thành ủy), or null. */
export function familyFromName(name: string): UnitFamily | null {
  return lookUp(foldKind(name), NAME_HEADS, true);
}

/** How a kind is shown: an internal family key ("huyen-uy") becomes its Vietnamese label. */
export function kindLabel(raw: string): string {
  const f = fold(raw);
  const key = UNIT_FAMILIES.find((k) => fold(k) === f && /-|^khac$/.test(raw.trim()));
  return key ? UNIT_FAMILY_LABELS[key] : raw;
}

/** Two kind labels name the same kind when they fold the same ("Huyện ủy" and "huyện uỷ"). */
export function sameKind(a: string, b: string): boolean {
  return fold(a) === fold(b);
}
