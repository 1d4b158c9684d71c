// Pure: the kind each row of a directory names, kept in the office's words, and the family it
// falls in. A kind word is never refused: an unknown one stays a kind of its own, its family
// guessed from the unit's name, and the rows are named in a warning.
import type { UnitFamily, UnitImportWarning } from '../../../shared/domain';
import { UNIT_FAMILY_LABELS } from '../../../shared/labels';
import { fold } from '../../../shared/text';
import { familyFromName, familyOfKind, kindLabel } from '../../../shared/unit-kinds';

export interface KindRow {
  line: number;
  name: string;
  /** The kind cell as written; '' when the table has none. */
  kindRaw: string;
}

export interface KindOf {
  kind: string;
  family: UnitFamily;
}

/** What the directory already holds: kind label → its family, when all its units agree. */
export function knownKinds(units: ReadonlyArray<{ kind: string; family: UnitFamily }>): Map<string, KindOf> {
  const out = new Map<string, KindOf>();
  const mixed = new Set<string>();
  for (const u of units) {
    const key = fold(u.kind);
    const seen = out.get(key);
    if (seen && seen.family !== u.family) mixed.add(key);
    else if (!seen) out.set(key, { kind: u.kind, family: u.family });
  }
  for (const key of mixed) out.delete(key);
  return out;
}

function lines(rows: number[]): string {
  return `dòng ${rows.join(', ')}`;
}

/**
 * Each row's kind and family. A family the specialist already set for a kind (in the Đơn vị
 * screen) wins over the word table, so importing the directory again does not undo it.
 */
export function assignKinds(rows: readonly KindRow[], known: ReadonlyMap<string, KindOf>): { kinds: KindOf[]; warnings: UnitImportWarning[] } {
  const spelling = new Map<string, string>(); // folded kind → the first way it was written
  const unknown = new Map<string, { label: string; guesses: Array<{ line: number; family: UnitFamily | null }> }>();
  const unnamed: number[] = [];
  const kinds = rows.map((row): KindOf => {
    if (row.kindRaw === '') {
      const family = familyFromName(row.name);
      if (family === null) unnamed.push(row.line);
      return { kind: UNIT_FAMILY_LABELS[family ?? 'khac'], family: family ?? 'khac' };
    }
    const label0 = kindLabel(row.kindRaw);
    const key = fold(label0);
    const dbKind = known.get(key);
    const label = dbKind?.kind ?? spelling.get(key) ?? label0;
    spelling.set(key, label);
    if (dbKind) return { kind: label, family: dbKind.family };
    const family = familyOfKind(label0);
    if (family !== null) return { kind: label, family };
    const guess = familyFromName(row.name);
    const entry = unknown.get(key) ?? { label, guesses: [] };
    entry.guesses.push({ line: row.line, family: guess });
    unknown.set(key, entry);
    return { kind: label, family: guess ?? 'khac' };
  });
  const warnings: UnitImportWarning[] = [];
  for (const { label, guesses } of unknown.values()) {
    const byFamily = new Map<string, number[]>();
    for (const g of guesses) {
      const name = g.family === null ? 'Khác (tên đơn vị không cho biết)' : UNIT_FAMILY_LABELS[g.family];
      byFamily.set(name, [...(byFamily.get(name) ?? []), g.line]);
    }
    const parts = [...byFamily].map(([name, rs]) => `"${name}" (${lines(rs)})`);
    warnings.push({
      rows: guesses.map((g) => g.line),
      message:
        `Loại "${label}" (${lines(guesses.map((g) => g.line))}) chưa có trong bảng từ chỉ loại đơn vị: giữ nguyên làm một loại riêng, ` +
        `nhóm đoán theo tên đơn vị: ${parts.join('; ')}. Có thể đổi tên và nhóm của loại này trong bảng “Loại đơn vị” ở màn hình Đơn vị.`,
    });
  }
  if (unnamed.length > 0) {
    warnings.push({
      rows: unnamed,
      message: `Không ghi loại đơn vị và tên không cho biết loại (${lines(unnamed)}): xếp vào nhóm "Khác". Có thể đổi trong bảng “Loại đơn vị” ở màn hình Đơn vị.`,
    });
  }
  return { kinds, warnings };
}
