// The unit directory.
import type { ApiHandlers } from '../../../shared/api';
import type { Unit, UnitInput } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import { cleanText } from '../../../shared/text';
import { writeAudit } from '../db/audit';
import { listUnits, updateKind, upsertUnit } from '../db/units';
import { assignKinds, knownKinds } from '../units/kind-families';
import { unitsFromRows } from '../units/unit-table';
import type { ServiceContext } from './context';

/** A unit handed in without a family gets the one its kind (or else its name) says, as an import would. */
function withFamily(input: UnitInput, directory: Unit[]): Unit {
  const name = cleanText(input.name);
  const { kinds } = assignKinds([{ line: 0, name, kindRaw: cleanText(input.kind) }], knownKinds(directory));
  const { kind, family } = kinds[0]!;
  return { ...input, name, kind, family: input.family ?? family };
}

export function unitHandlers(ctx: ServiceContext): Pick<ApiHandlers, 'units.list' | 'units.save' | 'units.importTable' | 'units.setKind'> {
  return {
    'units.list': () => listUnits(ctx.db),
    'units.save': (input) => {
      const db = ctx.db;
      return db
        .transaction(() => {
          const unit = withFamily(input, listUnits(db));
          const how = upsertUnit(db, unit);
          writeAudit(db, ctx.stamp(), how === 'added' ? 'create' : 'update', 'unit', unit.code);
          return unit;
        })
        .immediate();
    },
    'units.importTable': async ({ file }) => {
      // exceljs loads when a table is first imported, not at start.
      const { readUnitTable } = await import('../units/read-unit-table');
      const rows = await readUnitTable(ctx.readInput(file), file.name);
      const db = ctx.db;
      let added = 0;
      let updated = 0;
      const warnings = db
        .transaction(() => {
          // Read inside the write lock, so parents and kinds are checked against what is committed.
          const table = unitsFromRows(rows, file.name, listUnits(db));
          for (const u of table.units) {
            if (upsertUnit(db, u) === 'added') added++;
            else updated++;
          }
          const note = `${added} mới, ${updated} cập nhật${table.warnings.length > 0 ? `, ${table.warnings.length} cảnh báo` : ''}`;
          writeAudit(db, ctx.stamp(), 'import', 'units', file.name, note);
          return table.warnings;
        })
        .immediate();
      return { added, updated, units: listUnits(db), warnings };
    },
    'units.setKind': ({ kind, label, family }) => {
      const db = ctx.db;
      db.transaction(() => {
        const changed = updateKind(db, kind, cleanText(label), family);
        if (changed === 0) throw new AppError('NOT_FOUND', `Không có đơn vị nào thuộc loại "${kind}".`);
        writeAudit(db, ctx.stamp(), 'update', 'unit-kind', kind, `${cleanText(label)} · ${family} · ${changed} đơn vị`);
      }).immediate();
      return listUnits(db);
    },
  };
}
