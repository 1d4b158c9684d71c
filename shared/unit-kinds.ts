// Recognising a unit kind from how people write it, for directory import and name matching.
import type { UnitKind } from './domain';
import { UNIT_KINDS } from './domain';
import { UNIT_KIND_LABELS } from './labels';
import { fold } from './text';

// Ordered: the first pattern that matches the folded text wins.
const KIND_PATTERNS: ReadonlyArray<[RegExp, UnitKind]> = [
  [/\b(dang doan|ban can su|bcs)\b/, 'dang-doan-bcs'],
  [/\b(mat tran|mttq|doan thanh nien|hoi lien hiep phu nu|hoi nong dan|hoi cuu chien binh|lien doan lao dong|doan the)\b/, 'mttq-doan-the'],
  [/\b(bao|dai phat thanh|phat thanh truyen hinh|tap chi|thong tin dai chung|bao chi)\b/, 'bao-chi'],
  [/\b(huyen uy|thi uy|thanh uy|hu|thu)\b/, 'huyen-uy'],
  [/\bdang uy (xa|phuong|thi tran|dac khu)\b/, 'dang-uy-xa'],
  [/\b(dang uy khoi|dang uy truc thuoc|dang bo truc thuoc|dang uy quan su|dang uy cong an|dang uy)\b/, 'dang-uy-truc-thuoc'],
  [/\b(ban tuyen giao|ban dan van|ban to chuc|ban noi chinh|ban kinh te|uy ban kiem tra|van phong tinh uy|truong chinh tri)\b/, 'ban-dang'],
  [/\b(so|ubnd|uy ban nhan dan|nganh)\b/, 'so-nganh'],
];

export function guessUnitKind(name: string): UnitKind {
  const f = fold(name);
  for (const [re, kind] of KIND_PATTERNS) if (re.test(f)) return kind;
  return 'khac';
}

/** A kind cell as written: a code ('huyen-uy') or a label ('Huyện ủy'). Null when unknown. */
export function parseUnitKind(raw: string): UnitKind | null {
  const f = fold(raw);
  if (f === '') return null;
  for (const k of UNIT_KINDS) if (fold(k) === f) return k;
  for (const k of UNIT_KINDS) if (fold(UNIT_KIND_LABELS[k]) === f) return k;
  const guessed = guessUnitKind(raw);
  return guessed === 'khac' && f !== 'khac' ? null : guessed;
}
