import path from 'node:path';
import type { Command } from 'commander';
import type { Unit, UnitFamily } from '../../../shared/domain';
import { UNIT_FAMILIES } from '../../../shared/domain';
import { UNIT_FAMILY_LABELS } from '../../../shared/labels';
import { fold } from '../../../shared/text';
import { sameKind } from '../../../shared/unit-kinds';
import { CliError, call } from '../call';
import { emit, withCommon, withService } from '../context';
import type { CommonOpts, CliEnv } from '../context';

/** The office's kind, with its family when the words differ ("Khối thi đua 3 (Khác)"). */
function kindText(u: Unit): string {
  const family = UNIT_FAMILY_LABELS[u.family];
  return sameKind(u.kind, family) ? u.kind : `${u.kind} (${family})`;
}

/** A family named by its key ("hoi-quan-chung") or its Vietnamese label, case and diacritics ignored. */
function familyArg(raw: string): UnitFamily {
  const f = fold(raw);
  const hit = UNIT_FAMILIES.find((k) => fold(k) === f || fold(UNIT_FAMILY_LABELS[k]) === f);
  if (hit) return hit;
  const known = UNIT_FAMILIES.map((k) => `${k} (${UNIT_FAMILY_LABELS[k]})`).join(', ');
  throw new CliError('INVALID_INPUT', `Không có nhóm "${raw}". Các nhóm: ${known}.`);
}

export function registerUnits(program: Command, io: CliEnv): void {
  const units = program.command('units').description('danh mục đơn vị');
  withCommon(units.command('import <file>').description('nhập danh mục đơn vị từ tệp CSV hoặc XLSX')).action(
    async (file: string, opts: CommonOpts) =>
      withService(io, opts, async (svc) => {
        const res = await call(svc, 'units.importTable', { file: { name: path.basename(file), path: path.resolve(file) } });
        emit(io, opts, res, () =>
          [
            `Đã nhập danh mục: ${res.added} đơn vị mới, ${res.updated} cập nhật (tổng ${res.units.length}).`,
            ...res.warnings.map((w) => `Cảnh báo: ${w.message}`),
          ].join('\n'),
        );
      }),
  );
  withCommon(units.command('list').description('liệt kê đơn vị')).action(async (opts: CommonOpts) =>
    withService(io, opts, async (svc) => {
      const list = await call(svc, 'units.list', {});
      emit(io, opts, list, () => list.map((u) => `${u.code}\t${u.name}\t${kindText(u)}`).join('\n'));
    }),
  );
  withCommon(
    units
      .command('kind <kind>')
      .description('đổi tên một loại đơn vị hoặc nhóm của nó, cho mọi đơn vị thuộc loại đó')
      .option('--label <text>', 'tên mới của loại')
      .option('--family <family>', 'nhóm: mã (vd. hoi-quan-chung) hoặc tên nhóm'),
  ).action(async (kind: string, opts: CommonOpts & { label?: string; family?: string }) =>
    withService(io, opts, async (svc) => {
      const current = (await call(svc, 'units.list', {})).find((u) => u.kind === kind || sameKind(u.kind, kind));
      if (!current) throw new CliError('NOT_FOUND', `Không có đơn vị nào thuộc loại "${kind}".`);
      const family = opts.family === undefined ? current.family : familyArg(opts.family);
      const list = await call(svc, 'units.setKind', { kind: current.kind, label: opts.label ?? current.kind, family });
      const label = opts.label ?? current.kind;
      const count = list.filter((u) => u.kind === label).length;
      emit(io, opts, list, () => `Đã sửa loại "${label}" (${UNIT_FAMILY_LABELS[family]}): ${count} đơn vị.`);
    }),
  );
}
