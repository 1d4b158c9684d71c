// A province-sized round in the browser: 200 units × 80 items; the matrix renders the rows in view
// and brings the others in on scroll.
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBridge } from '../../electron/bridge/server';
import type { Bridge } from '../../electron/bridge/server';
import { createService } from '../../electron/core/service';
import type { PlanDraft } from '../../shared/domain';
import { callOk } from '../helpers/service-calls';
import { tempDir } from '../helpers/temp';
import { openApp } from './browser';
import { ensureRendererBuilt, RENDERER_DIR } from './setup';
import { goTo, shot } from './ui';
import { TEST_ENGINE } from '../helpers/engine';

let browser: Browser;
let page: Page;
let bridge: Bridge;

beforeAll(async () => {
  ensureRendererBuilt();
  const dbPath = path.join(tempDir('tonghop-large-'), 'large.sqlite');
  const svc = createService({ ...TEST_ENGINE, dbPath });
  for (let i = 1; i <= 200; i++) {
    await callOk(svc, 'units.save', { code: `X${String(i).padStart(3, '0')}`, name: `Đảng ủy xã Thử ${String(i).padStart(3, '0')}`, kind: 'dang-uy-xa', parentCode: null, aliases: [], validFrom: null, validTo: null, mergedInto: null });
  }
  const draft: PlanDraft = {
    docType: 'Kế hoạch', number: '9-KH/TU', place: null, issuedDate: '2026-01-05', issuer: null, superiorIssuer: null, title: 'Kế hoạch lớn', cites: [], recipients: [], signer: null, sourceText: '',
    items: Array.from({ length: 80 }, (_, k) => ({ code: `${k + 1}`, parentCode: null, level: 0, kind: 'task' as const, text: `Nhiệm vụ ${k + 1}`, assignees: [{ label: 'Các đảng ủy xã', unitCode: null, unitKinds: ['dang-uy-xa' as const] }], deadline: null, flags: [] })),
    rounds: [{ label: 'Năm 2026', periodFrom: '2026-01-01', periodTo: '2026-12-31', dueDate: '2026-12-15' }],
    indicators: [],
  };
  await callOk(svc, 'plans.create', { draft });
  svc.close();
  bridge = await startBridge({ dbPath, staticDir: RENDERER_DIR, engine: TEST_ENGINE });
  ({ browser, page } = await openApp(bridge.url));
});
afterAll(async () => {
  await browser?.close();
  await bridge?.close();
});

describe('a 200 × 80 matrix', () => {
  it('renders the rows in view and the rest on scroll', async () => {
    await goTo(page, 'Đối chiếu');
    const matrix = page.getByRole('table', { name: 'Ma trận đơn vị × nhiệm vụ' });
    await expect.poll(() => matrix.getByRole('rowheader').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await page.getByText('200/200 đơn vị').count()).toBe(1);
    expect(await matrix.getByRole('rowheader').count()).toBeLessThan(100);
    await shot(page, 'reconcile-large');
    await page.getByRole('group', { name: 'Vùng cuộn ma trận' }).evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await expect.poll(() => matrix.getByRole('rowheader', { name: 'Đảng ủy xã Thử 200' }).count()).toBe(1);
    expect(await matrix.getByRole('rowheader', { name: 'Đảng ủy xã Thử 001' }).count()).toBe(0);
  });

  it('renders the item columns in view and the rest on a sideways scroll', async () => {
    const matrix = page.getByRole('table', { name: 'Ma trận đơn vị × nhiệm vụ' });
    const header = (code: string) => matrix.getByRole('columnheader', { name: code, exact: true });
    expect(await header('1').count()).toBe(1);
    expect(await header('80').count()).toBe(0);
    await page.getByRole('group', { name: 'Vùng cuộn ma trận' }).evaluate((el) => el.scrollTo(el.scrollWidth, el.scrollTop));
    await expect.poll(() => header('80').count()).toBe(1);
    expect(await header('1').count()).toBe(0);
    // Every row in view carries a cell for each column in view: the row stays one unit's.
    const lastRow = matrix.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Đảng ủy xã Thử 200' }) });
    expect(await lastRow.getByRole('cell', { name: 'Chưa báo cáo' }).count()).toBeGreaterThan(0);
  });
});
