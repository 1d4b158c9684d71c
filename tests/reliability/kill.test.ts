// Crash safety of imports: a child process imports a batch of filled templates and is SIGKILLed
// at random moments — during start-up and open, between writing an original and committing its
// row, inside transactions. After every kill the database is reopened as the app would open it
// and must be whole: integrity ok, every report with its original on disk and all its entries,
// no orphan originals once the sweep's grace period has passed, and the batch, run again, completes.
// KILLS (default 200) and KILL_BUDGET_MS (default 70 s) bound the run; counts are printed.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createService } from '../../electron/core/service';
import { callOk } from '../helpers/service-calls';
import { tempDir } from '../helpers/temp';
import { bundle } from './support/bundle';
import { ageStore, checkConsistency } from './support/check';
import type { Consistency, Expected } from './support/check';
import { prng, runChild } from './support/child';
import type { KillPlan } from './support/child';
import { copyBase, makeSeed, replayParser, writeBatch } from './support/seed';
import type { Seed } from './support/seed';
import { TEST_ENGINE } from '../helpers/engine';

const KILLS = Number(process.env.KILLS ?? 200);
const BUDGET_MS = Number(process.env.KILL_BUDGET_MS ?? 70_000);
const LANES = 2;

let dir: string;
let seed: Seed;
let child: string;
let replayFile: string;
let files: string[];
let expected: Expected;

beforeAll(async () => {
  dir = tempDir('tonghop-kill-');
  [seed, child] = await Promise.all([makeSeed(path.join(dir, 'seed')), bundle('tests/reliability/import-child.ts')]);
  replayFile = path.join(dir, 'replay.json');
  fs.writeFileSync(replayFile, JSON.stringify(seed.reports));
  files = writeBatch(seed, path.join(dir, 'batch'));
  expected = new Map(seed.batch.map((f) => [f.sha, { entries: f.entries, figures: f.figures }]));
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
  if (child) fs.rmSync(child, { force: true });
});

type Tally = {
  kills: number;
  killedBeforeReady: number;
  killedDuringBatch: number;
  finishedBeforeKill: number;
  importsCommittedBeforeKill: number;
  integrityFailures: number;
  openFailures: number;
  tornImports: number;
  missingOriginals: number;
  danglingFiles: number;
  orphansKeptByGrace: number;
  orphanFiles: number;
  tmpFiles: number;
  doubleCurrent: number;
  rerunFailures: number;
};

function add(t: Tally, c: Consistency, orphanKey: 'orphansKeptByGrace' | 'orphanFiles'): void {
  if (c.integrity !== 'ok') t.integrityFailures++;
  t.tornImports += c.tornImports;
  t.missingOriginals += c.missingOriginals;
  t.danglingFiles += c.danglingFiles;
  t.doubleCurrent += c.doubleCurrent;
  t[orphanKey] += c.orphanFiles + c.tmpFiles;
  if (orphanKey === 'orphanFiles') t.tmpFiles += c.tmpFiles;
}

async function oneRound(k: number, rand: () => number, batchMs: number, readyMs: number, t: Tally): Promise<void> {
  const roundDir = path.join(dir, `r${k}`);
  const db = path.join(roundDir, 'data.sqlite');
  copyBase(seed, db);
  // One kill in six lands during start-up (open, quick_check, sweep); the rest while importing.
  const plan: KillPlan = rand() < 1 / 6 ? { kind: 'afterSpawn', ms: rand() * readyMs } : { kind: 'afterReady', ms: rand() * batchMs * 1.1 };
  const run = await runChild(child, [db, replayFile, ...files], plan);
  if (!run.killed) {
    t.finishedBeforeKill++;
    expect(run.code, run.stderr).toBe(0);
  } else {
    t.kills++;
    if (run.readyMs === null) t.killedBeforeReady++;
    else t.killedDuringBatch++;
    t.importsCommittedBeforeKill += run.lines.filter((l) => l.startsWith('done ')).length;
  }

  // Reopen at once, as the user restarting the app would: whole, though the killed import's
  // original may still be there (younger than the sweep's grace period).
  let svc;
  try {
    svc = createService({ ...TEST_ENGINE, dbPath: db, parse: replayParser(seed.reports) });
  } catch (e) {
    t.openFailures++;
    throw e;
  }
  add(t, checkConsistency(svc, expected), 'orphansKeptByGrace');
  svc.close();

  // Opened again after the grace period: the sweep has removed every unreferenced original.
  ageStore(`${db}-files`);
  svc = createService({ ...TEST_ENGINE, dbPath: db, parse: replayParser(seed.reports) });
  try {
    add(t, checkConsistency(svc, expected), 'orphanFiles');
    // The whole batch again: every file is imported, superseding, or recognised as a duplicate.
    for (const f of seed.batch) {
      const r = await callOk(svc, 'reports.import', { file: { name: f.name, dataBase64: f.bytes.toString('base64') }, receivedAt: '2019-07-14' });
      if (!['imported', 'superseded', 'duplicate'].includes(r.outcome)) t.rerunFailures++;
    }
    const c = checkConsistency(svc, expected);
    const committed = new Set((svc.db.prepare('SELECT file_sha FROM reports').all() as { file_sha: string }[]).map((r) => r.file_sha));
    const current = svc.db.prepare('SELECT COUNT(*) AS n FROM reports WHERE superseded_by IS NULL').get() as { n: number };
    if (c.integrity !== 'ok' || c.tornImports || c.missingOriginals || c.doubleCurrent || seed.batch.some((f) => !committed.has(f.sha)) || current.n !== new Set(seed.batch.map((f) => f.unitCode)).size) {
      t.rerunFailures++;
    }
  } finally {
    svc.close();
  }
  fs.rmSync(roundDir, { recursive: true, force: true });
}

