// Feeds one hostile file to reports.import or plans.extract through the real dispatch and judges
// how it ended. Shared by hostile.test.ts, the regression replay and scripts/fuzz.ts.
import { dispatch } from '../../../electron/core/dispatch';
import type { Service } from '../../../electron/core/service';
import type { ImportResult } from '../../../shared/domain';
import { isVietnamese } from './check';
import type { HostileCase, Target } from './hostile-inputs';
import { tableCounts } from './seed';

export type CaseResult = {
  target: Target;
  /** "rejected FILE_CORRUPT", "review", "accepted", "extracted", "error INTERNAL", "crash". */
  outcome: string;
  message: string;
  ms: number;
  rssGrowthMb: number;
  problems: string[];
};

export type RunOptions = { timeBoundMs: number };

export async function runCase(svc: Service, c: HostileCase, target: Target, opts: RunOptions): Promise<CaseResult> {
  const before = tableCounts(svc);
  // HOSTILE_TRACE=1 names each case before it runs: the last one named is the one that took the process down.
  if (process.env.HOSTILE_TRACE) process.stderr.write(`case ${c.cls} ${c.name} ${target}\n`);
  const rss0 = process.memoryUsage().rss;
  let peak = rss0;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  const t0 = performance.now();
  let outcome = 'crash';
  let message = '';
  let rejected = false;
  try {
    const file = { name: c.name, dataBase64: c.bytes.toString('base64') };
    const res = target === 'import' ? await dispatch(svc.handlers, 'reports.import', { file }) : await dispatch(svc.handlers, 'plans.extract', { file });
    if (!res.ok) {
      outcome = `error ${res.error.code}`;
      message = res.error.message;
      rejected = true;
    } else if (target === 'extract') {
      outcome = 'extracted';
    } else {
      const r = res.value as ImportResult;
      message = r.error?.message ?? '';
      if (r.outcome === 'rejected') {
        outcome = `rejected ${r.error?.code ?? '?'}`;
        rejected = true;
      } else outcome = r.outcome === 'review' ? 'review' : 'accepted';
    }
  } catch (e) {
    message = (e as Error).message;
  } finally {
    clearInterval(sampler);
  }
  const ms = performance.now() - t0;
  peak = Math.max(peak, process.memoryUsage().rss);
  const problems: string[] = [];
  if (outcome === 'crash') problems.push('crash (exception out of dispatch)');
  if (/INTERNAL/u.test(outcome)) problems.push('untyped error (INTERNAL)');
  if (message && !isVietnamese(message)) problems.push('message not Vietnamese');
  if (rejected && !message.includes(c.name)) problems.push('message does not name the file');
  if (ms > opts.timeBoundMs) problems.push(`slow (${Math.round(ms)} ms)`);
  if (rejected && JSON.stringify(tableCounts(svc)) !== JSON.stringify(before)) problems.push('rows written by a rejected file');
  if (c.mustReject.includes(target) && !rejected) problems.push(`not rejected (${outcome})`);
  if (c.mustRead?.includes(target) && outcome !== 'accepted') problems.push(`not read (${outcome})`);
  return { target, outcome, message, ms, rssGrowthMb: (peak - rss0) / 1048576, problems };
}
