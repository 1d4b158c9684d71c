// The unit directory.
import type { ApiHandlers } from '../../../shared/api';
import { writeAudit } from '../db/audit';
import { listUnits, upsertUnit } from '../db/units';
import { readUnitTable } from '../units/read-unit-table';
import { unitsFromRows } from '../units/unit-table';
import type { ServiceContext } from './context';

export function unitHandlers(ctx: ServiceContext): Pick<ApiHandlers, 'units.list' | 'units.save' | 'units.importTable'> {
  return {
    'units.list': () => listUnits(ctx.db),
    'units.save': (unit) => {
      const db = ctx.db;
      db.transaction(() => {
        const how = upsertUnit(db, unit);
        writeAudit(db, ctx.stamp(), how === 'added' ? 'create' : 'update', 'unit', unit.code);
      }).immediate();
      return unit;
    },
    'units.importTable': async ({ file }) => {
      const units = unitsFromRows(await readUnitTable(ctx.readInput(file), file.name), file.name);
      const db = ctx.db;
      let added = 0;
      let updated = 0;
      db.transaction(() => {
        for (const u of units) {
          if (upsertUnit(db, u) === 'added') added++;
          else updated++;
        }
        writeAudit(db, ctx.stamp(), 'import', 'units', file.name, `${added} mới, ${updated} cập nhật`);
      }).immediate();
      return { added, updated, units: listUnits(db) };
    },
  };
}
