// Parsing in a worker thread: same result as in-process, and a parse past its time limit is killed.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fillTemplate } from '../../electron/core/demo/fill-template';
import { inProcessParser, workerParser } from '../../electron/core/imports/parse-runner';
import type { ReaderContext } from '../../electron/core/imports/normalized-report';
import { createService } from '../../electron/core/service';
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
  it('turns a reader error into the same typed error', async () => {
    await expect(workerParser(WORKER)(Buffer.from('PK\u0003\u0004junkjunk'), 'bad.xlsx', ctx)).rejects.toMatchObject({ code: 'FILE_CORRUPT', message: expect.stringContaining('bad.xlsx') });
  });
  it('stops a parse that runs past its time limit', async () => {
    await expect(workerParser(WORKER, { timeoutMs: 1, maxOldGenerationSizeMb: 256 })(bytes, 'slow.xlsx', ctx)).rejects.toMatchObject({ code: 'FILE_TOO_LARGE', message: expect.stringContaining('slow.xlsx') });
  });
});
