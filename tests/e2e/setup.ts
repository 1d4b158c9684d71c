// Shared e2e set-up: a built renderer, a real SQLite database with units and a plan, and the bridge.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { startBridge } from '../../electron/bridge/server';
import type { Bridge } from '../../electron/bridge/server';
import { createService } from '../../electron/core/service';
import { fillTemplate } from '../../electron/core/demo/fill-template';
import { samplePlanDraft } from '../helpers/plan-fixture';
import { callOk } from '../helpers/service-calls';
import { REPO, SAMPLES, tempDir } from '../helpers/temp';
import { TEST_ENGINE } from '../helpers/engine';

export const RENDERER_DIR = path.join(REPO, 'dist', 'renderer');
export const ARTIFACTS = path.join(REPO, 'test-results', 'screenshots');

export function ensureRendererBuilt(): void {
  if (!fs.existsSync(path.join(RENDERER_DIR, 'index.html'))) {
    execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: REPO, stdio: 'inherit' });
  }
  fs.mkdirSync(ARTIFACTS, { recursive: true });
}

export type Seeded = { dir: string; dbPath: string; planId: number; roundId: number; reportFiles: string[]; bridge: Bridge };

/** Units + a plan with one round, and two filled templates on disk ready to be dropped. */
export async function seedAndServe(): Promise<Seeded> {
  const dir = tempDir('tonghop-e2e-');
  const dbPath = path.join(dir, 'e2e.sqlite');
  const svc = createService({ ...TEST_ENGINE, dbPath });
  await callOk(svc, 'units.importTable', { file: { name: 'units.csv', path: path.join(SAMPLES, 'units-binh-duong.csv') } });
  const plan = await callOk(svc, 'plans.create', { draft: samplePlanDraft() });
  const round = plan.rounds[0]!;
  const reportFiles: string[] = [];
  for (const [unit, status, figures] of [
    ['THUTDM', 'Đã thực hiện', { hoi_nghi: 12, tin_bai: 35 }],
    ['BAOBD', 'Đang thực hiện', { tin_bai: 48 }],
  ] as const) {
    const tpl = await callOk(svc, 'templates.generate', { planId: plan.id, roundId: round.id, unitCode: unit });
    const filled = await fillTemplate(Buffer.from(tpl.dataBase64, 'base64'), { status, result: 'Kết quả', reportDate: '2019-07-10', figures });
    const file = path.join(dir, `${unit}.xlsx`);
    fs.writeFileSync(file, filled);
    reportFiles.push(file);
  }
  svc.close();
  const bridge = await startBridge({ dbPath, staticDir: RENDERER_DIR, engine: TEST_ENGINE });
  return { dir, dbPath, planId: plan.id, roundId: round.id, reportFiles, bridge };
}

/** An empty database behind the bridge, for flows that start from nothing (units, plans). */
export async function serveEmpty(): Promise<{ dir: string; dbPath: string; bridge: Bridge }> {
  const dir = tempDir('tonghop-e2e-empty-');
  const dbPath = path.join(dir, 'e2e.sqlite');
  const bridge = await startBridge({ dbPath, staticDir: RENDERER_DIR, engine: TEST_ENGINE });
  return { dir, dbPath, bridge };
}
