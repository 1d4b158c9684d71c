// Replays the regression corpus (tests/fixtures/regressions/README.md lists each file, the doors
// it goes through and whether its bug is fixed). Fixed entries must pass every hostile-suite rule;
// open ones must still return within the bound and write nothing when rejected, and their current
// outcome is printed so a fix shows up.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inProcessParser, workerParser } from '../../electron/core/imports/parse-runner';
import { createService } from '../../electron/core/service';
import type { Service } from '../../electron/core/service';
import { REPO, tempDir } from '../helpers/temp';
import { bundle } from './support/bundle';
import { checkConsistency } from './support/check';
import type { Target } from './support/hostile-inputs';
import { runCase } from './support/hostile-run';
import { copyBase, makeSeed } from './support/seed';
import { TEST_ENGINE } from '../helpers/engine';

const CORPUS = path.join(REPO, 'tests', 'fixtures', 'regressions');
const TIME_BOUND_MS = 20_000;

type Entry = { file: string; doors: string[]; status: 'open' | 'fixed'; why: string };

function corpus(): Entry[] {
  return fs
    .readFileSync(path.join(CORPUS, 'README.md'), 'utf8')
    .split('\n')
    .filter((l) => l.startsWith('- '))
    .map((l) => {
      const [file, doors, status, ...why] = l.slice(2).split(' | ');
      return { file: file!.trim(), doors: doors!.split(',').map((d) => d.trim()), status: status!.trim() as Entry['status'], why: why.join(' | ') };
    });
}

let dir: string;
let worker: string;
let svc: Service;
let inproc: Service;

beforeAll(async () => {
  dir = tempDir('tonghop-regress-');
  const [seed, w] = await Promise.all([makeSeed(path.join(dir, 'seed')), bundle('electron/core/imports/parse-worker.ts')]);
  worker = w;
  copyBase(seed, path.join(dir, 'a', 'data.sqlite'));
  copyBase(seed, path.join(dir, 'b', 'data.sqlite'));
  svc = createService({ ...TEST_ENGINE, dbPath: path.join(dir, 'a', 'data.sqlite'), parse: workerParser(worker, { timeoutMs: 15_000, maxOldGenerationSizeMb: 512 }) });
  inproc = createService({ ...TEST_ENGINE, dbPath: path.join(dir, 'b', 'data.sqlite'), parse: inProcessParser });
}, 120_000);

afterAll(() => {
  svc?.close();
  inproc?.close();
  fs.rmSync(dir, { recursive: true, force: true });
  if (worker) fs.rmSync(worker, { force: true });
});

describe('regression corpus', () => {
  it('every file is listed in the README and every listed file exists', () => {
    const listed = new Set(corpus().map((e) => e.file));
    const present = fs.readdirSync(CORPUS).filter((n) => n !== 'README.md');
    expect(new Set(present)).toEqual(listed);
    for (const n of present) expect(fs.statSync(path.join(CORPUS, n)).size, n).toBeLessThan(256 * 1024);
  });

  it('replays every file through its doors', async () => {
    const lines: string[] = [];
    for (const e of corpus()) {
      const bytes = fs.readFileSync(path.join(CORPUS, e.file));
      for (const door of e.doors) {
        const [target, mode] = door.split(':') as [Target, string | undefined];
        const s = mode === 'in-process' ? inproc : svc;
        const r = await runCase(s, { cls: 'regression', name: e.file, bytes, targets: [target], mustReject: [target] }, target, { timeBoundMs: TIME_BOUND_MS });
        lines.push(`  ${e.status.padEnd(5)} ${e.file} → ${door}: ${r.outcome}${r.problems.length ? ` [${r.problems.join('; ')}]` : ''}`);
        // Always: it came back, in time, and a rejection wrote nothing.
        expect(r.problems.filter((p) => p.startsWith('crash') || p.startsWith('slow') || p.startsWith('rows')), `${e.file} ${door}`).toEqual([]);
        if (e.status === 'fixed') expect(r.problems, `${e.file} ${door}`).toEqual([]);
      }
    }
    console.log(`regressions: ${corpus().length} files\n${lines.join('\n')}`);
    for (const s of [svc, inproc]) expect(checkConsistency(s)).toMatchObject({ integrity: 'ok', missingOriginals: 0, danglingFiles: 0, tmpFiles: 0, orphanFiles: 0 });
  }, 120_000);
});
