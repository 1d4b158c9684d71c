// Đối chiếu and Xuất báo cáo open on the round whose reports came in last, not on a later round
// that is already due but still empty (which showed 0 %); a round the specialist picks then holds.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBridge, type Bridge } from '../../electron/bridge/server';
import { fillTemplate } from '../../electron/core/demo/fill-template';
import { createService } from '../../electron/core/service';
import { samplePlanDraft } from '../helpers/plan-fixture';
import { b64, callOk } from '../helpers/service-calls';
import { SAMPLES, tempDir } from '../helpers/temp';
import { openApp } from './browser';
import { RENDERER_DIR, ensureRendererBuilt } from './setup';
import { goTo, shot } from './ui';
import { TEST_ENGINE } from '../helpers/engine';

let browser: Browser;
let page: Page;
let bridge: Bridge;
let dir: string;
const rounds = { firstHalf: 0, year: 0 };

/** A plan with two rounds already due: two reports in the first, none yet in the later one. */
async function seed(dbPath: string): Promise<void> {
  const svc = createService({ ...TEST_ENGINE, dbPath });
  try {
    await callOk(svc, 'units.importTable', { file: { name: 'units.csv', path: path.join(SAMPLES, 'units-binh-duong.csv') } });
    const draft = samplePlanDraft();
    draft.rounds = [...draft.rounds, { label: 'Năm 2019', periodFrom: '2019-01-01', periodTo: '2019-12-31', dueDate: '2020-01-15' }];
    const plan = await callOk(svc, 'plans.create', { draft });
    const [firstHalf, year] = plan.rounds;
    rounds.firstHalf = firstHalf?.id ?? 0;
    rounds.year = year?.id ?? 0;
    for (const unit of ['THUTDM', 'BAOBD']) {
      const tpl = await callOk(svc, 'templates.generate', { planId: plan.id, roundId: rounds.firstHalf, unitCode: unit });
      const filled = await fillTemplate(Buffer.from(tpl.dataBase64, 'base64'), { status: 'Đã thực hiện', result: 'Kết quả', reportDate: '2019-07-10', figures: { tin_bai: 12 } });
      await callOk(svc, 'reports.import', { file: { name: `${unit}.xlsx`, dataBase64: b64(filled) }, planId: plan.id, roundId: rounds.firstHalf, receivedAt: '2019-07-10' });
    }
  } finally {
    svc.close();
  }
}

const roundValue = (p: Page) => p.getByLabel('Kỳ báo cáo', { exact: true }).inputValue();

beforeAll(async () => {
  ensureRendererBuilt();
  dir = tempDir('tonghop-e2e-round-');
  const dbPath = path.join(dir, 'e2e.sqlite');
  await seed(dbPath);
  bridge = await startBridge({ dbPath, staticDir: RENDERER_DIR, engine: TEST_ENGINE });
  ({ browser, page } = await openApp(bridge.url));
});

afterAll(async () => {
  await browser?.close();
  await bridge?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('the round the working screens open on', () => {
  it('is the round with the latest reports on Đối chiếu, with its figures, not the later empty round', async () => {
    await goTo(page, 'Đối chiếu');
    await expect.poll(() => roundValue(page), { timeout: 30_000 }).toBe(String(rounds.firstHalf));
    const summary = page.getByRole('group', { name: 'Tóm tắt tình hình báo cáo' });
    await expect.poll(() => summary.innerText(), { timeout: 30_000 }).toMatch(/Đã báo cáo\s*2/);
    await shot(page, 'round-default-reconcile');
  });

  it('is the same round on Xuất báo cáo', async () => {
    await goTo(page, 'Xuất báo cáo');
    await expect.poll(() => roundValue(page), { timeout: 30_000 }).toBe(String(rounds.firstHalf));
    await expect.poll(() => page.getByLabel(/Đoạn mở đầu/).inputValue(), { timeout: 30_000 }).toContain('6 tháng đầu năm 2019');
    await shot(page, 'round-default-export');
  });

  it('keeps a round the specialist picks when the other screen opens', async () => {
    await page.getByLabel('Kỳ báo cáo', { exact: true }).selectOption(String(rounds.year));
    await goTo(page, 'Đối chiếu');
    await expect.poll(() => page.getByText(/Năm 2019 · hạn nộp/).count(), { timeout: 30_000 }).toBe(1);
    expect(await roundValue(page)).toBe(String(rounds.year));
  });
});
