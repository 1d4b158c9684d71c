// Crash safety through the real command line: `tonghop import` (real readers, createService) and
// `tonghop export --pdf` SIGKILLed at random moments. After an import kill the database must be
// whole (see kill.test.ts); after an export kill the final PDF name holds either nothing, the
// previous file, or a complete new PDF — never a partial one (writeFileAtomic).
// CLI_KILLS (default 20) and EXPORT_KILLS (default 30) bound the run; EXPORT_KILL_BUDGET_MS (default
// 75 s) stops the export kills early once 10 have landed, so a loaded machine does not time it out.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createService } from '../../electron/core/service';
import { samplePlanDraft } from '../helpers/plan-fixture';
import { callOk } from '../helpers/service-calls';
import { tempDir } from '../helpers/temp';
import { bundle } from './support/bundle';
import { ageStore, checkConsistency } from './support/check';
import type { Expected } from './support/check';
import { prng, runChild } from './support/child';
import { copyBase, makeSeed, replayParser, writeBatch } from './support/seed';
import type { Seed } from './support/seed';
import { ensureBuilt } from '../helpers/built';
import { TEST_ENGINE } from '../helpers/engine';

const CLI_KILLS = Number(process.env.CLI_KILLS ?? 20);
const EXPORT_KILLS = Number(process.env.EXPORT_KILLS ?? 30);
const EXPORT_BUDGET_MS = Number(process.env.EXPORT_KILL_BUDGET_MS ?? 75_000);
const MIN_KILLS = Math.min(EXPORT_KILLS, 10);
const PLAN = samplePlanDraft().number!;
const ROUND = samplePlanDraft().rounds[0]!.label;

let dir: string;
let seed: Seed;
let cli: string;
let batchDir: string;
let expected: Expected;

beforeAll(async () => {
  dir = tempDir('tonghop-kill-cli-');
  // The CLI reads report files in the built worker (dist/workers), as it does for users.
  [seed, cli] = await Promise.all([makeSeed(path.join(dir, 'seed'), { revisions: 1 }), bundle('electron/cli/main.ts'), ensureBuilt()]);
  batchDir = path.join(dir, 'batch');
  writeBatch(seed, batchDir);
  expected = new Map(seed.batch.map((f) => [f.sha, { entries: f.entries, figures: f.figures }]));
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
  if (cli) fs.rmSync(cli, { force: true });
});

/** A whole PDF: header, and the end-of-file marker after the cross-reference table. */
function isCompletePdf(b: Buffer): boolean {
  return b.subarray(0, 5).toString('latin1') === '%PDF-' && b.subarray(-32).toString('latin1').trimEnd().endsWith('%%EOF');
}

