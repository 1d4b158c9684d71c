// From an empty database: import the unit directory through the file input, import a seed plan,
// save it, correct an item in the plan editor, see the correction after a reload, and start a
// second plan by hand from an empty draft.
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLES } from '../helpers/temp';
import { openApp } from './browser';
import { ensureRendererBuilt, serveEmpty } from './setup';
import type { Bridge } from '../../electron/bridge/server';
import { goTo, messages, shot } from './ui';

let browser: Browser;
let page: Page;
let bridge: Bridge;

beforeAll(async () => {
  ensureRendererBuilt();
  bridge = (await serveEmpty()).bridge;
  ({ browser, page } = await openApp(bridge.url));
});

afterAll(async () => {
  await browser?.close();
  await bridge?.close();
});

describe('units and plans in the browser', () => {
  it('imports the unit directory from the file input', async () => {
    await goTo(page, 'Đơn vị');
    await page.getByLabel('Tệp danh mục đơn vị').setInputFiles(path.join(SAMPLES, 'units-binh-duong.csv'));
    await expect.poll(() => messages(page, 'status')).toMatch(/Đã nhập danh mục từ tệp units-binh-duong\.csv: thêm mới \d+ đơn vị/);
    const table = page.getByRole('table', { name: 'Danh mục đơn vị' });
    await expect.poll(() => table.getByRole('row', { name: /Huyện ủy Phú Giáo/ }).count()).toBe(1);
    await shot(page, 'units');
  });

  it('imports a seed plan, edits an item, and keeps the edit after a reload', async () => {
    await goTo(page, 'Kế hoạch');
    await page.getByLabel('Tệp kế hoạch').setInputFiles(path.join(SAMPLES, 'plans', 'plan-btg-binh-duong-31-kh-2019.txt'));
    const draft = page.getByRole('region', { name: 'Kiểm tra kế hoạch vừa đọc' });
    await expect.poll(() => draft.getByRole('textbox', { name: /^Nội dung mục / }).count(), { timeout: 15_000 }).toBeGreaterThan(3);
    await shot(page, 'plans-draft');
    await draft.getByRole('button', { name: 'Lưu kế hoạch' }).click();
    await expect.poll(() => messages(page, 'status')).toMatch(/Đã lưu kế hoạch 31/);

    await page.getByRole('button', { name: 'Sửa kế hoạch' }).click();
    const editor = page.getByRole('region', { name: 'Sửa kế hoạch' });
    const field = editor.getByRole('textbox', { name: /^Nội dung mục / }).nth(2);
    const label = (await field.getAttribute('aria-label'))!;
    const code = label.replace('Nội dung mục ', '');
    const edited = `${await field.inputValue()} — đã sửa trên giao diện`;
    await field.fill(edited);
    await shot(page, 'plans-edit');
    await editor.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await expect.poll(() => messages(page, 'status')).toMatch(/Đã lưu thay đổi của kế hoạch/);

    await page.reload();
    const items = page.getByRole('table', { name: 'Các mục của kế hoạch' });
    await expect.poll(() => items.getByRole('row').filter({ hasText: code }).filter({ hasText: 'đã sửa trên giao diện' }).count()).toBe(1);
    await shot(page, 'plans');
  });

  it('creates a plan by hand from an empty draft', async () => {
    await page.getByRole('button', { name: 'Tạo kế hoạch mới' }).click();
    const editor = page.getByRole('region', { name: 'Tạo kế hoạch mới' });
    // Saving an empty draft names what is missing instead of failing on the server.
    await editor.getByRole('button', { name: 'Lưu kế hoạch' }).click();
    await expect.poll(() => messages(page, 'alert')).toContain('Hãy nhập trích yếu');

    await editor.getByLabel('Trích yếu').fill('Kế hoạch thử tạo bằng tay');
    await editor.getByLabel('Số, ký hiệu').fill('99-KH/TU');
    await editor.getByRole('button', { name: '+ Thêm mục' }).click();
    await editor.getByRole('textbox', { name: 'Nội dung mục 1' }).fill('Tổ chức hội nghị quán triệt');
    await expect.poll(() => editor.getByRole('list', { name: 'Cảnh báo của mục 1' }).count()).toBe(1);
    await editor.getByRole('button', { name: /^\+ Thêm đơn vị thực hiện/ }).click();
    await editor.getByRole('textbox', { name: 'Đơn vị thực hiện của mục 1' }).fill('Các huyện ủy, thành ủy');
    // Naming who does it resolves the "no assignee" flag on that item.
    await expect.poll(() => editor.getByRole('list', { name: 'Cảnh báo của mục 1' }).count()).toBe(0);
    await editor.getByRole('button', { name: '+ Thêm kỳ' }).click();
    await editor.getByRole('textbox', { name: 'Tên kỳ báo cáo thứ 1' }).fill('Năm 2025');
    await editor.getByRole('textbox', { name: /^Hạn nộp của kỳ/ }).fill('15/12/2025');
    await editor.getByRole('button', { name: '+ Thêm chỉ tiêu' }).click();
    await editor.getByRole('textbox', { name: 'Tên chỉ tiêu thứ 1' }).fill('Số hội nghị');
    await expect.poll(() => editor.getByRole('textbox', { name: 'Mã chỉ tiêu Số hội nghị' }).inputValue()).toBe('so_hoi_nghi');
    await editor.getByRole('button', { name: 'Lưu kế hoạch' }).click();
    await expect.poll(() => messages(page, 'status')).toMatch(/Đã lưu kế hoạch 99-KH\/TU với 1 mục và 1 kỳ báo cáo/);
    await expect.poll(() => page.getByRole('table', { name: 'Danh sách kế hoạch' }).getByRole('row').count()).toBe(3);
  });
});
