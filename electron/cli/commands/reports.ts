// template, import, status, export: the round's working commands.
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { unzipSync } from 'fflate';
import type { ImportResult, StatusResult } from '../../../shared/domain';
import { IMPORT_OUTCOME_LABELS } from '../../../shared/labels';
import { formatPercent, formatViNumber } from '../../../shared/text';
import { call, CliError, resolvePlanId, resolveRoundId } from '../call';
import { emit, withCommon, withService } from '../context';
import type { CommonOpts, CliEnv } from '../context';
import { writeFileAtomic } from '../../core/files/write-atomic';

type RoundOpts = CommonOpts & { plan: string; round: string };

/**
 * Files asked for at once by `import`: they wait in the parse worker's queue, so it goes from one to
 * the next while the main thread files the one before. On the import bench 8 beat 4 by a tenth; 16
 * was no faster and only holds more memory.
 */
const IMPORT_LOOKAHEAD = 8;

/** Files given directly, and every file under the folders given, in a stable order. */
export function expandInputs(inputs: string[]): string[] {
  const out: string[] = [];
  const walk = (p: string): void => {
    const st = fs.statSync(p, { throwIfNoEntry: false });
    if (!st) throw new CliError('NOT_FOUND', `Không tìm thấy ${p}.`);
    if (st.isDirectory()) {
      for (const name of fs.readdirSync(p).sort()) if (!name.startsWith('.') && !name.startsWith('~$')) walk(path.join(p, name));
    } else out.push(p);
  };
  inputs.forEach(walk);
  return out;
}

function importLine(r: ImportResult): string {
  const who = r.unit ? ` — ${r.unit.name}` : '';
  const why = r.error ? ` — ${r.error.message}` : '';
  // A table of several units: a line per unit's row under the file's line.
  const rows = (r.rows ?? []).map((x) => `\n    ${IMPORT_OUTCOME_LABELS[x.outcome]}: ${x.unit?.name ?? x.label} (ô ${x.source})`).join('');
  return `${IMPORT_OUTCOME_LABELS[r.outcome]}: ${r.file}${who}${why}${rows}`;
}

export function statusText(s: StatusResult): string {
  const names = (l: { name: string }[]) => (l.length ? l.map((u) => u.name).join(', ') : '(không)');
  const lines = [
    `Kế hoạch ${s.plan.number ?? s.plan.id} — kỳ "${s.round.label}"`,
    `Phải báo cáo: ${s.expected.length}; đã báo cáo: ${s.reported.length} (${formatPercent(s.rates.completeness)}); đúng hạn: ${formatPercent(s.rates.timeliness)}`,
    `Chưa báo cáo: ${names(s.missing)}`,
    `Trễ hạn: ${names(s.late)}`,
    'Tổng số liệu:',
    ...s.indicators.map((i) => `  ${i.name}: ${formatViNumber(s.totals[i.key] ?? 0)} ${i.measure}`),
  ];
  return lines.join('\n');
}

