// `remind`: the công văn đôn đốc for the units that still owe a report.
import path from 'node:path';
import type { Command } from 'commander';
import { writeFileAtomic } from '../../core/files/write-atomic';
import { call, resolvePlanId, resolveRoundId } from '../call';
import { emit, withCommon, withService } from '../context';
import type { CommonOpts, CliEnv } from '../context';

type Opts = CommonOpts & { plan: string; round: string; due: string; pdf?: string; docx?: string };

export function registerRemind(program: Command, io: CliEnv): void {
  withCommon(
    program
      .command('remind')
      .description('lập công văn đôn đốc các đơn vị chưa báo cáo hoặc báo cáo thiếu nội dung')
      .requiredOption('--plan <plan>', 'kế hoạch')
      .requiredOption('--round <round>', 'kỳ báo cáo')
      .requiredOption('--due <date>', 'hạn mới YYYY-MM-DD')
      .option('--pdf <file>', 'tệp PDF ghi ra (không có --pdf/--docx: chỉ liệt kê)')
      .option('--docx <file>', 'tệp Word ghi ra'),
  ).action(async (opts: Opts) =>
    withService(io, opts, async (svc) => {
      const planId = await resolvePlanId(svc, opts.plan);
      const roundId = await resolveRoundId(svc, planId, opts.round);
      const owed = await call(svc, 'reminders.preview', { planId, roundId });
      for (const format of ['pdf', 'docx'] as const) {
        const target = opts[format];
        if (!target) continue;
        const file = await call(svc, 'reminders.export', { planId, roundId, newDueDate: opts.due, format });
        writeFileAtomic(target, Buffer.from(file.dataBase64, 'base64'));
      }
      emit(io, opts, { owed, pdf: opts.pdf ? path.resolve(opts.pdf) : null, docx: opts.docx ? path.resolve(opts.docx) : null }, () =>
        [
          ...owed.map((o) => `${o.unit.name}: ${o.reason === 'missing' ? 'chưa báo cáo' : `thiếu ${o.items.map((i) => i.code).join(', ')}`}`),
          ...[opts.pdf, opts.docx].filter(Boolean).map((f) => `Đã lập công văn đôn đốc: ${f}`),
        ].join('\n'),
      );
    }),
  );
}
