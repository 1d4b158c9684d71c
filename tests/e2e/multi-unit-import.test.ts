// Nhập báo cáo in Chromium: a round-up table with a row per unit, dropped on the page, shows what
// became of each unit's row; the row naming no directory unit waits in the review queue.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBridge } from '../../electron/bridge/server';
import type { Bridge } from '../../electron/bridge/server';
import { asWorkbook } from '../fixtures/reports/documents';
import { province } from '../fixtures/province/province';
import { TEST_ENGINE } from '../helpers/engine';
import { tempDir } from '../helpers/temp';
import { openApp } from './browser';
import { dropFiles } from './drop';
import { ensureRendererBuilt, RENDERER_DIR } from './setup';
import { goTo, shot } from './ui';

let browser: Browser;
let page: Page;
let bridge: Bridge;
let planId: number;
let roundId: number;

beforeAll(async () => {
  ensureRendererBuilt();
  const dbPath = `${tempDir('tonghop-e2e-unit-rows-')}/data.sqlite`;
  const p = await province(dbPath);
  [planId, roundId] = [p.plan.id, p.roundId];
  p.svc.close();
  bridge = await startBridge({ dbPath, staticDir: RENDERER_DIR, engine: TEST_ENGINE });
  ({ browser, page } = await openApp(bridge.url));
});

afterAll(async () => {
  await browser?.close();
  await bridge?.close();
});

describe('a table with a row per unit', () => {
  it('lists each unit\'s row with its outcome and sends the unknown one to review', async () => {
    const book = await asWorkbook([
      {
        name: 'Tổng hợp',
        header: ['TỈNH ỦY KIÊN TRUNG', 'BAN TUYÊN GIÁO', 'Số 88-BC/BTGTU', 'Kiên Trung, ngày 12 tháng 12 năm 2021', 'BÁO CÁO TỔNG HỢP', 'Kết quả thực hiện Kế hoạch số 27-KH/TU năm 2021'],
        rows: [
          ['STT', 'Đơn vị', 'Số hội nghị', 'Số lượt người tham dự'],
          ['1', 'Huyện ủy Hòn Đất', 12, 1450],
          ['2', 'Giồng Riềng', 6, 1240],
          ['3', 'Huyện ủy Kiên Lương', 4, 300],
          ['', 'Tổng cộng', 22, 2990],
        ],
      },
    ]);
    await goTo(page, 'Nhập báo cáo');
    await page.getByLabel('Kế hoạch', { exact: true }).selectOption(String(planId));
    await page.getByLabel('Kỳ báo cáo', { exact: true }).selectOption(String(roundId));
    await dropFiles(page, [{ name: 'Tong hop BTG.xlsx', bytes: book }]);
    const list = page.getByRole('list', { name: 'Danh sách tệp đang nhập' });
    await expect.poll(() => list.innerText(), { timeout: 30_000 }).toContain('Bảng nhiều đơn vị');
    const text = await list.innerText();
    expect(text).toContain('3 dòng đơn vị');
    expect(text).toMatch(/Đã nhận\s+Huyện ủy Hòn Đất/u);
    expect(text).toMatch(/Đã nhận\s+Huyện ủy Giồng Riềng/u);
    expect(text).toMatch(/Cần xem lại\s+Huyện ủy Kiên Lương/u);
    await shot(page, 'import-unit-rows');

    await goTo(page, 'Đối chiếu');
    await page.getByLabel('Kế hoạch', { exact: true }).selectOption(String(planId));
    await page.getByLabel('Kỳ báo cáo', { exact: true }).selectOption(String(roundId));
    const matrix = page.getByRole('table', { name: 'Ma trận đơn vị × nhiệm vụ' });
    await expect.poll(() => matrix.getByRole('row', { name: /Huyện ủy Giồng Riềng/u }).count(), { timeout: 30_000 }).toBe(1);
  });
});
