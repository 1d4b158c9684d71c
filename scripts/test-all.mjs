// `npm test`: type check, lint, build, then every vitest project (unit, integration, e2e),
// ending with one plain line "N passed, N failed" so a run that executed nothing shows.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const steps = [
  ['Type check', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']],
  ['Lint', 'npx', ['eslint', '.', '--max-warnings=0']],
  ['Build', 'npm', ['run', 'build']],
];
let failedSteps = 0;
for (const [name, cmd, args] of steps) {
  process.stdout.write(`\n=== ${name}\n`);
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) {
    process.stdout.write(`${name} failed (exit ${r.status})\n`);
    failedSteps++;
  }
}

const report = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tonghop-vitest-')), 'report.json');
process.stdout.write('\n=== Tests (vitest: unit + e2e)\n');
const v = spawnSync('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], { stdio: 'inherit' });
let passed = 0;
let failed = 0;
let skipped = 0;
if (fs.existsSync(report)) {
  const json = JSON.parse(fs.readFileSync(report, 'utf8'));
  passed = json.numPassedTests ?? 0;
  failed = json.numFailedTests ?? 0;
  skipped = (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0);
  // A suite that fails to load counts as a failure even when no test inside it ran.
  for (const suite of json.testResults ?? []) if (suite.status === 'failed' && (suite.assertionResults ?? []).length === 0) failed++;
} else if (v.status !== 0) {
  failed++;
}
failed += failedSteps;
// The last line stays exactly "N passed, N failed" for CI; skipped tests are told the line before.
if (skipped) process.stdout.write(`\n(${skipped} skipped)`);
process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exit(failed > 0 || v.status !== 0 || passed === 0 ? 1 : 0);
