// Scale run (issue 8): a generated province — 200 units, 10 plans, 4 rounds each, 8,000 report
// files — imported, reconciled and exported, with time, files per second, peak memory and DB size.
// Returned templates are made once per round with the real libraries, then re-addressed per unit
// by rewriting the unit code in the workbook's shared strings (fast, and still real .xlsx files).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { ApiInput, ApiMethod, ApiOutput } from '../shared/api';
import type { PlanDraft } from '../shared/domain';
import { fillTemplate } from '../electron/core/demo/fill-template';
import { dispatch } from '../electron/core/dispatch';
import { findSourceRoot, sourceLayout } from '../electron/core/paths';
import { createService, engineFor } from '../electron/core/service';

const UNITS = Number(process.env.SCALE_UNITS ?? 200);
const PLANS = Number(process.env.SCALE_PLANS ?? 10);
const ROUNDS = Number(process.env.SCALE_ROUNDS ?? 4);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tonghop-scale-'));
const dbPath = path.join(dir, 'scale.sqlite');
// Run from the repository (dist/bench): its layout, and the worker thread the app parses in.
const svc = createService({ ...engineFor(sourceLayout(findSourceRoot(import.meta.dirname))), dbPath });
async function call<M extends ApiMethod>(m: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
  const r = await dispatch(svc.handlers, m, input);
  if (!r.ok) throw new Error(`${m}: ${r.error.message}`);
  return r.value as ApiOutput<M>;
}
const code = (i: number) => `XA${String(i).padStart(4, '0')}`;
let peak = 0;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);

for (let i = 0; i < UNITS; i++) {
  await call('units.save', { code: code(i), name: `Đảng ủy xã Thử Nghiệm ${i + 1}`, kind: 'dang-uy-xa', parentCode: null, aliases: [], validFrom: null, validTo: null, mergedInto: null });
}

function readdress(bytes: Buffer, from: string, to: string): Buffer {
  const files = unzipSync(new Uint8Array(bytes));
  for (const name of Object.keys(files)) {
    if (!name.endsWith('.xml')) continue;
    const xml = strFromU8(files[name]!);
    if (xml.includes(from)) files[name] = strToU8(xml.split(from).join(to));
  }
  return Buffer.from(zipSync(files));
}

let files = 0;
let importMs = 0;
const statusMs: number[] = [];
let lastPlan = 0;
let lastRound = 0;
for (let p = 0; p < PLANS; p++) {
  const draft: PlanDraft = {
    docType: 'Kế hoạch', number: `${p + 1}-KH/TU`, place: 'Thử Nghiệm', issuedDate: '2026-01-05', issuer: 'BAN THƯỜNG VỤ', superiorIssuer: 'TỈNH ỦY',
    title: `Kế hoạch thử tải số ${p + 1}`, cites: [], recipients: [], signer: null, sourceText: '',
    items: Array.from({ length: 20 }, (_, k) => ({ code: `II.${k + 1}`, parentCode: null, level: 1, kind: 'task' as const, text: `Nhiệm vụ ${k + 1} của kế hoạch ${p + 1}`, assignees: [{ label: 'Các đảng ủy xã', unitCode: null, unitKinds: ['dang-uy-xa' as const] }], deadline: null, flags: [] })),
    rounds: Array.from({ length: ROUNDS }, (_, q) => ({ label: `Quý ${q + 1}/2026`, periodFrom: `2026-${String(q * 3 + 1).padStart(2, '0')}-01`, periodTo: `2026-${String(q * 3 + 3).padStart(2, '0')}-28`, dueDate: `2026-${String(q * 3 + 3).padStart(2, '0')}-28` })),
    indicators: [
      { key: 'hoi_nghi', name: 'Số hội nghị', measure: 'hội nghị', synonyms: [] },
      { key: 'luot_tham_du', name: 'Lượt người tham dự', measure: 'lượt', synonyms: [] },
      { key: 'tin_bai', name: 'Số tin, bài', measure: 'tin, bài', synonyms: [] },
    ],
  };
  const plan = await call('plans.create', { draft });
  for (const round of plan.rounds) {
    const tpl = await call('templates.generate', { planId: plan.id, roundId: round.id, unitCode: code(0) });
    const filled = await fillTemplate(Buffer.from(tpl.dataBase64, 'base64'), { status: 'Đã thực hiện', result: 'Hoàn thành', reportDate: round.dueDate, figures: { hoi_nghi: 3, luot_tham_du: 250, tin_bai: 12 } });
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < UNITS; i++) {
      const bytes = i === 0 ? filled : readdress(filled, code(0), code(i));
      const r = await call('reports.import', { file: { name: `${plan.number}-${round.label}-${code(i)}.xlsx`, dataBase64: bytes.toString('base64') }, receivedAt: round.dueDate });
      if (r.outcome !== 'imported') throw new Error(`${code(i)}: ${r.outcome} ${r.error?.message ?? ''}`);
      files++;
    }
    importMs += Number(process.hrtime.bigint() - t0) / 1e6;
    const s0 = process.hrtime.bigint();
    await call('status.get', { planId: plan.id, roundId: round.id });
    statusMs.push(Number(process.hrtime.bigint() - s0) / 1e6);
    lastPlan = plan.id;
    lastRound = round.id;
  }
  process.stderr.write(`… kế hoạch ${p + 1}/${PLANS}: ${files} tệp\n`);
}
const e0 = process.hrtime.bigint();
await call('export.pdf', { planId: lastPlan, roundId: lastRound });
const exportMs = Number(process.hrtime.bigint() - e0) / 1e6;
clearInterval(sampler);
svc.close();
const size = (f: string) => fs.statSync(f, { throwIfNoEntry: false })?.size ?? 0;
const avg = statusMs.reduce((a, b) => a + b, 0) / statusMs.length;
process.stdout.write(
  [
    `scale run: ${UNITS} units × ${PLANS} plans × ${ROUNDS} rounds = ${files} report files`,
    `  import: ${(importMs / 1000).toFixed(1)} s (${((files * 1000) / importMs).toFixed(1)} files/s)`,
    `  status: ${avg.toFixed(0)} ms on average per round (max ${Math.max(...statusMs).toFixed(0)} ms)`,
    `  export PDF of one round: ${exportMs.toFixed(0)} ms`,
    `  peak RSS: ${(peak / 1048576).toFixed(0)} MiB; database ${((size(dbPath) + size(`${dbPath}-wal`)) / 1048576).toFixed(1)} MiB`,
  ].join('\n') + '\n',
);
fs.rmSync(dir, { recursive: true, force: true });
