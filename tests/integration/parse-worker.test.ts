// Parsing in a worker thread: same result as in-process, a parse past its time limit is killed, and a
// scan is read page by page with progress and a time per page.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fillTemplate } from '../../electron/core/demo/fill-template';
import { inProcessParser, workerParser, workerPool } from '../../electron/core/imports/parse-runner';
import type { ReaderContext } from '../../electron/core/imports/normalized-report';
import { createService } from '../../electron/core/service';
import { narrativePdf } from '../fixtures/reports/build';
import { scanned } from '../fixtures/reports/scans';
import { samplePlanDraft } from '../helpers/plan-fixture';
import { callOk } from '../helpers/service-calls';
import { REPO, SAMPLES, tempDir } from '../helpers/temp';
import { ensureBuilt } from '../helpers/built';
import { TEST_ENGINE } from '../helpers/engine';

const WORKER = path.join(REPO, 'dist', 'workers', 'parse-worker.mjs');
let bytes: Buffer;
let ctx: ReaderContext;

beforeAll(async () => {
  await ensureBuilt();
  const svc = createService({ ...TEST_ENGINE, dbPath: path.join(tempDir(), 'w.sqlite') });
  await callOk(svc, 'units.importTable', { file: { name: 'u.csv', path: path.join(SAMPLES, 'units-binh-duong.csv') } });
  const plan = await callOk(svc, 'plans.create', { draft: samplePlanDraft() });
  const tpl = await callOk(svc, 'templates.generate', { planId: plan.id, roundId: plan.rounds[0]!.id, unitCode: 'HUDT' });
  bytes = await fillTemplate(Buffer.from(tpl.dataBase64, 'base64'), { status: 'Đã thực hiện', result: 'x', reportDate: '2019-07-01', figures: { hoi_nghi: 1 } });
  ctx = { units: await callOk(svc, 'units.list', {}), plans: [plan] };
  svc.close();
});

describe('worker parser', () => {
  it('gives the same report as parsing in-process', async () => {
    const inWorker = await workerParser(WORKER)(bytes, 'h.xlsx', ctx);
    expect(inWorker).toEqual(await inProcessParser(bytes, 'h.xlsx', ctx));
  });
  it('can be started before the first file, which it then reads as any other', async () => {
    // Starting means spawning now: a missing worker is said at once, not with the first file.
    expect(() => workerPool(path.join(REPO, 'dist', 'workers', 'missing.mjs')).warm?.()).toThrow(/Thiếu bộ đọc tệp/);
    const pool = workerPool(WORKER, 2);
    pool.warm?.();
    const [a, b] = await Promise.all([pool(bytes, 'h.xlsx', ctx), pool(bytes, 'h2.xlsx', ctx)]);
    const expected = await inProcessParser(bytes, 'h.xlsx', ctx);
    expect(a).toEqual(expected);
    expect(b.figures).toEqual(expected.figures);
  });
  it('turns a reader error into the same typed error', async () => {
    await expect(workerParser(WORKER)(Buffer.from('PK\u0003\u0004junkjunk'), 'bad.xlsx', ctx)).rejects.toMatchObject({ code: 'FILE_CORRUPT', message: expect.stringContaining('bad.xlsx') });
  });
  it('stops a parse that runs past its time limit', async () => {
    await expect(workerParser(WORKER, { timeoutMs: 1, maxOldGenerationSizeMb: 256 })(bytes, 'slow.xlsx', ctx)).rejects.toMatchObject({ code: 'FILE_TOO_LARGE', message: expect.stringContaining('slow.xlsx') });
  });
  it('reads files given before the previous one is done in order, each answer to its own file and catalog', async () => {
    const parse = workerParser(WORKER);
    // A free-form report names its unit: read against no units, it is refused as from an unknown unit.
    const narrative = await narrativePdf();
    const noUnits = { ...ctx, units: [] };
    const [a, bad, c, d] = await Promise.allSettled([
      parse(bytes, 'a.xlsx', ctx),
      parse(Buffer.from('PK\u0003\u0004junkjunk'), 'bad.xlsx', ctx),
      parse(narrative, 'c.pdf', noUnits),
      parse(narrative, 'd.pdf', ctx),
    ]);
    const expected = await inProcessParser(bytes, 'a.xlsx', ctx);
    expect(a).toEqual({ status: 'fulfilled', value: expected });
    expect(bad).toMatchObject({ status: 'rejected', reason: { code: 'FILE_CORRUPT', message: expect.stringContaining('bad.xlsx') } });
    const unknown = { code: 'UNKNOWN_UNIT', message: expect.stringContaining('c.pdf') };
    await expect(inProcessParser(narrative, 'c.pdf', noUnits)).rejects.toMatchObject(unknown);
    expect(c).toMatchObject({ status: 'rejected', reason: unknown });
    const withUnits = await inProcessParser(narrative, 'd.pdf', ctx);
    expect(withUnits.unit.code).toBe('HUPG');
    expect(d).toEqual({ status: 'fulfilled', value: withUnits });
  });
  it('gives the files behind a stopped parse to a fresh worker, each stopped by its own time limit', async () => {
    const parse = workerParser(WORKER, { timeoutMs: 1, maxOldGenerationSizeMb: 256 });
    const settled = await Promise.allSettled(['x.xlsx', 'y.xlsx', 'z.xlsx'].map((name) => parse(bytes, name, ctx)));
    expect(settled).toMatchObject(['x.xlsx', 'y.xlsx', 'z.xlsx'].map((name) => ({ status: 'rejected', reason: { code: 'FILE_TOO_LARGE', message: expect.stringContaining(name) } })));
  });
});

describe('worker parser on a scan', () => {
  it('reads a phone photo by OCR, telling each page as it starts, within its own time per page', async () => {
    const photo = (await scanned(await narrativePdf())).jpeg;
    const pages: { page: number; pages: number }[] = [];
    const ocrModelDir = path.join(REPO, 'resources', 'ocr');
    // The file's own limit (5 s) is shorter than the page's: the page's allowance holds once it starts.
    const r = await workerParser(WORKER, { timeoutMs: 5_000, maxOldGenerationSizeMb: 1024 })(photo, 'anh.jpg', ctx, { ocrModelDir, onProgress: (p) => pages.push(p) });
    expect(pages).toEqual([{ page: 1, pages: 1 }]);
    expect(r).toMatchObject({ reader: 'scan', unit: { code: 'HUPG' }, reportDate: '2019-07-10' });
    expect(r.figures.find((f) => f.indicatorKey === 'luot_tham_du')?.value).toBe(1450);
    expect(r.scan?.pages[0]?.image.subarray(0, 2)).toEqual(new Uint8Array([0xff, 0xd8]));
  });
});
