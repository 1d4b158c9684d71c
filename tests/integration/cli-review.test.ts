// The review queue from the command line, and the options every command takes written before it
// ("tonghop --db F --json review list"), with the JSON shapes the README documents.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { hoistGlobalOptions, runCli } from '../../electron/cli/program';
import { asDocx } from '../fixtures/reports/documents';
import { districtReport } from '../fixtures/province/province';
import { REPO, tempDir } from '../helpers/temp';
import { TEST_ENGINE } from '../helpers/engine';

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (s) => out.push(s), err: (s) => err.push(s) }, TEST_ENGINE);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const PROVINCE = path.join(REPO, 'tests', 'fixtures', 'province');
const dir = tempDir('tonghop-cli-review-');
const db = path.join(dir, 'data.sqlite');

/** A report whose header names no unit and whose file name names none either: it waits for a person. */
async function anonymous(name: string, number: string): Promise<string> {
  const file = path.join(dir, name);
  fs.writeFileSync(file, await asDocx(districtReport({ issuer: [], number })));
  return file;
}

beforeAll(async () => {
  expect((await cli(['--db', db, 'units', 'import', path.join(PROVINCE, 'don-vi.csv')])).code).toBe(0);
  expect((await cli(['--db', db, '--json', 'plan', 'import', path.join(PROVINCE, 'ke-hoach-27-KH-TU.txt')])).code).toBe(0);
  for (const [name, number] of [['bao cao khong ro don vi.docx', 'Số 5-BC'], ['ban nhap.docx', 'Số 6-BC']] as const) {
    const r = await cli(['import', await anonymous(name, number), '--plan', '27-KH/TU', '--round', 'Năm 2021', '--received', '2021-12-09', '--db', db, '--json']);
    expect(JSON.parse(r.out)[0]).toMatchObject({ outcome: 'review', unit: null, plan: { number: '27-KH/TU' }, round: { label: 'Năm 2021' } });
  }
});

describe('tonghop review', () => {
  it('lists what waits, saying in one sentence what is uncertain and what is proposed', async () => {
    const r = await cli(['--db', db, '--json', 'review', 'list']);
    expect(r.code).toBe(0);
    const items = JSON.parse(r.out) as { id: number; file: string; reason: string; unit: unknown; plan: unknown; round: unknown; figures: unknown[] }[];
    expect(items.map((i) => i.file)).toEqual(['bao cao khong ro don vi.docx', 'ban nhap.docx']);
    for (const i of items) {
      expect(i).toMatchObject({ unit: null, plan: { number: '27-KH/TU' }, round: { label: 'Năm 2021' }, reportDate: '2021-12-08', receivedAt: '2021-12-09' });
      expect(i.reason).toMatch(/Không nhận ra đơn vị .* Đề xuất: chưa rõ đơn vị · kế hoạch 27-KH\/TU · kỳ "Năm 2021"\./u);
      expect(i.figures.length).toBeGreaterThan(0);
    }
    const text = await cli(['review', 'list', '--db', db]);
    expect(text.out).toContain('Đề xuất: (chưa rõ đơn vị)');
  });

  it('accepts with the unit a person chose, and the report counts', async () => {
    const [first] = JSON.parse((await cli(['review', 'list', '--db', db, '--json'])).out) as { id: number }[];
    const missing = await cli(['review', 'accept', String(first!.id), '--db', db, '--json']);
    expect(missing.code).toBe(1);
    expect(JSON.parse(missing.out).error.message).toContain('--unit');
    const r = await cli(['--json', '--db', db, 'review', 'accept', String(first!.id), '--unit', 'HUHD', '--received', '2021-12-10']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({ file: 'bao cao khong ro don vi.docx', outcome: 'imported', unit: { code: 'HUHD', name: 'Huyện ủy Hòn Đất' }, plan: expect.objectContaining({ number: '27-KH/TU' }), round: expect.objectContaining({ label: 'Năm 2021' }), error: null });
    const s = JSON.parse((await cli(['--db', db, 'status', '--plan', '27-KH/TU', '--round', 'Năm 2021', '--json'])).out);
    expect(s.reported.map((u: { code: string }) => u.code)).toEqual(['HUHD']);
    expect(s.totals.hoi_nghi).toBe(12);
  });

  it('discards an item, keeping nothing in the queue', async () => {
    const [left] = JSON.parse((await cli(['review', 'list', '--db', db, '--json'])).out) as { id: number; file: string }[];
    expect(left?.file).toBe('ban nhap.docx');
    expect(JSON.parse((await cli(['review', 'discard', String(left!.id), '--db', db, '--json'])).out)).toEqual({ id: left!.id });
    expect(JSON.parse((await cli(['review', 'list', '--db', db, '--json'])).out)).toEqual([]);
    const again = await cli(['review', 'discard', String(left!.id), '--db', db, '--json']);
    expect(again.code).toBe(1);
    expect(JSON.parse(again.out).error.code).toBe('NOT_FOUND');
  });
});

describe('options before the command', () => {
  it('moves only the leading --db and --json behind the command', () => {
    expect(hoistGlobalOptions(['--db', 'a.sqlite', '--json', 'status', '--plan', 'P'])).toEqual(['status', '--plan', 'P', '--db', 'a.sqlite', '--json']);
    expect(hoistGlobalOptions(['status', '--db', 'a.sqlite'])).toEqual(['status', '--db', 'a.sqlite']);
    expect(hoistGlobalOptions(['--db=a.sqlite', 'units', 'list'])).toEqual(['units', 'list', '--db=a.sqlite']);
  });
});
