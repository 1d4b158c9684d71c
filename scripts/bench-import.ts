// Import benchmark (issue 16): N free-form .xlsx + N .docx unit reports, imported whole-process by
// `tonghop import DIR` into a fresh database, beside a Python script that only reads the same files
// (openpyxl read-only + python-docx) and beside the floor of merely unzipping them. Prints figures.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { findSourceRoot, sourceLayout } from '../electron/core/paths';
import { writeCorpus } from './bench/corpus';

const N = Number(process.env.BENCH_FILES ?? 150);
// Run from the repository (dist/bench): its layout, its CLI, and the worker thread the app parses in.
const layout = sourceLayout(findSourceRoot(import.meta.dirname));
const root = findSourceRoot(import.meta.dirname);
const samples = path.join(layout.resourcesDir, 'samples');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tonghop-bench-import-'));
const db = path.join(dir, 'b.sqlite');
const reports = await writeCorpus(dir, N, path.join(samples, 'units-binh-duong.csv'));
const names = fs.readdirSync(reports).sort();
const megabytes = names.reduce((s, n) => s + fs.statSync(path.join(reports, n)).size, 0) / 1048576;

const tonghop = (...args: string[]): string =>
  execFileSync(process.execPath, [path.join(root, 'bin', 'tonghop.mjs'), ...args, '--db', db], { encoding: 'utf8', maxBuffer: 64 << 20 });
tonghop('units', 'import', path.join(dir, 'units.csv'));
tonghop('plan', 'import', path.join(samples, 'plans', 'plan-btg-binh-duong-31-kh-2019.txt'));
tonghop('plan', 'round', 'add', '31-KH/BTGTU', '--label', 'Thử 6 tháng 2019', '--due', '2019-07-15', '--from', '2019-01-01', '--to', '2019-06-30');

/** Wall time of a whole process, and its peak memory when GNU time is there to tell it. */
function timed(cmd: string, args: string[]): { ms: number; out: string; rssMiB: number | null } {
  const gnuTime = fs.existsSync('/usr/bin/time');
  const t0 = process.hrtime.bigint();
  const r = spawnSync(gnuTime ? '/usr/bin/time' : cmd, gnuTime ? ['-f', '%M', cmd, ...args] : args, { encoding: 'utf8', maxBuffer: 64 << 20 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0 && r.status !== 2) throw new Error(`${cmd} failed: ${r.stderr}`);
  const kb = gnuTime ? Number(/(\d+)\s*$/u.exec(r.stderr.trim())?.[1] ?? NaN) : NaN;
  return { ms, out: r.stdout, rssMiB: Number.isFinite(kb) ? kb / 1024 : null };
}

// The floor: unzip every file and scan its XML, in this process.
let t0 = process.hrtime.bigint();
let tags = 0;
for (const n of names) {
  for (const data of Object.values(unzipSync(new Uint8Array(fs.readFileSync(path.join(reports, n)))))) tags += (Buffer.from(data).toString('latin1').match(/<(c|w:t)\b/g) ?? []).length;
}
const floorMs = Number(process.hrtime.bigint() - t0) / 1e6;

const app = timed(process.execPath, [path.join(root, 'bin', 'tonghop.mjs'), 'import', reports, '--plan', '31-KH/BTGTU', '--round', 'Thử 6 tháng 2019', '--received', '2019-07-10', '--db', db, '--json']);
const outcomes: Record<string, number> = {};
for (const r of JSON.parse(app.out) as { outcome: string }[]) outcomes[r.outcome] = (outcomes[r.outcome] ?? 0) + 1;

const python = '/usr/bin/python3';
const script = path.join(root, 'scripts', 'bench', 'read_reports.py');
const hasPython = fs.existsSync(python) && spawnSync(python, ['-c', 'import openpyxl, docx'], { encoding: 'utf8' }).status === 0;
const py = hasPython ? timed(python, [script, reports]) : null;
t0 = process.hrtime.bigint();

const rss = (m: number | null): string => (m === null ? '' : `, peak RSS ${m.toFixed(0)} MiB`);
process.stdout.write(
  [
    `import bench: ${N} free-form .xlsx + ${N} .docx (${megabytes.toFixed(1)} MiB), whole process, fresh database`,
    `  unzip + scan XML floor (in process): ${floorMs.toFixed(0)} ms (${((names.length * 1000) / floorMs).toFixed(0)} files/s, ${tags} tags)`,
    `  tonghop import DIR:                  ${app.ms.toFixed(0)} ms (${((names.length * 1000) / app.ms).toFixed(1)} files/s)${rss(app.rssMiB)}; ${JSON.stringify(outcomes)}`,
    py
      ? `  Python openpyxl + python-docx read:  ${py.ms.toFixed(0)} ms (${py.out.trim()})${rss(py.rssMiB)}\n  ratio Python / app: ${(py.ms / app.ms).toFixed(2)} (≥ 2.0 is the aim)`
      : `  Python comparison skipped: ${python} with openpyxl and python-docx not found (apt-get install -y python3-openpyxl python3-docx)`,
  ].join('\n') + '\n',
);
fs.rmSync(dir, { recursive: true, force: true });
