// `node dist/smoke/smoke.js --smoke-test DIR [--resources-path PATH]`: the smoke run under plain Node.
// Without --resources-path it uses the repository's layout; with it, the packaged layout Electron
// main uses (PATH stands for process.resourcesPath), which is how the install layout is checked on
// machines where Electron cannot run. Plain Node cannot look inside app.asar, so only the worker and
// the resources are checked before starting; the packaged app checks the rest itself.
import path from 'node:path';
import { findSourceRoot, packagedLayout, sourceLayout } from '../core/paths';
import { runSmokeTest, smokeExitCode, smokeTestDir, writeSmokeResult } from './smoke-test';

function valueOf(argv: readonly string[], flag: string): string | null {
  const i = argv.indexOf(flag);
  return i >= 0 ? (argv[i + 1] ?? null) : null;
}

const argv = process.argv.slice(2);
const resourcesPath = valueOf(argv, '--resources-path');
const layout = resourcesPath ? packagedLayout(path.resolve(resourcesPath)) : sourceLayout(findSourceRoot(import.meta.dirname));
const result = await runSmokeTest({ layout, dir: smokeTestDir(argv, process.cwd(), path.resolve) ?? '', check: ['worker', 'resources'] });
process.stdout.write(`${writeSmokeResult(result)}\n`);
process.exitCode = smokeExitCode(result);
