// review list | accept | discard: the review queue from the command line, as the Nhập báo cáo screen shows it.
import type { Command } from 'commander';
import type { Plan, ReviewItem } from '../../../shared/domain';
import { formatViDate } from '../../../shared/dates';
import { IMPORT_OUTCOME_LABELS } from '../../../shared/labels';
import { call, CliError, resolvePlanId, resolveRoundId } from '../call';
import { emit, withCommon, withService } from '../context';
import type { CommonOpts, CliEnv } from '../context';
import type { Service } from '../../core/service';

/** One open review item as `review list --json` prints it (documented in the README). */
export type ReviewLine = {
  id: number;
  file: string;
  reason: string;
  unit: { code: string; name: string } | null;
  plan: { id: number; number: string | null } | null;
  round: { id: number; label: string } | null;
  reportNumber: string | null;
  reportDate: string | null;
  receivedAt: string;
  entries: ReviewItem['entries'];
  figures: ReviewItem['figures'];
};

async function describe(svc: Service, items: ReviewItem[]): Promise<ReviewLine[]> {
  const units = await call(svc, 'units.list', {});
  const plans = new Map<number, Plan>();
  for (const id of new Set(items.flatMap((i) => (i.planId === null ? [] : [i.planId])))) plans.set(id, await call(svc, 'plans.get', { planId: id }));
  return items.map((i) => {
    const u = units.find((x) => x.code === i.unitCode);
    const p = i.planId === null ? undefined : plans.get(i.planId);
    const r = p?.rounds.find((x) => x.id === i.roundId);
    return {
      id: i.id,
      file: i.fileName,
      reason: i.reason,
      unit: u ? { code: u.code, name: u.name } : null,
      plan: p ? { id: p.id, number: p.number } : null,
      round: r ? { id: r.id, label: r.label } : null,
      reportNumber: i.reportNumber,
      reportDate: i.reportDate,
      receivedAt: i.receivedAt,
      entries: i.entries,
      figures: i.figures,
    };
  });
}

function line(l: ReviewLine): string {
  const proposed = [l.unit?.name ?? '(chưa rõ đơn vị)', l.plan ? `kế hoạch ${l.plan.number ?? l.plan.id}` : '(chưa rõ kế hoạch)', l.round ? `kỳ "${l.round.label}"` : '(chưa rõ kỳ)'];
  const date = l.reportDate ? `, ngày ${formatViDate(l.reportDate)}` : '';
  return `[${l.id}] ${l.file}${date}\n    Đề xuất: ${proposed.join(' · ')}; ${l.figures.length} số liệu, ${l.entries.length} mục\n    Lý do: ${l.reason}`;
}

type AcceptOpts = CommonOpts & { unit?: string; plan?: string; round?: string; reportDate?: string; received?: string };

export function registerReview(program: Command, io: CliEnv): void {
  const review = program.command('review').description('danh sách tệp cần xem lại: xem, chấp nhận, bỏ qua');

  withCommon(review.command('list').description('các tệp đang chờ xem lại')).action(async (opts: CommonOpts) =>
    withService(io, opts, async (svc) => {
      const lines = await describe(svc, await call(svc, 'reviews.list', {}));
      emit(io, opts, lines, () => (lines.length === 0 ? 'Không có tệp nào cần xem lại.' : lines.map(line).join('\n')));
    }),
  );

  withCommon(
    review
      .command('accept <id>')
      .description('chấp nhận như đề xuất, hoặc với đơn vị, kế hoạch, kỳ, ngày đã sửa')
      .option('--unit <code>', 'mã đơn vị')
      .option('--plan <plan>', 'kế hoạch (mã hoặc số ký hiệu)')
      .option('--round <round>', 'kỳ báo cáo (mã hoặc nhãn)')
      .option('--report-date <date>', 'ngày của báo cáo YYYY-MM-DD')
      .option('--received <date>', 'ngày nhận YYYY-MM-DD'),
  ).action(async (id: string, opts: AcceptOpts) =>
    withService(io, opts, async (svc) => {
      const item = (await call(svc, 'reviews.list', {})).find((i) => String(i.id) === id);
      if (!item) throw new CliError('NOT_FOUND', `Không có mục cần xem lại số ${id}.`);
      const planId = opts.plan ? await resolvePlanId(svc, opts.plan) : item.planId;
      if (planId === null) throw new CliError('INVALID_INPUT', `Mục ${id} chưa rõ kế hoạch: hãy chọn --plan.`);
      const roundId = opts.round ? await resolveRoundId(svc, planId, opts.round) : planId === item.planId ? item.roundId : null;
      if (roundId === null) throw new CliError('INVALID_INPUT', `Mục ${id} chưa rõ kỳ báo cáo: hãy chọn --round.`);
      const unitCode = opts.unit ?? item.unitCode;
      if (!unitCode) throw new CliError('INVALID_INPUT', `Mục ${id} chưa rõ đơn vị: hãy chọn --unit.`);
      const r = await call(svc, 'reviews.accept', {
        id: item.id,
        unitCode,
        planId,
        roundId,
        reportDate: opts.reportDate ?? item.reportDate,
        receivedAt: opts.received ?? item.receivedAt,
        entries: item.entries.map(({ confidence: _c, ...e }) => e),
        figures: item.figures,
      });
      const { reportId: _r, ...json } = r;
      emit(io, opts, json, () => `${IMPORT_OUTCOME_LABELS[r.outcome]}: ${r.file} — ${r.unit?.name ?? ''}, kỳ "${r.round?.label ?? ''}"`);
    }),
  );

  withCommon(review.command('discard <id>').description('bỏ qua tệp (vẫn giữ bản gốc)')).action(async (id: string, opts: CommonOpts) =>
    withService(io, opts, async (svc) => {
      if (!/^\d+$/u.test(id)) throw new CliError('INVALID_INPUT', `Số mục "${id}" không hợp lệ.`);
      const r = await call(svc, 'reviews.discard', { id: Number(id) });
      emit(io, opts, r, () => `Đã bỏ qua mục ${r.id}.`);
    }),
  );
}