describe('crash safety through the CLI (SIGKILL)', () => {
  it('import: killed at random points, the database reopens whole and the folder imports again', async () => {
    const cal = path.join(dir, 'cal', 'data.sqlite');
    copyBase(seed, cal);
    const full = await runChild(cli, ['import', batchDir, '--db', cal, '--received', '2019-07-14'], { kind: 'none' });
    expect(full.code, full.stderr).toBe(0);
    const rand = prng(0xc11);
    let kills = 0;
    let finished = 0;
    let failures = 0;
    let torn = 0;
    let orphans = 0;
    let integrity = 0;
    for (let k = 0; kills < CLI_KILLS && k < CLI_KILLS * 2; k++) {
      const db = path.join(dir, `ci${k}`, 'data.sqlite');
      copyBase(seed, db);
      const run = await runChild(cli, ['import', batchDir, '--db', db, '--received', '2019-07-14'], { kind: 'afterSpawn', ms: rand() * full.totalMs });
      if (run.killed) kills++;
      else finished++;
      ageStore(`${db}-files`);
      const svc = createService({ ...TEST_ENGINE, dbPath: db, parse: replayParser(seed.reports) });
      try {
        const c = checkConsistency(svc, expected);
        if (c.integrity !== 'ok') integrity++;
        torn += c.tornImports;
        orphans += c.orphanFiles + c.tmpFiles;
        if (c.missingOriginals || c.danglingFiles || c.doubleCurrent) failures++;
        for (const f of seed.batch) {
          const r = await callOk(svc, 'reports.import', { file: { name: f.name, dataBase64: f.bytes.toString('base64') } });
          if (!['imported', 'superseded', 'duplicate'].includes(r.outcome)) failures++;
        }
        if ((svc.db.prepare('SELECT COUNT(*) AS n FROM reports').get() as { n: number }).n !== seed.batch.length) failures++;
      } finally {
        svc.close();
      }
      fs.rmSync(path.dirname(db), { recursive: true, force: true });
    }
    console.log(
      `kill test (CLI import, real readers): ${kills} kills, ${integrity} integrity failures, ${torn} torn imports, ${orphans} orphan files, ${failures} other failures` +
        ` (${finished} runs finished before the kill; full run ${Math.round(full.totalMs)} ms)`,
    );
    expect(kills).toBeGreaterThanOrEqual(Math.min(CLI_KILLS, 10));
    expect({ integrity, torn, orphans, failures }).toEqual({ integrity: 0, torn: 0, orphans: 0, failures: 0 });
  }, 120_000);

  it('export --pdf: killed at random points, the final name never holds a partial file', async () => {
    const db = path.join(dir, 'export', 'data.sqlite');
    copyBase(seed, db);
    const svc = createService({ ...TEST_ENGINE, dbPath: db, parse: replayParser(seed.reports) });
    for (const f of seed.batch) await callOk(svc, 'reports.import', { file: { name: f.name, dataBase64: f.bytes.toString('base64') } });
    svc.close();
    const outDir = path.join(dir, 'out');
    fs.mkdirSync(outDir);
    const ref = path.join(outDir, 'ref.pdf');
    const full = await runChild(cli, ['export', '--plan', PLAN, '--round', ROUND, '--pdf', ref, '--db', db], { kind: 'none' });
    expect(full.code, full.stderr).toBe(0);
    const previous = fs.readFileSync(ref);
    expect(isCompletePdf(previous)).toBe(true);

    const rand = prng(0xe4);
    const t = { kills: 0, finished: 0, absent: 0, previousKept: 0, completeNew: 0, partial: 0, leftoverPart: 0 };
    const t0 = performance.now();
    for (let k = 0; t.kills < EXPORT_KILLS && k < EXPORT_KILLS * 2 && (t.kills < MIN_KILLS || performance.now() - t0 < EXPORT_BUDGET_MS); k++) {
      const out = path.join(outDir, `r${k}.pdf`);
      // Half the runs overwrite an earlier export, which must survive a kill untouched.
      const overwrite = k % 2 === 1;
      if (overwrite) fs.writeFileSync(out, previous);
      // The write and rename come last: half the kills aim at the final 30% of the run.
      const at = rand() < 0.5 ? rand() * full.totalMs : full.totalMs * (0.7 + rand() * 0.35);
      const run = await runChild(cli, ['export', '--plan', PLAN, '--round', ROUND, '--pdf', out, '--db', db], { kind: 'afterSpawn', ms: at });
      if (run.killed) t.kills++;
      else t.finished++;
      if (!fs.existsSync(out)) t.absent++;
      else {
        const b = fs.readFileSync(out);
        if (overwrite && b.equals(previous)) t.previousKept++;
        else if (isCompletePdf(b)) t.completeNew++;
        else t.partial++;
      }
    }
    t.leftoverPart = fs.readdirSync(outDir).filter((n) => n.endsWith('.part')).length;
    const check = createService({ ...TEST_ENGINE, dbPath: db, parse: replayParser(seed.reports) });
    const integrity = String(check.db.pragma('integrity_check', { simple: true }));
    check.close();
    console.log(
      `kill test (CLI export --pdf): ${t.kills} kills, ${t.partial} partial files under the final name; absent ${t.absent}, previous kept ${t.previousKept},` +
        ` complete new ${t.completeNew}, runs finished first ${t.finished}, leftover .part temp files ${t.leftoverPart} (full run ${Math.round(full.totalMs)} ms)`,
    );
    expect(t.kills).toBeGreaterThanOrEqual(MIN_KILLS);
    expect(t.partial).toBe(0);
    expect(integrity).toBe('ok');
  }, 240_000);
});
