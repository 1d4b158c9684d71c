// The Windows workflow cannot run here (no Windows runner, no Electron download), so this checks
// what can be checked: the file against GitHub's workflow schema (@action-validator/core, which
// carries it), and that its steps do, in order, what issue 15 asks of the Windows proof.
import fs from 'node:fs';
import path from 'node:path';
import { validateWorkflow } from '@action-validator/core';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { REPO } from '../../helpers/temp';

type Step = { name?: string; uses?: string; run?: string; if?: string; with?: Record<string, unknown> };
type Workflow = { on: Record<string, unknown>; jobs: Record<string, { 'runs-on': string; defaults?: { run?: { shell?: string } }; steps: Step[] }> };

const source = fs.readFileSync(path.join(REPO, '.github', 'workflows', 'windows-installer.yml'), 'utf8');
const workflow = parse(source) as Workflow;
const job = workflow.jobs.windows!;
const steps = job.steps;

/** The index of the first step whose text matches, so the order can be checked. */
function stepIndex(re: RegExp): number {
  const i = steps.findIndex((s) => re.test(`${s.name ?? ''}\n${s.uses ?? ''}\n${s.run ?? ''}`));
  expect(i, String(re)).toBeGreaterThanOrEqual(0);
  return i;
}

describe('.github/workflows/windows-installer.yml', () => {
  it('validates against GitHub’s workflow schema', () => {
    expect(validateWorkflow(source).errors).toEqual([]);
    // The validator does catch a mistake.
    expect(validateWorkflow(source.replace('runs-on:', 'runs_on:')).errors.length).toBeGreaterThan(0);
  });

  it('runs on windows-latest in PowerShell, on pushes, pull requests and by hand', () => {
    expect(job['runs-on']).toBe('windows-latest');
    expect(job.defaults?.run?.shell).toBe('pwsh');
    expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(['push', 'pull_request', 'workflow_dispatch']));
  });

  it('tests, builds, installs per user, smoke-tests, uninstalls — in that order', () => {
    const order = [
      stepIndex(/^npm ci$/m),
      stepIndex(/npx vitest run --project unit/),
      stepIndex(/npx electron-builder --win/),
      stepIndex(/ArgumentList '\/S', '\/currentuser'/),
      stepIndex(/Smoke test of the installed app/),
      stepIndex(/Smoke test of the portable exe/),
      stepIndex(/^Uninstall$/m),
    ];
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('fails the smoke test unless the exe exits 0, the worker read every file and the PDF exists', () => {
    const smoke = steps[stepIndex(/Smoke test of the installed app/)]!.run ?? '';
    expect(smoke).toContain("'--smoke-test'");
    expect(smoke).toMatch(/if \(\$p\.ExitCode -ne 0\) \{ throw/);
    expect(smoke).toMatch(/\$result\.parser -ne 'worker'/);
    expect(smoke).toMatch(/\$result\.parsedInWorker -ne \$result\.reportsImported/);
    expect(smoke).toMatch(/Test-Path -LiteralPath \$result\.pdf\)\) \{ throw/);
    // The installed exe, not the one in release/.
    expect(smoke).toMatch(/TONGHOP_INSTALL_DIR 'TongHopBaoCao\.exe'/);
  });

  it('keeps the installers and the smoke results, even when a step failed', () => {
    const uploads = steps.filter((s) => s.uses?.startsWith('actions/upload-artifact'));
    expect(uploads.map((s) => s.if)).toEqual(['always()', 'always()']);
    expect(String(uploads[0]?.with?.path)).toContain('release/*.exe');
    expect(String(uploads[1]?.with?.path)).toContain('smoke');
  });

  it('names the files electron-builder.yml makes', () => {
    const builder = parse(fs.readFileSync(path.join(REPO, 'electron-builder.yml'), 'utf8')) as { win: { executableName: string; artifactName: string }; portable: { artifactName: string } };
    expect(builder.win.executableName).toBe('TongHopBaoCao');
    expect(builder.win.artifactName).toBe('TongHopBaoCao-${version}-${arch}.${ext}');
    expect(builder.portable.artifactName).toBe('TongHopBaoCao-${version}-portable.${ext}');
    expect(source).toContain("-Filter 'TongHopBaoCao-*-x64.exe'");
    expect(source).toContain("-Filter 'TongHopBaoCao-*-portable.exe'");
    expect(source).toContain("'Uninstall TongHopBaoCao.exe'");
  });
});
