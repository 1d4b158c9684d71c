// Đối chiếu in Chromium: a figure units report beyond the plan shows as "Số liệu khác" and is adopted
// in one click; a unit whose "Tổng cộng" does not add up carries a warning on its matrix row.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBridge } from '../../electron/bridge/server';
import type { Bridge } from '../../electron/bridge/server';
import { asWorkbook } from '../fixtures/reports/documents';
import { importFile, province } from '../fixtures/province/province';
import { TEST_ENGINE } from '../helpers/engine';
import { tempDir } from '../helpers/temp';
import { openApp } from './browser';
import { ensureRendererBuilt, RENDERER_DIR } from './setup';
import { goTo, shot } from './ui';

let browser: Browser;
let page: Page;
let bridge: Bridge;
let planId: number;
let roundId: number;

beforeAll(async () => {
  ensureRendererBuilt();
  const dbPath = `${tempDir('tonghop-e2e-figures-')}/data.sqlite`;
  const p = await province(dbPath);
  const bytes = await asWorkbook([
    {
      name: 'BC 2021',
      header: ['ĐẢNG BỘ TỈNH KIÊN TRUNG', 'HUYỆN ỦY BẮC HÒN ĐẤT', '*', 'Số 95-BC/HU', 'BÁO CÁO', 'Kết quả thực hiện Kế hoạch số 27-KH/TU năm 2021'],
      rows: [
        ['STT', 'Nội dung', 'Số hội nghị', 'Số lượt người tham dự', 'Số đoàn ra, đoàn vào'],
        [1, 'Hội nghị quán triệt ở huyện', 3, 520, null],
        [2, 'Hội nghị quán triệt ở cơ sở', 14, 1620, 2],
        ['Tổng cộng', null, 17, 2410, 2],
      ],
    },
  ]);
  const r = await importFile(p, 'Bac Hon Dat.xlsx', bytes);
  if (r.outcome !== 'imported') throw new Error(`seed import: ${r.outcome} ${r.error?.message ?? ''}`);
  [planId, roundId] = [p.plan.id, p.roundId];
  p.svc.close();
  bridge = await startBridge({ dbPath, staticDir: RENDERER_DIR, engine: TEST_ENGINE });
  ({ browser, page } = await openApp(bridge.url));
});

afterAll(async () => {
  await browser?.close();
  await bridge?.close();
});

describe('figures units report beyond the plan', () => {
  it('shows them apart, warns on the unit whose total does not add up, and adopts one in a click', async () => {
    await goTo(page, 'Đối chiếu');
    await page.getByLabel('Kế hoạch', { exact: true }).selectOption(String(planId));
    await page.getByLabel('Kỳ báo cáo', { exact: true }).selectOption(String(roundId));
    const totals = page.getByRole('table', { name: 'Tổng hợp số liệu' });
    const row = totals.getByRole('row').filter({ hasText: 'Số đoàn ra, đoàn vào' });
    await expect.poll(() => row.innerText()).toContain('Số liệu khác');
    expect(await row.innerText()).toContain('2');
    const warning = page.getByRole('img', { name: /Cảnh báo số liệu: .*2\.410.*2\.140/u });
    await expect.poll(() => warning.count()).toBe(1);
    await shot(page, 'status-reported-figures');
    await row.getByRole('button', { name: 'Đưa vào chỉ tiêu kế hoạch' }).click();
    await expect.poll(() => row.innerText()).not.toContain('Số liệu khác');
    expect(await row.innerText()).toContain('2');
    expect(await page.getByRole('button', { name: 'Đưa vào chỉ tiêu kế hoạch' }).count()).toBe(0);
  });
});
