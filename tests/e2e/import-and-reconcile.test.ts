// The renderer in Chromium against the loopback bridge and a real SQLite file: drop two filled
// templates, see them in the matrix, see the missing units, and get the same status as the CLI.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/program';
import type { StatusResult } from '../../shared/domain';
import { openApp } from './browser';
import { dropFiles } from './drop';
import { ensureRendererBuilt, seedAndServe } from './setup';
import type { Seeded } from './setup';
import { shot } from './ui';
import { TEST_ENGINE } from '../helpers/engine';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

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

describe('import and reconcile in the browser', () => {
  it('imports two dropped templates with per-file results', async () => {
    const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
    await nav.getByRole('link', { name: 'Nhập báo cáo' }).click();
    await chooseRound(page);
    await dropFiles(page, seeded.reportFiles.map((f) => ({ name: path.basename(f), bytes: fs.readFileSync(f), type: XLSX_TYPE })));
    const list = page.getByRole('list', { name: 'Danh sách tệp đang nhập' });
    await expect.poll(async () => list.getByText('Đã nhận').count(), { timeout: 30_000 }).toBe(2);
    await expect.poll(async () => page.getByRole('status').filter({ hasText: 'Đã xử lý 2/2' }).count()).toBe(1);
    await shot(page, 'import');
  });

  it('shows both units in the matrix and names the missing ones; the CLI agrees', async () => {
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Đối chiếu' }).click();
    await chooseRound(page);
    const matrix = page.getByRole('table', { name: 'Ma trận đơn vị × nhiệm vụ' });
    await expect.poll(async () => matrix.getByRole('rowheader').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await expect.poll(async () => matrix.getByRole('row', { name: /Thành ủy Thủ Dầu Một/ }).count()).toBe(1);
    const missingRegion = page.getByRole('region', { name: 'Đơn vị chưa báo cáo' });
    await expect.poll(async () => missingRegion.getByText('Huyện ủy Phú Giáo').count()).toBe(1);
    const kinds = page.getByRole('table', { name: 'Tỷ lệ theo loại đơn vị' });
    await expect.poll(async () => kinds.getByRole('rowheader', { name: 'Huyện ủy, thị ủy, thành ủy' }).count()).toBe(1);
    await shot(page, 'reconcile');

    // The same database through the CLI door.
    const out: string[] = [];
    const code = await runCli(['status', '--db', seeded.dbPath, '--plan', String(seeded.planId), '--round', String(seeded.roundId), '--json'], {
      out: (s) => out.push(s),
      err: () => {},
    }, TEST_ENGINE);
    expect(code).toBe(0);
    const cli = JSON.parse(out.join('\n')) as StatusResult;
    expect(cli.reported.map((u) => u.code).sort()).toEqual(['BAOBD', 'THUTDM']);
    const missingText = await missingRegion.innerText();
    for (const u of cli.missing) expect(missingText).toContain(u.name);
    for (const u of cli.reported) expect(missingText).not.toContain(u.name);
    // Each matrix cell the UI shows matches the CLI's status for that unit and item.
    const thudm = cli.matrix.find((m) => m.unit.code === 'THUTDM')!;
    const row = matrix.getByRole('row', { name: /Thành ủy Thủ Dầu Một/ });
    const labels = await row.getByRole('cell').evaluateAll((cells) => cells.map((c) => c.getAttribute('aria-label')));
    const expected = Object.values(thudm.items).map((s) => ({ done: 'Đã thực hiện', in_progress: 'Đang thực hiện', not_done: 'Chưa thực hiện', not_reported: 'Chưa báo cáo', not_assigned: 'Không giao' })[s]);
    expect(labels.filter((l) => l !== null)).toEqual(expected);
  });

  it('corrects a received date and the unit is no longer late', async () => {
    const lateRegion = page.getByRole('region', { name: 'Đơn vị báo cáo trễ hạn' });
    await expect.poll(async () => lateRegion.getByText('Thành ủy Thủ Dầu Một').count()).toBe(1);
    await page.getByRole('button', { name: /Sửa ngày nhận báo cáo của Thành ủy Thủ Dầu Một/ }).click();
    await page.getByLabel(/Ngày nhận báo cáo của Thành ủy Thủ Dầu Một/).fill('10/07/2019');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect.poll(async () => lateRegion.getByText('Thành ủy Thủ Dầu Một').count(), { timeout: 15_000 }).toBe(0);
  });

  it('makes the reminder letter for the units that still owe a report', async () => {
    const owed = page.getByRole('list', { name: 'Đơn vị cần đôn đốc' });
    await expect.poll(async () => owed.getByText('Huyện ủy Phú Giáo').count()).toBe(1);
    await page.getByLabel('Hạn mới (dd/mm/yyyy)').fill('05/08/2019');
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 20_000 }), page.getByRole('button', { name: 'Lập công văn (PDF)' }).click()]);
    const file = path.join(seeded.dir, download.suggestedFilename());
    await download.saveAs(file);
    const text = execFileSync('pdftotext', ['-layout', file, '-']).toString('utf8');
    expect(text).toContain('Kính gửi');
    expect(text).toContain('Huyện ủy Phú Giáo');
    expect(text).toContain('05/08/2019');
    await shot(page, 'reconcile-reminder');
  });
});

