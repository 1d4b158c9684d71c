// The Đơn vị and Kế hoạch screens with a directory in the office's own words: kind words the app
// has never seen are kept and named in a warning, a kind's family is changed in the kinds table,
// and a saved district plan shows which units each group gives.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Bridge } from '../../electron/bridge/server';
import { PROVINCE_DIRECTORY, districtPlan } from '../helpers/district-fixture';
import { openApp } from './browser';
import { ensureRendererBuilt, serveEmpty } from './setup';
import { goTo, messages, shot } from './ui';

let browser: Browser;
let page: Page;
let bridge: Bridge;
let dir: string;

beforeAll(async () => {
  ensureRendererBuilt();
  ({ bridge, dir } = await serveEmpty());
  ({ browser, page } = await openApp(bridge.url));
});

afterAll(async () => {
  await browser?.close();
  await bridge?.close();
});

describe('kinds in the office’s words', () => {
  it('imports a directory with unknown kind words, names their rows, and lets a kind change family', async () => {
    const csv = path.join(dir, 'danh-muc.csv');
    fs.writeFileSync(csv, `${PROVINCE_DIRECTORY}\nCTYCP,Công ty Cà phê Ia Ly,Khối doanh nghiệp,,HUIALY\n`);
    await goTo(page, 'Đơn vị');
    await page.getByLabel('Tệp danh mục đơn vị').setInputFiles(csv);
    await expect.poll(() => messages(page, 'status')).toMatch(/thêm mới 13 đơn vị/);
    const warnings = page.getByRole('list', { name: 'Cảnh báo khi nhập danh mục' });
    await expect.poll(() => warnings.innerText()).toMatch(/Loại "Khối doanh nghiệp" \(dòng 14\)/);

    const kinds = page.getByRole('table', { name: 'Loại đơn vị' });
    await expect.poll(() => kinds.getByRole('textbox', { name: 'Tên loại "Khối doanh nghiệp"' }).count()).toBe(1);
    await kinds.getByRole('combobox', { name: 'Nhóm của loại "Khối doanh nghiệp"' }).selectOption({ label: 'Chi bộ, đảng bộ cơ sở' });
    await kinds.getByRole('button', { name: 'Lưu loại "Khối doanh nghiệp"' }).click();
    const table = page.getByRole('table', { name: 'Danh mục đơn vị' });
    await expect.poll(() => table.getByRole('row', { name: /Công ty Cà phê Ia Ly/ }).innerText()).toMatch(/Nhóm: Chi bộ, đảng bộ cơ sở/);
    await shot(page, 'units-kinds');
  });

  it('names every bad row of a refused directory, one a line', async () => {
    const bad = path.join(dir, 'loi.csv');
    fs.writeFileSync(bad, 'Mã,Tên đơn vị,Loại,Trực thuộc\nA1,,Chi bộ,\nA2,Chi bộ A2,Chi bộ,Huyện ủy Không Có\n');
    await page.getByLabel('Tệp danh mục đơn vị').setInputFiles(bad);
    await expect.poll(() => messages(page, 'alert')).toMatch(/chưa nhập đơn vị nào vì 2 lỗi:\n- dòng 2 \(mã A1\): thiếu tên đơn vị[^\n]*\n- dòng 3: đơn vị cấp trên "Huyện ủy Không Có"/);
    await shot(page, 'units-errors');
    await page.getByRole('button', { name: 'Đóng thông báo lỗi' }).click();
  });

  it('shows on the saved plan which units each group gives', async () => {
    const docx = path.join(dir, 'ke-hoach-34.docx');
    fs.writeFileSync(docx, await districtPlan());
    await goTo(page, 'Kế hoạch');
    await page.getByLabel('Tệp kế hoạch').setInputFiles(docx);
    const draft = page.getByRole('region', { name: 'Kiểm tra kế hoạch vừa đọc' });
    await expect.poll(() => draft.getByRole('button', { name: 'Lưu kế hoạch' }).count(), { timeout: 15_000 }).toBe(1);
    await draft.getByRole('button', { name: 'Lưu kế hoạch' }).click();
    await expect.poll(() => messages(page, 'status')).toMatch(/Đã lưu kế hoạch 34/);

    const items = page.getByRole('table', { name: 'Các mục của kế hoạch' });
    const group = items.getByText('5 đơn vị');
    await expect.poll(() => group.count()).toBe(1);
    await group.click();
    const row = items.getByRole('row').filter({ hasText: 'Các tổ chức cơ sở đảng trực thuộc Huyện ủy' });
    await expect.poll(() => row.innerText()).toMatch(/Đảng ủy xã Ia Mơ/);
    expect(await row.innerText()).toMatch(/Công ty Cà phê Ia Ly/);
    expect(await row.innerText()).not.toMatch(/Chư Sê/);
    await shot(page, 'plans-groups');
  });
});
