// Chốt số liệu through the UI, then a filled template for that kỳ goes to "Cần xem lại" instead of
// changing the figures; the specialist corrects it and accepts it, and sets a second one aside.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp } from './browser';
import { ensureRendererBuilt, seedAndServe } from './setup';
import type { Seeded } from './setup';
import { goTo, messages, shot } from './ui';

let browser: Browser;
let page: Page;
let seeded: Seeded;

beforeAll(async () => {
  ensureRendererBuilt();
  seeded = await seedAndServe();
  ({ browser, page } = await openApp(seeded.bridge.url));
});

afterAll(async () => {
  await browser?.close();
  await seeded?.bridge.close();
});

async function chooseRound(p: Page): Promise<void> {
  await p.getByLabel('Kế hoạch', { exact: true }).selectOption(String(seeded.planId));
  await p.getByLabel('Kỳ báo cáo', { exact: true }).selectOption(String(seeded.roundId));
}

describe('locked round and the review queue', () => {
  it('locks the round from Đối chiếu', async () => {
    await goTo(page, 'Đối chiếu');
    await chooseRound(page);
    const toggle = page.getByRole('button', { name: 'Chốt số liệu' });
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => messages(page, 'status')).toContain('Đã chốt số liệu kỳ “6 tháng đầu năm 2019”');
    await expect.poll(() => page.getByRole('region', { name: /Chốt số liệu/ }).innerText()).toContain('Đã chốt');
    await shot(page, 'reconcile-locked');
  });

  it('sends an import for the locked round to review, and accepts it with a correction', async () => {
    await goTo(page, 'Nhập báo cáo');
    await page.getByLabel('Chọn tệp báo cáo').setInputFiles(seeded.reportFiles);
    const list = page.getByRole('list', { name: 'Danh sách tệp đang nhập' });
    await expect.poll(() => list.getByText('Cần xem lại', { exact: true }).count(), { timeout: 15_000 }).toBe(2);
    await expect.poll(() => page.getByRole('heading', { name: 'Cần xem lại (2)' }).count()).toBe(1);

    await list.getByRole('listitem').filter({ hasText: 'THUTDM.xlsx' }).getByRole('button', { name: 'Xem lại tệp này' }).click();
    const form = page.getByRole('form', { name: 'Xem lại tệp THUTDM.xlsx' });
    await expect.poll(() => form.getByLabel('Đơn vị gửi báo cáo').inputValue()).toBe('THUTDM');
    await expect.poll(() => form.getByLabel('Thuộc kỳ báo cáo').inputValue()).toBe(String(seeded.roundId));
    await form.getByRole('combobox', { name: 'Tình trạng mục III.2.4' }).selectOption('in_progress');
    await form.getByRole('textbox', { name: 'Kết quả mục III.2.4' }).fill('Đã xây dựng kế hoạch, đang triển khai');
    await shot(page, 'import-review');
    await form.getByRole('button', { name: 'Chấp nhận' }).click();
    await expect.poll(() => messages(page, 'status')).toContain('Đã chấp nhận tệp THUTDM.xlsx: đã lưu báo cáo của Thành ủy Thủ Dầu Một');
    await expect.poll(() => page.getByRole('heading', { name: 'Cần xem lại (1)' }).count()).toBe(1);
  });

  it('sets the other file aside after confirming', async () => {
    await page.getByRole('button', { name: 'Xem lại tệp BAOBD.xlsx' }).click();
    await page.getByRole('form', { name: 'Xem lại tệp BAOBD.xlsx' }).getByRole('button', { name: 'Bỏ qua' }).click();
    const dialog = page.getByRole('dialog', { name: 'Bỏ qua tệp này?' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await dialog.getByRole('button', { name: 'Bỏ qua tệp' }).click();
    await expect.poll(() => messages(page, 'status')).toContain('Đã bỏ qua tệp BAOBD.xlsx.');
    await expect.poll(() => page.getByRole('heading', { name: 'Cần xem lại (0)' }).count()).toBe(1);
  });

  it('counts the accepted report in Đối chiếu, with the corrected status', async () => {
    await goTo(page, 'Đối chiếu');
    const matrix = page.getByRole('table', { name: 'Ma trận đơn vị × nhiệm vụ' });
    const row = matrix.getByRole('row', { name: /Thành ủy Thủ Dầu Một/ });
    await expect.poll(() => row.getByRole('cell', { name: 'Đang thực hiện' }).count()).toBe(1);
    const missing = page.getByRole('region', { name: 'Đơn vị chưa báo cáo' });
    await expect.poll(() => missing.innerText()).toContain('Báo Bình Dương');
    expect(await missing.innerText()).not.toContain('Thành ủy Thủ Dầu Một');
  });
});
