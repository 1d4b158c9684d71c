// Keyboard navigation, the PDF export as a real download, and a backup downloaded then restored
// through Cài đặt (a change made after the backup is gone afterwards).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
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

const focused = (p: Page) => p.evaluate(() => `${document.activeElement?.tagName ?? ''}:${document.activeElement?.textContent?.trim() ?? ''}`);

describe('keyboard, export and settings', () => {
  it('reaches the navigation with Tab and moves focus to the new screen title on Enter', async () => {
    await page.locator('body').focus();
    await page.keyboard.press('Tab');
    await expect.poll(() => focused(page)).toBe('A:Bỏ qua thanh điều hướng');
    await page.keyboard.press('Tab');
    await expect.poll(() => focused(page)).toBe('A:1Đơn vị');
    await page.keyboard.press('Tab');
    await expect.poll(() => focused(page)).toBe('A:2Kế hoạch');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('H1:Kế hoạch');
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#/plans');
    // Back from the title: the last links of the navigation are Cài đặt, then Trợ giúp.
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => focused(page)).toBe('A:?Trợ giúp');
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => focused(page)).toBe('A:⚙Cài đặt');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('H1:Cài đặt');
  });

  it('edits the drafted text and downloads the consolidated report as PDF', async () => {
    await goTo(page, 'Xuất báo cáo');
    const opening = page.getByLabel(/Đoạn mở đầu/);
    await expect.poll(() => opening.inputValue(), { timeout: 20_000 }).toContain('Kế hoạch');
    await opening.fill('Đoạn mở đầu do chuyên viên sửa trước khi trình.');
    await page.getByLabel('Báo cáo Word (.docx)').uncheck();
    await page.getByLabel('Số báo cáo (để trống nếu chưa cấp số)').fill('125-BC/BTGTU');
    const button = page.getByRole('button', { name: 'Xuất báo cáo' });
    await expect.poll(() => button.isEnabled()).toBe(true);
    await shot(page, 'export');
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 20_000 }), button.click()]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const file = path.join(seeded.dir, download.suggestedFilename());
    await download.saveAs(file);
    expect(fs.readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = execFileSync('pdftotext', [file, '-']).toString('utf8').replace(/\s+/g, ' ');
    expect(text).toContain('Đoạn mở đầu do chuyên viên sửa trước khi trình.');
    expect(text).toContain('Số 125-BC/BTGTU');
    await expect.poll(() => messages(page, 'status')).toContain(`Đã xuất ${download.suggestedFilename()}`);
  });

  it('downloads a backup and restores it after a confirmation', async () => {
    await goTo(page, 'Cài đặt');
    await expect.poll(() => page.getByText(seeded.dbPath, { exact: true }).count()).toBe(1);
    await shot(page, 'settings');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Sao lưu dữ liệu' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.thbk$/);
    const backup = path.join(seeded.dir, download.suggestedFilename());
    await download.saveAs(backup);
    await expect.poll(() => messages(page, 'status')).toContain(`Đã tạo bản sao lưu ${download.suggestedFilename()}`);

    // A kỳ added after the backup: the restore must take it away again.
    await goTo(page, 'Kế hoạch');
    await page.getByLabel('Tên kỳ').fill('Năm 2019 (thêm sau sao lưu)');
    await page.getByLabel('Hạn nộp').fill('15/12/2019');
    await page.getByRole('button', { name: 'Thêm kỳ' }).click();
    const rounds = page.getByRole('table', { name: 'Kỳ báo cáo của kế hoạch' });
    await expect.poll(() => rounds.getByText('Năm 2019 (thêm sau sao lưu)').count()).toBe(1);

    await goTo(page, 'Cài đặt');
    await page.getByLabel('Tệp sao lưu').setInputFiles(backup);
    const dialog = page.getByRole('dialog', { name: 'Khôi phục dữ liệu từ bản sao lưu?' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.innerText()).toContain('giữ lại một bản sao');
    await shot(page, 'settings-restore-confirm');
    await dialog.getByRole('button', { name: 'Khôi phục' }).click();
    await expect.poll(() => messages(page, 'status'), { timeout: 15_000 }).toContain(`Đã khôi phục dữ liệu từ tệp ${download.suggestedFilename()}`);
    expect(await messages(page, 'status')).toContain('Dữ liệu trước khi khôi phục được giữ tại');

    await goTo(page, 'Kế hoạch');
    await expect.poll(() => rounds.getByRole('row').count()).toBe(2);
    expect(await rounds.innerText()).not.toContain('thêm sau sao lưu');
  });

  it('shows help', async () => {
    await goTo(page, 'Trợ giúp');
    await expect.poll(() => page.getByRole('heading', { name: 'Quy trình làm việc' }).count()).toBe(1);
    await shot(page, 'help');
  });
});
