import path from 'node:path';
import type { Command } from 'commander';
import type { Plan } from '../../../shared/domain';
import { formatViDate } from '../../../shared/dates';
import { addWorkingDays } from '../../../shared/working-days';
import { loadHolidayCalendar } from '../../core/calendar';
import { call, CliError, resolvePlanId, resolveRoundId } from '../call';
import { emit, withCommon, withService } from '../context';
import type { CommonOpts, CliEnv } from '../context';

function describePlan(p: Plan): string {
  const lines = [
    `Kế hoạch #${p.id}: ${p.docType ?? ''} số ${p.number ?? '(không số)'} — ${p.title}`,
    `Ban hành: ${p.place ?? ''} ${formatViDate(p.issuedDate)} — ${p.issuer ?? ''}`,
    `Mục: ${p.items.length} (nhiệm vụ: ${p.items.filter((i) => i.kind === 'task').length})`,
  ];
  for (const i of p.items) {
    const who = i.assignees.map((a) => a.label).join('; ');
    const when = i.deadline ? ` [hạn: ${i.deadline.text}]` : '';
    const flags = i.flags.length > 0 ? ` ⚠ ${i.flags.join(', ')}` : '';
    lines.push(`${'  '.repeat(i.level)}${i.code} (${i.kind}) ${i.text.slice(0, 90)}${who ? ` → ${who}` : ''}${when}${flags}`);
  }
  lines.push(`Kỳ báo cáo: ${p.rounds.map((r) => `#${r.id} ${r.label} (hạn ${formatViDate(r.dueDate)})`).join('; ') || '(chưa có)'}`);
  lines.push(`Chỉ tiêu: ${p.indicators.map((i) => `${i.key} (${i.name})`).join('; ') || '(chưa có)'}`);
  return lines.join('\n');
}

type RoundOpts = CommonOpts & { label: string; due?: string; dueWorkingDays?: string; from?: string; to?: string };

function dueDateOf(opts: RoundOpts, resourcesDir: string): string {
  if (opts.due) return opts.due;
  const n = Number(opts.dueWorkingDays);
  if (!opts.to || !Number.isInteger(n) || n < 0) {
    throw new CliError('INVALID_INPUT', 'Cần --due YYYY-MM-DD, hoặc --due-working-days N cùng với --to YYYY-MM-DD.');
  }
  return addWorkingDays(opts.to, n, loadHolidayCalendar(resourcesDir));
}

export function registerPlan(program: Command, io: CliEnv): void {
  const plan = program.command('plan').description('kế hoạch');
  withCommon(plan.command('import <file>').description('đọc văn bản kế hoạch (.docx, .doc, .pdf, .txt, .md) và lưu')).action(
    async (file: string, opts: CommonOpts) =>
      withService(io, opts, async (svc) => {
        const draft = await call(svc, 'plans.extract', { file: { name: path.basename(file), path: path.resolve(file) } });
        const saved = await call(svc, 'plans.create', { draft });
        emit(io, opts, saved, () => describePlan(saved));
      }),
  );
  withCommon(plan.command('show <plan>').description('xem kế hoạch (mã hoặc số ký hiệu)')).action(
    async (ref: string, opts: CommonOpts) =>
      withService(io, opts, async (svc) => {
        const p = await call(svc, 'plans.get', { planId: await resolvePlanId(svc, ref) });
        emit(io, opts, p, () => describePlan(p));
      }),
  );
  withCommon(
    plan
      .command('units <plan>')
      .description('các đơn vị mà mỗi đơn vị thực hiện (nhóm) của từng mục cho ra, theo danh mục')
      .option('--round <round>', 'kỳ báo cáo (mặc định: kỳ mới nhất)'),
  ).action(async (ref: string, opts: CommonOpts & { round?: string }) =>
    withService(io, opts, async (svc) => {
      const planId = await resolvePlanId(svc, ref);
      const roundId = opts.round === undefined ? undefined : await resolveRoundId(svc, planId, opts.round);
      const res = await call(svc, 'plans.assigneeUnits', { planId, ...(roundId === undefined ? {} : { roundId }) });
      emit(io, opts, res, () =>
        [
          res.round ? `Kỳ: ${res.round.label}` : 'Chưa có kỳ báo cáo: các đơn vị còn hiệu lực hôm nay.',
          ...res.items.flatMap((i) =>
            i.assignees.map((a) => `${i.itemCode}\t${a.label} → ${a.units.length === 0 ? '(không đơn vị nào trong danh mục)' : a.units.map((u) => u.code).join(', ')}`),
          ),
        ].join('\n'),
      );
    }),
  );
  withCommon(plan.command('list').description('liệt kê kế hoạch')).action(async (opts: CommonOpts) =>
    withService(io, opts, async (svc) => {
      const list = await call(svc, 'plans.list', {});
      emit(io, opts, list, () => list.map((p) => `#${p.id}\t${p.number ?? ''}\t${p.title}`).join('\n') || '(chưa có kế hoạch)');
    }),
  );
  const round = plan.command('round').description('kỳ báo cáo');
  withCommon(
    round
      .command('add <plan>')
      .description('thêm kỳ báo cáo')
      .requiredOption('--label <text>', 'nhãn kỳ, ví dụ "6 tháng đầu năm 2019"')
      .option('--due <date>', 'hạn nộp YYYY-MM-DD')
      .option('--due-working-days <n>', 'hoặc: hạn nộp là N ngày làm việc sau ngày cuối kỳ (--to), trừ thứ Bảy, Chủ nhật và ngày lễ')
      .option('--from <date>', 'từ ngày YYYY-MM-DD')
      .option('--to <date>', 'đến ngày YYYY-MM-DD'),
  ).action(async (ref: string, opts: RoundOpts) =>
    withService(io, opts, async (svc) => {
      const planId = await resolvePlanId(svc, ref);
      const r = await call(svc, 'plans.addRound', {
        planId,
        round: { label: opts.label, dueDate: dueDateOf(opts, io.engine.resourcesDir), periodFrom: opts.from ?? null, periodTo: opts.to ?? null },
      });
      emit(io, opts, r, () => `Đã thêm kỳ #${r.id} "${r.label}", hạn ${formatViDate(r.dueDate)}.`);
    }),
  );
}
