// I/O failure injection: the Nth open, write, fsync or rename under the content store (imports)
// and under writeFileAtomic (exports) fails — once, or from then on — with a real errno. Every
// failure must reach the caller as an AppError or a rejected ImportResult with a Vietnamese
// message, and leave the database whole: integrity ok, no report whose original is missing, no
// temp files, and after a "once" failure the same file imports on the next try.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/program';
import type { WriteFs } from '../../electron/core/files/fs-port';
import { realFs } from '../../electron/core/files/fs-port';
import { writeFileAtomic } from '../../electron/core/files/write-atomic';
import { createService } from '../../electron/core/service';
import type { ImportResult } from '../../shared/domain';
import { isAppError } from '../../shared/errors';
import { samplePlanDraft } from '../helpers/plan-fixture';
import { callOk } from '../helpers/service-calls';
import { tempDir } from '../helpers/temp';
import { ageStore, checkConsistency, isVietnamese } from './support/check';
import type { Expected } from './support/check';
import { copyBase, makeSeed, replayParser, tableCounts } from './support/seed';
import type { BatchFile, Seed } from './support/seed';
import { TEST_ENGINE } from '../helpers/engine';

type Op = 'openSync' | 'writeSync' | 'fsyncSync' | 'fsync' | 'renameSync' | 'mkdirSync';
type Fault = { op: Op; n: number; persistent: boolean; code: string };

/** node:fs with the Nth call of one operation failing (and every later one when persistent). */
function faultyFs(f: Fault): WriteFs & { calls: () => number; failures: () => number } {
  let calls = 0;
  let failures = 0;
  const orig = realFs[f.op] as (...a: unknown[]) => unknown;
  const wrapped: Record<string, unknown> = { ...realFs };
  wrapped[f.op] = (...a: unknown[]): unknown => {
    calls++;
    if (calls === f.n || (f.persistent && calls > f.n)) {
      failures++;
      throw Object.assign(new Error(`${f.code}: injected failure, ${f.op}`), { code: f.code, syscall: f.op });
    }
    return orig.apply(realFs, a);
  };
  return Object.assign(wrapped as WriteFs, { calls: () => calls, failures: () => failures });
}

let dir: string;
let seed: Seed;
let batch: BatchFile[];
let expected: Expected;