describe('crash safety of imports (SIGKILL)', () => {
  it(`survives up to ${KILLS} kills at random points`, async () => {
    // Calibrate: how long start-up and the batch take on this machine right now.
    const cal = path.join(dir, 'cal', 'data.sqlite');
    copyBase(seed, cal);
    const full = await runChild(child, [cal, replayFile, ...files], { kind: 'none' });
    expect(full.code, full.stderr).toBe(0);
    expect(full.lines.filter((l) => /^done \d+ (imported|superseded)$/.test(l))).toHaveLength(files.length);
    const readyMs = full.readyMs ?? 150;
    const batchMs = Math.max(20, full.totalMs - readyMs);

    const t: Tally = {
      kills: 0,
      killedBeforeReady: 0,
      killedDuringBatch: 0,
      finishedBeforeKill: 0,
      importsCommittedBeforeKill: 0,
      integrityFailures: 0,
      openFailures: 0,
      tornImports: 0,
      missingOriginals: 0,
      danglingFiles: 0,
      orphansKeptByGrace: 0,
      orphanFiles: 0,
      tmpFiles: 0,
      doubleCurrent: 0,
      rerunFailures: 0,
    };
    const t0 = performance.now();
    let next = 0;
    const lane = async (id: number): Promise<void> => {
      const rand = prng(0x5eed + id);
      while (t.kills < KILLS && performance.now() - t0 < BUDGET_MS) await oneRound(next++, rand, batchMs, readyMs, t);
    };
    await Promise.all(Array.from({ length: LANES }, (_, i) => lane(i)));
    const secs = ((performance.now() - t0) / 1000).toFixed(1);

    console.log(
      `kill test: ${t.kills} kills, ${t.integrityFailures} integrity failures, ${t.tornImports} torn imports, ${t.orphanFiles} orphan files` +
        ` (batch ${files.length} files, start-up ${Math.round(readyMs)} ms, batch ${Math.round(batchMs)} ms, ${secs} s)\n` +
        `  killed during start-up/open: ${t.killedBeforeReady}, during the batch: ${t.killedDuringBatch}, child finished first: ${t.finishedBeforeKill}\n` +
        `  imports committed before the kill: ${t.importsCommittedBeforeKill}; open failures: ${t.openFailures}; missing originals: ${t.missingOriginals};` +
        ` rows without a reference: ${t.danglingFiles}; double current reports: ${t.doubleCurrent}; leftover temp files: ${t.tmpFiles};` +
        ` uncommitted originals kept by the sweep's grace period: ${t.orphansKeptByGrace}; batch re-run failures: ${t.rerunFailures}`,
    );
    expect(t.kills).toBeGreaterThanOrEqual(Math.min(KILLS, 50));
    expect(t.killedBeforeReady).toBeGreaterThan(0);
    expect(t.killedDuringBatch).toBeGreaterThan(0);
    expect({
      integrityFailures: t.integrityFailures,
      openFailures: t.openFailures,
      tornImports: t.tornImports,
      missingOriginals: t.missingOriginals,
      danglingFiles: t.danglingFiles,
      orphanFiles: t.orphanFiles,
      doubleCurrent: t.doubleCurrent,
      rerunFailures: t.rerunFailures,
    }).toEqual({ integrityFailures: 0, openFailures: 0, tornImports: 0, missingOriginals: 0, danglingFiles: 0, orphanFiles: 0, doubleCurrent: 0, rerunFailures: 0 });
  }, 150_000);
});
