// A scanned report dropped on Nhập báo cáo: the copier's PDF (no text) and a phone photo of the same
// report are read by OCR page by page (progress shown), wait in "Cần xem lại" with the unit, date
// and figures proposed, and the review shows the page image with the box of each value beside it.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { narrativePdf } from '../fixtures/reports/build';
import { scanned } from '../fixtures/reports/scans';
import { openApp } from './browser';
import { ensureRendererBuilt, seedAndServe } from './setup';
import type { Seeded } from './setup';
import { goTo, messages, shot } from './ui';

let browser: Browser;
let page: Page;
let seeded: Seeded;
let files: string[];

beforeAll(async () => {
  ensureRendererBuilt();
  seeded = await seedAndServe();
  const scan = await scanned(await narrativePdf());
  files = [path.join(seeded.dir, 'HU Phu Giao - ban scan.pdf'), path.join(seeded.dir, 'HU Phu Giao - anh chup.jpg')];
  fs.writeFileSync(files[0]!, scan.pdf);
  fs.writeFileSync(files[1]!, scan.jpeg);
  ({ browser, page } = await openApp(seeded.bridge.url, { viewport: { width: 1440, height: 1000 } }));
});

afterAll(async () => {
  await browser?.close();
  await seeded?.bridge.close();
});

describe('a scanned report on the import screen', () => {
  it('reads the scan page by page and sends both files to review', async () => {
    await goTo(page, 'Nhập báo cáo');
    await page.getByLabel('Chọn tệp báo cáo').setInputFiles(files);
    const list = page.getByRole('list', { name: 'Danh sách tệp đang nhập' });
    await expect.poll(() => list.innerText(), { timeout: 60_000, interval: 150 }).toContain('Đang nhận dạng chữ bản scan: trang 1/1');
    await expect.poll(() => list.getByText('Cần xem lại', { exact: true }).count(), { timeout: 90_000 }).toBe(2);
    await expect.poll(() => page.getByRole('heading', { name: 'Cần xem lại (2)' }).count()).toBe(1);
  });

  it('shows the page image beside the values read, every value editable and boxed on the page', async () => {
    await page.getByRole('button', { name: 'Xem lại tệp HU Phu Giao - ban scan.pdf' }).click();
    const form = page.getByRole('form', { name: 'Xem lại tệp HU Phu Giao - ban scan.pdf' });
    await expect.poll(() => form.locator('.alert-warning').innerText()).toContain('Bản scan');
    await expect.poll(() => form.getByLabel('Đơn vị gửi báo cáo', { exact: true }).inputValue()).toBe('HUPG');
    await expect.poll(() => form.getByLabel('Ngày báo cáo', { exact: true }).inputValue()).toBe('10/07/2019');
    await expect.poll(() => form.getByLabel('Số báo cáo', { exact: true }).inputValue()).toBe('45-BC/HU');
    await expect.poll(() => form.getByLabel(/^Số hội nghị quán triệt \(/u).inputValue()).toBe('12');
    await expect.poll(() => form.getByLabel(/^Số tin, bài \(/u).inputValue()).toBe('35');

    const scan = form.getByRole('region', { name: 'Ảnh bản scan' });
    const img = scan.getByRole('img', { name: 'Trang 1 của bản scan' });
    await expect.poll(() => img.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBeGreaterThan(600);
    // The figure's box is on the page, highlighted when the figure is picked beside it.
    await form.getByRole('button', { name: 'Xem trên ảnh: Số hội nghị quán triệt' }).click();
    const box = scan.getByRole('button', { name: /^Số hội nghị quán triệt: máy đọc “12/u });
    await expect.poll(() => box.getAttribute('aria-pressed')).toBe('true');
    const b = await box.boundingBox();
    const i = await img.boundingBox();
    expect(b && i && b.x >= i.x && b.y > i.y && b.x + b.width <= i.x + i.width + 8).toBe(true);
    // Picking the unit's box on the page goes to the unit's field.
    await scan.getByRole('button', { name: /^Đơn vị: máy đọc/u }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('review-unit');
    await form.getByLabel(/^Số tin, bài \(/u).fill('36');
    await shot(page, 'scan-review');
  });

  it('accepts the scan as the unit\'s report, with the corrected figure', async () => {
    const form = page.getByRole('form', { name: 'Xem lại tệp HU Phu Giao - ban scan.pdf' });
    await form.getByRole('button', { name: 'Chấp nhận' }).click();
    await expect.poll(() => messages(page, 'status')).toContain('Đã chấp nhận tệp HU Phu Giao - ban scan.pdf: đã lưu báo cáo của Huyện ủy Phú Giáo');
    await expect.poll(() => page.getByRole('heading', { name: 'Cần xem lại (1)' }).count()).toBe(1);
  });
});