beforeAll(async () => {
  dir = tempDir('tonghop-io-');
  seed = await makeSeed(path.join(dir, 'seed'), { revisions: 1 });
  // Four first versions and one revision: five originals written, five renames.
  batch = [...seed.batch.slice(0, 4), seed.batch.at(-1)!];
  expected = new Map(seed.batch.map((f) => [f.sha, { entries: f.entries, figures: f.figures }]));
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const input = (f: BatchFile) => ({ file: { name: f.name, dataBase64: f.bytes.toString('base64') }, receivedAt: '2019-07-14' });
const CODES = ['ENOSPC', 'EIO', 'EACCES', 'EBUSY'];

describe('I/O failures under the content store (imports)', () => {
  it('the Nth open/write/fsync/rename failing, once or persistently, is a rejected import with a Vietnamese message and a whole database', async () => {
    // Imports fsync their originals in the thread pool (fsync); exports and backups synchronously (fsyncSync).
    const ops: Op[] = ['openSync', 'writeSync', 'fsync', 'renameSync', 'mkdirSync'];
    const summary: Record<string, { runs: number; rejected: number; imported: number; retried: number }> = {};
    let k = 0;
    for (const op of ops) {
      // mkdir runs only when a prefix folder is new; the others once per original.
      for (let n = 1; n <= batch.length + 1; n++) {
        for (const persistent of [false, true]) {
          const code = CODES[k % CODES.length]!;
          const db = path.join(dir, `f${k++}`, 'data.sqlite');
          copyBase(seed, db);
          const ffs = faultyFs({ op, n, persistent, code });
          const svc = createService({ ...TEST_ENGINE, dbPath: db, parse: replayParser(seed.reports), fs: ffs });
          const before = tableCounts(svc);
          const results: ImportResult[] = [];
          for (const f of batch) results.push(await callOk(svc, 'reports.import', input(f)));
          const rejected = results.filter((r) => r.outcome === 'rejected');
          const s = (summary[`${op} ${persistent ? 'persistent' : 'once'}`] ??= { runs: 0, rejected: 0, imported: 0, retried: 0 });
          s.runs++;
          s.rejected += rejected.length;
          s.imported += results.length - rejected.length;
          // Exactly the imports that hit a failure were rejected, each with a typed Vietnamese message.
          expect(rejected.length, `${op} #${n} ${persistent}`).toBe(Math.min(ffs.failures(), batch.length));
          for (const r of rejected) {
            expect(r.error?.code).toBe('INTERNAL');
            expect(isVietnamese(r.error!.message), r.error!.message).toBe(true);
            expect(r.error!.message).toContain(code);
          }
          // A rejected import wrote no row.
          const after = tableCounts(svc);
          expect(after.reports! - before.reports!).toBe(results.length - rejected.length);
          expect(after.stored_files! - before.stored_files!).toBe(results.length - rejected.length);
          const c = checkConsistency(svc, expected);
          expect(c, `${op} #${n} ${persistent}`).toMatchObject({ integrity: 'ok', missingOriginals: 0, danglingFiles: 0, tornImports: 0, tmpFiles: 0, orphanFiles: 0 });
          svc.close();
          // Next start, with the disk healthy again: whole, nothing orphaned, and the rejected files import.
          ageStore(`${db}-files`);
          const again = createService({ ...TEST_ENGINE, dbPath: db, parse: replayParser(seed.reports) });
          for (const r of rejected) {
            const f = batch.find((b) => b.name === r.file)!;
            const rr = await callOk(again, 'reports.import', input(f));
            expect(['imported', 'superseded']).toContain(rr.outcome);
            s.retried++;
          }
          expect(checkConsistency(again, expected)).toMatchObject({ integrity: 'ok', missingOriginals: 0, danglingFiles: 0, tornImports: 0, tmpFiles: 0, orphanFiles: 0 });
          again.close();
        }
      }
    }
    console.log(
      `io failure (store): ${k} runs of ${batch.length} imports\n` +
        Object.entries(summary)
          .map(([key, s]) => `  ${key.padEnd(22)} runs ${s.runs}, rejected ${s.rejected}, imported ${s.imported}, re-imported after recovery ${s.retried}`)
          .join('\n'),
    );
  }, 90_000);
});

describe('I/O failures under writeFileAtomic (exports)', () => {
  it('a failing open/write/fsync/rename/mkdir throws a Vietnamese AppError and leaves the final name as it was', () => {
    const out = path.join(dir, 'atomic');
    fs.mkdirSync(out, { recursive: true });
    const old = Buffer.from('%PDF-1.4 old complete file %%EOF');
    const next = Buffer.alloc(256 * 1024, 7);
    let cases = 0;
    for (const op of ['openSync', 'writeSync', 'fsyncSync', 'renameSync', 'mkdirSync'] as const) {
      for (const existed of [false, true]) {
        for (const code of CODES) {
          const target = path.join(out, `sub-${cases}`, `bao-cao-${cases}.pdf`);
          if (existed) {
            fs.mkdirSync(path.dirname(target), { recursive: true });
            fs.writeFileSync(target, old);
          }
          let err: unknown = null;
          try {
            writeFileAtomic(target, next, faultyFs({ op, n: 1, persistent: true, code }));
          } catch (e) {
            err = e;
          }
          if (op === 'mkdirSync' && existed) {
            // The folder is there, so nothing asks to create it: the write goes through.
            expect(err).toBeNull();
            expect(fs.readFileSync(target).equals(next)).toBe(true);
            cases++;
            continue;
          }
          expect(isAppError(err), `${op} ${code}`).toBe(true);
          expect((err as Error).message).toContain(path.basename(target));
          expect(isVietnamese((err as Error).message)).toBe(true);
          if (existed) expect(fs.readFileSync(target).equals(old)).toBe(true);
          else expect(fs.existsSync(target)).toBe(false);
          if (fs.existsSync(path.dirname(target))) expect(fs.readdirSync(path.dirname(target)).filter((n) => n.endsWith('.part'))).toEqual([]);
          cases++;
        }
      }
    }
    console.log(`io failure (writeFileAtomic): ${cases} injected failures, all typed, final names untouched, no .part left`);
  });

  it('the CLI reports an export it cannot write with a Vietnamese message and exit code 1', async () => {
    const db = path.join(dir, 'cli', 'data.sqlite');
    copyBase(seed, db);
    const blocker = path.join(dir, 'cli', 'bao-cao.pdf');
    fs.mkdirSync(blocker); // a folder where the PDF should go: the rename fails (EISDIR)
    const err: string[] = [];
    const code = await runCli(['export', '--plan', samplePlanDraft().number!, '--round', samplePlanDraft().rounds[0]!.label, '--pdf', blocker, '--db', db], {
      out: () => undefined,
      err: (s) => err.push(s),
    }, TEST_ENGINE);
    console.log(`io failure (CLI export over a folder): exit ${code}: ${err.join(' ')}`);
    expect(code).toBe(1);
    expect(err.join(' ')).toContain('bao-cao.pdf');
    expect(isVietnamese(err.join(' '))).toBe(true);
    expect(fs.readdirSync(path.dirname(blocker)).filter((n) => n.endsWith('.part'))).toEqual([]);
  }, 60_000);
});
