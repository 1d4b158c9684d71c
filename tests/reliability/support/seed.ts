// A seeded database (unit directory + one plan) and a batch of filled templates made once with the
// real libraries, plus what the real reader made of each file, so child processes can replay it.
import fs from 'node:fs';
import path from 'node:path';
import { fillTemplate } from '../../../electron/core/demo/fill-template';
import { sha256 } from '../../../electron/core/files/store';
import type { NormalizedReport } from '../../../electron/core/imports/normalized-report';
import { inProcessParser } from '../../../electron/core/imports/parse-runner';
import { createService } from '../../../electron/core/service';
import type { Service } from '../../../electron/core/service';
import { samplePlanDraft } from '../../helpers/plan-fixture';
import { callOk } from '../../helpers/service-calls';
import { SAMPLES } from '../../helpers/temp';
import { TEST_ENGINE } from '../../helpers/engine';

export { replayParser } from './replay';

export type BatchFile = { name: string; bytes: Buffer; sha: string; unitCode: string; entries: number; figures: number };

export type Seed = {
  /** A checkpointed database file (no -wal) holding units and the plan, copied per round. */
  baseDb: string;
  planId: number;
  roundId: number;
  /** Import order: first versions, then revisions that supersede some of them. */
  batch: BatchFile[];
  /** sha → what the real reader returned for that file. */
  reports: Record<string, NormalizedReport>;
};

/** Units the sample plan assigns an item to, so each template has entries. */
export const SEED_UNITS = ['HUDT', 'HUPG', 'TXBC', 'THUTDM', 'BAOBD', 'BCSUBND'] as const;

export async function makeSeed(dir: string, opts: { revisions?: number } = {}): Promise<Seed> {
  fs.mkdirSync(dir, { recursive: true });
  const baseDb = path.join(dir, 'base.sqlite');
  const svc = createService({ ...TEST_ENGINE, dbPath: baseDb, parse: inProcessParser });
  try {
    await callOk(svc, 'units.importTable', { file: { name: 'units.csv', path: path.join(SAMPLES, 'units-binh-duong.csv') } });
    const plan = await callOk(svc, 'plans.create', { draft: samplePlanDraft() });
    const planId = plan.id;
    const roundId = plan.rounds[0]!.id;
    const catalog = { units: await callOk(svc, 'units.list', {}), plans: [plan] };
    const batch: BatchFile[] = [];
    const reports: Record<string, NormalizedReport> = {};
    const add = async (unitCode: string, version: number): Promise<void> => {
      const tpl = await callOk(svc, 'templates.generate', { planId, roundId, unitCode });
      const bytes = await fillTemplate(Buffer.from(tpl.dataBase64, 'base64'), {
        status: version === 1 ? 'Đang thực hiện' : 'Đã thực hiện',
        result: `Bản ${version}: tổ chức ${10 + version} hội nghị quán triệt, 1.450 lượt cán bộ tham dự.`,
        reportDate: version === 1 ? '2019-07-05' : '2019-07-12',
        figures: { hoi_nghi: 10 + version, tin_bai: '1.450' },
      });
      const name = `${unitCode}-v${version}.xlsx`;
      const report = await inProcessParser(bytes, name, catalog);
      const sha = sha256(bytes);
      reports[sha] = report;
      batch.push({ name, bytes, sha, unitCode, entries: report.entries.length, figures: report.figures.length });
    };
    for (const u of SEED_UNITS) await add(u, 1);
    for (const u of SEED_UNITS.slice(0, opts.revisions ?? 2)) await add(u, 2);
    svc.db.pragma('wal_checkpoint(TRUNCATE)');
    return { baseDb, planId, roundId, batch, reports };
  } finally {
    svc.close();
  }
}

/** A fresh copy of the seeded database (and its empty store) for one round. */
export function copyBase(seed: Seed, dbPath: string): void {
  fs.mkdirSync(path.dirname(dbPath), { recursive: true });
  fs.copyFileSync(seed.baseDb, dbPath);
}

/** Writes the batch where a child process can read it, in import order. */
export function writeBatch(seed: Seed, dir: string): string[] {
  fs.mkdirSync(dir, { recursive: true });
  return seed.batch.map((f, i) => {
    const p = path.join(dir, `${String(i).padStart(2, '0')}-${f.name}`);
    fs.writeFileSync(p, f.bytes);
    return p;
  });
}

export function tableCounts(svc: Service): Record<string, number> {
  const tables = svc.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[];
  const out: Record<string, number> = {};
  for (const { name } of tables) out[name] = (svc.db.prepare(`SELECT COUNT(*) AS n FROM "${name}"`).get() as { n: number }).n;
  return out;
}