export function registerReports(program: Command, io: CliEnv): void {
  withCommon(
    program
      .command('template <plan>')
      .description('tạo mẫu báo cáo .xlsx cho một đơn vị, hoặc cho mọi đơn vị phải báo cáo (--all)')
      .requiredOption('--round <round>', 'kỳ báo cáo (mã hoặc nhãn)')
      .option('--unit <code>', 'mã đơn vị')
      .option('--all', 'mọi đơn vị phải báo cáo trong kỳ; --out là thư mục')
      .requiredOption('--out <file>', 'tệp .xlsx (hoặc thư mục với --all) ghi ra'),
  ).action(async (ref: string, opts: RoundOpts & { unit?: string; all?: boolean; out: string }) =>
    withService(io, opts, async (svc) => {
      const planId = await resolvePlanId(svc, ref);
      const roundId = await resolveRoundId(svc, planId, opts.round);
      if (opts.all) {
        const zip = await call(svc, 'templates.generateAll', { planId, roundId });
        const files = unzipSync(new Uint8Array(Buffer.from(zip.dataBase64, 'base64')));
        const written = Object.entries(files).map(([name, bytes]) => {
          const target = path.join(opts.out, path.basename(name));
          writeFileAtomic(target, bytes);
          return path.resolve(target);
        });
        emit(io, opts, { out: written }, () => `Đã tạo ${written.length} mẫu trong ${opts.out}`);
        return;
      }
      if (!opts.unit) throw new CliError('INVALID_INPUT', 'Cần --unit MÃ_ĐƠN_VỊ, hoặc --all để tạo mẫu cho mọi đơn vị.');
      const file = await call(svc, 'templates.generate', { planId, roundId, unitCode: opts.unit });
      writeFileAtomic(opts.out, Buffer.from(file.dataBase64, 'base64'));
      emit(io, opts, { out: path.resolve(opts.out) }, () => `Đã tạo mẫu: ${opts.out}`);
    }),
  );

  withCommon(
    program
      .command('import <files...>')
      .description('nhập báo cáo (tệp hoặc thư mục)')
      .option('--plan <plan>', 'chỉ nhận báo cáo của kế hoạch này')
      .option('--round <round>', 'chỉ nhận báo cáo của kỳ này')
      .option('--received <date>', 'ngày nhận YYYY-MM-DD (mặc định: hôm nay)'),
  ).action(async (inputs: string[], opts: CommonOpts & { plan?: string; round?: string; received?: string }) => {
    // The parse workers boot while the database opens and the plan and round are looked up.
    io.engine.parse.warm?.();
    return withService(io, opts, async (svc) => {
      const planId = opts.plan ? await resolvePlanId(svc, opts.plan) : undefined;
      const roundId = opts.round && planId !== undefined ? await resolveRoundId(svc, planId, opts.round) : undefined;
      const results: ImportResult[] = [];
      // The next file is read while this one is filed (the service files them in this order).
      const ahead: Promise<ImportResult>[] = [];
      const settle = async (): Promise<void> => {
        const r = await ahead.shift()!;
        results.push(r);
        if (!opts.json) io.out(importLine(r));
      };
      for (const f of expandInputs(inputs)) {
        ahead.push(call(svc, 'reports.import', { file: { name: path.basename(f), path: path.resolve(f) }, planId, roundId, receivedAt: opts.received }));
        if (ahead.length >= IMPORT_LOOKAHEAD) await settle();
      }
      while (ahead.length > 0) await settle();
      if (opts.json) io.out(JSON.stringify(results.map(({ reportId: _r, ...rest }) => rest), null, 2));
      if (results.some((r) => r.outcome === 'rejected')) process.exitCode = 2;
    });
  });

  withCommon(
    program
      .command('status')
      .description('đối chiếu một kỳ báo cáo')
      .requiredOption('--plan <plan>', 'kế hoạch')
      .requiredOption('--round <round>', 'kỳ báo cáo'),
  ).action(async (opts: RoundOpts) =>
    withService(io, opts, async (svc) => {
      const planId = await resolvePlanId(svc, opts.plan);
      const roundId = await resolveRoundId(svc, planId, opts.round);
      const s = await call(svc, 'status.get', { planId, roundId });
      emit(io, opts, s, () => statusText(s));
    }),
  );

  withCommon(
    program
      .command('export')
      .description('xuất báo cáo tổng hợp (PDF, Word, phụ lục Excel)')
      .requiredOption('--plan <plan>', 'kế hoạch')
      .requiredOption('--round <round>', 'kỳ báo cáo')
      .option('--pdf <file>', 'tệp PDF ghi ra')
      .option('--docx <file>', 'tệp Word ghi ra')
      .option('--xlsx <file>', 'tệp Excel phụ lục ghi ra'),
  ).action(async (opts: RoundOpts & { pdf?: string; docx?: string; xlsx?: string }) =>
    withService(io, opts, async (svc) => {
      const outputs = (['pdf', 'docx', 'xlsx'] as const).filter((f) => opts[f] !== undefined);
      if (outputs.length === 0) throw new CliError('INVALID_INPUT', 'Hãy chọn ít nhất một tệp ra: --pdf, --docx hoặc --xlsx.');
      const planId = await resolvePlanId(svc, opts.plan);
      const roundId = await resolveRoundId(svc, planId, opts.round);
      const written: Record<string, string> = {};
      for (const f of outputs) {
        const file = await call(svc, `export.${f}`, { planId, roundId });
        writeFileAtomic(opts[f]!, Buffer.from(file.dataBase64, 'base64'));
        written[f] = path.resolve(opts[f]!);
      }
      emit(io, opts, written, () => Object.values(written).map((p) => `Đã xuất: ${p}`).join('\n'));
    }),
  );
}
