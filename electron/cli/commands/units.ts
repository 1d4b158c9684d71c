import path from 'node:path';
import type { Command } from 'commander';
import { UNIT_KIND_LABELS } from '../../../shared/labels';
import { call } from '../call';
import { emit, withCommon, withService } from '../context';
import type { CommonOpts, Io } from '../context';

export function registerUnits(program: Command, io: Io): void {
  const units = program.command('units').description('danh mục đơn vị');
  withCommon(units.command('import <file>').description('nhập danh mục đơn vị từ tệp CSV hoặc XLSX')).action(
    async (file: string, opts: CommonOpts) =>
      withService(opts, async (svc) => {
        const res = await call(svc, 'units.importTable', { file: { name: path.basename(file), path: path.resolve(file) } });
        emit(io, opts, res, () => `Đã nhập danh mục: ${res.added} đơn vị mới, ${res.updated} cập nhật (tổng ${res.units.length}).`);
      }),
  );
  withCommon(units.command('list').description('liệt kê đơn vị')).action(async (opts: CommonOpts) =>
    withService(opts, async (svc) => {
      const list = await call(svc, 'units.list', {});
      emit(io, opts, list, () => list.map((u) => `${u.code}\t${u.name}\t${UNIT_KIND_LABELS[u.kind]}`).join('\n'));
    }),
  );
}
