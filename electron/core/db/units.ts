// Units and their aliases.
import type { Unit, UnitFamily } from '../../../shared/domain';
import { UNIT_FAMILIES } from '../../../shared/domain';
import type { Db } from './open';

type UnitRow = {
  id: number;
  code: string;
  name: string;
  kind: string;
  family: string;
  parent_code: string | null;
  valid_from: string | null;
  valid_to: string | null;
  merged_into: string | null;
};

export function listUnits(db: Db): Unit[] {
  const rows = db.prepare('SELECT * FROM units ORDER BY code').all() as UnitRow[];
  const aliases = db.prepare('SELECT unit_id, alias FROM unit_aliases ORDER BY unit_id, ord').all() as {
    unit_id: number;
    alias: string;
  }[];
  const byUnit = new Map<number, string[]>();
  for (const a of aliases) {
    const list = byUnit.get(a.unit_id) ?? [];
    list.push(a.alias);
    byUnit.set(a.unit_id, list);
  }
  return rows.map((r) => toUnit(r, byUnit.get(r.id) ?? []));
}

export function findUnitId(db: Db, code: string): number | null {
  const row = db.prepare('SELECT id FROM units WHERE code = ?').get(code) as { id: number } | undefined;
  return row?.id ?? null;
}

/** Insert or update by code; returns whether it was new. Call inside a transaction. */
export function upsertUnit(db: Db, unit: Unit): 'added' | 'updated' {
  const existing = findUnitId(db, unit.code);
  let id: number;
  if (existing === null) {
    const info = db
      .prepare(
        `INSERT INTO units (code, name, kind, family, parent_code, valid_from, valid_to, merged_into)
         VALUES (@code, @name, @kind, @family, @parentCode, @validFrom, @validTo, @mergedInto)`,
      )
      .run(unit);
    id = Number(info.lastInsertRowid);
  } else {
    db.prepare(
      `UPDATE units SET name = @name, kind = @kind, family = @family, parent_code = @parentCode, valid_from = @validFrom,
         valid_to = @validTo, merged_into = @mergedInto WHERE id = @id`,
    ).run({ ...unit, id: existing });
    id = existing;
    db.prepare('DELETE FROM unit_aliases WHERE unit_id = ?').run(id);
  }
  const addAlias = db.prepare('INSERT INTO unit_aliases (unit_id, ord, alias) VALUES (?, ?, ?)');
  unit.aliases.forEach((alias, i) => addAlias.run(id, i, alias));
  return existing === null ? 'added' : 'updated';
}

/**
 * Every unit of one kind gets a new label and family; a label another kind already has merges the
 * two, family included. Returns how many units of the kind there were. Call inside a transaction.
 */
export function updateKind(db: Db, kind: string, label: string, family: UnitFamily): number {
  const count = (db.prepare('SELECT COUNT(*) AS n FROM units WHERE kind = ?').get(kind) as { n: number }).n;
  db.prepare('UPDATE units SET kind = ?, family = ? WHERE kind IN (?, ?)').run(label, family, kind, label);
  return count;
}

function toFamily(raw: string): UnitFamily {
  // A value not written by the app (edited by hand) counts as "khác" rather than failing the list.
  return (UNIT_FAMILIES as readonly string[]).includes(raw) ? (raw as UnitFamily) : 'khac';
}

function toUnit(r: UnitRow, aliases: string[]): Unit {
  return {
    code: r.code,
    name: r.name,
    kind: r.kind,
    family: toFamily(r.family),
    parentCode: r.parent_code,
    aliases,
    validFrom: r.valid_from,
    validTo: r.valid_to,
    mergedInto: r.merged_into,
  };
}
