// The CLI door: commands, --db and --json shapes as the README documents them.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/program';
import { REPO, SAMPLES, tempDir } from '../helpers/temp';
import { fillTemplate } from '../../electron/core/demo/fill-template';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { ensureBuilt } from '../helpers/built';
import { TEST_ENGINE } from '../helpers/engine';

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (s) => out.push(s), err: (s) => err.push(s) }, TEST_ENGINE);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('tonghop CLI', () => {
  const dir = tempDir('tonghop-cli-');
  const db = path.join(dir, 'cli.sqlite');
  const plan = path.join(SAMPLES, 'plans', 'plan-btg-binh-duong-31-kh-2019.txt');

  it('imports the unit directory', async () => {
    const r = await cli(['units', 'import', path.join(SAMPLES, 'units-binh-duong.csv'), '--db', db, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ added: 16, updated: 0 });
  });

  it('imports a directory with kind words it has never seen, warns, and lets a kind be renamed and regrouped', async () => {
    const other = path.join(dir, 'kinds.sqlite');
    const csv = path.join(dir, 'dv-khoi.csv');
    fs.writeFileSync(csv, 'Mã,Tên đơn vị,Loại\nDNA,Đảng ủy Công ty A,Khối doanh nghiệp\nDNB,Công ty B,Khối doanh nghiệp\n');
    const text = await cli(['units', 'import', csv, '--db', other]);
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/Cảnh báo: Loại "Khối doanh nghiệp" \(dòng 2, 3\)/);
    const kind = await cli(['units', 'kind', 'khối doanh nghiệp', '--label', 'Doanh nghiệp', '--family', 'Chi bộ, đảng bộ cơ sở', '--db', other, '--json']);
    expect(kind.code).toBe(0);
    expect(JSON.parse(kind.out)).toEqual([
      expect.objectContaining({ code: 'DNA', kind: 'Doanh nghiệp', family: 'co-so' }),
      expect.objectContaining({ code: 'DNB', kind: 'Doanh nghiệp', family: 'co-so' }),
    ]);
    const list = await cli(['units', 'list', '--db', other]);
    expect(list.out).toContain('DNB\tCông ty B\tDoanh nghiệp (Chi bộ, đảng bộ cơ sở)');
  });

  it('imports a plan document and prints it as JSON with items, rounds and indicators', async () => {
    const r = await cli(['plan', 'import', plan, '--db', db, '--json']);
    expect(r.code).toBe(0);
    const p = JSON.parse(r.out);
    expect(p.number).toBe('31-KH/BTGTU');
    expect(p.items.length).toBeGreaterThan(5);
    for (const item of p.items) expect(item).toEqual(expect.objectContaining({ code: expect.any(String), text: expect.any(String), assignees: expect.any(Array) }));
    expect(Array.isArray(p.rounds)).toBe(true);
    expect(Array.isArray(p.indicators)).toBe(true);
    const shown = await cli(['plan', 'show', '31-KH/BTGTU', '--db', db, '--json']);
    expect(JSON.parse(shown.out).id).toBe(p.id);
  });

  it('adds a round, writes a template, imports it and reports status', async () => {
    const add = await cli(['plan', 'round', 'add', '31-KH/BTGTU', '--label', 'Kỳ thử', '--due', '2019-07-15', '--from', '2019-01-01', '--to', '2019-06-30', '--db', db, '--json']);
    expect(add.code).toBe(0);
    const wd = await cli(['plan', 'round', 'add', '31-KH/BTGTU', '--label', 'Quý III/2019', '--from', '2019-07-01', '--to', '2019-09-30', '--due-working-days', '3', '--db', db, '--json']);
    expect(JSON.parse(wd.out).dueDate).toBe('2019-10-03');
    const all = await cli(['template', '31-KH/BTGTU', '--round', 'Kỳ thử', '--all', '--out', path.join(dir, 'mau'), '--db', db, '--json']);
    expect(all.code).toBe(0);
    const written = JSON.parse(all.out).out as string[];
    expect(written.length).toBeGreaterThan(5);
    expect(written.some((f) => f.endsWith('HUPG.xlsx'))).toBe(true);
    const tpl = path.join(dir, 'HUDT.xlsx');
    expect((await cli(['template', '31-KH/BTGTU', '--round', 'Kỳ thử', '--unit', 'HUDT', '--out', tpl, '--db', db])).code).toBe(0);
    fs.writeFileSync(tpl, await fillTemplate(fs.readFileSync(tpl), { status: 'Đã thực hiện', result: 'Xong', reportDate: '2019-07-01', figures: {} }));
    fs.writeFileSync(path.join(dir, 'empty.xlsx'), '');
    const imp = await cli(['import', tpl, path.join(dir, 'empty.xlsx'), '--plan', '31-KH/BTGTU', '--received', '2019-07-02', '--db', db, '--json']);
    expect(imp.code).toBe(2); // one file rejected
    const results = JSON.parse(imp.out);
    expect(results).toEqual([
      { file: 'HUDT.xlsx', outcome: 'imported', unit: { code: 'HUDT', name: 'Huyện ủy Dầu Tiếng' }, plan: { id: expect.any(Number), number: '31-KH/BTGTU' }, round: { id: expect.any(Number), label: 'Kỳ thử' }, error: null },
      { file: 'empty.xlsx', outcome: 'rejected', unit: null, plan: null, round: null, error: { code: 'FILE_EMPTY', message: expect.stringContaining('empty.xlsx') } },
    ]);
    const st = await cli(['status', '--plan', '31-KH/BTGTU', '--round', 'Kỳ thử', '--db', db, '--json']);
    const s = JSON.parse(st.out);
    expect(Object.keys(s)).toEqual(expect.arrayContaining(['plan', 'round', 'expected', 'reported', 'missing', 'late', 'totals', 'matrix']));
    expect(s.reported).toEqual([{ code: 'HUDT', name: 'Huyện ủy Dầu Tiếng' }]);
    expect(s.late).toEqual([]);
    expect(s.missing.map((u: { code: string }) => u.code)).toContain('HUPG');
    const out = { pdf: path.join(dir, 'r.pdf'), docx: path.join(dir, 'r.docx'), xlsx: path.join(dir, 'r.xlsx') };
    const exp = await cli(['export', '--plan', '31-KH/BTGTU', '--round', 'Kỳ thử', '--pdf', out.pdf, '--docx', out.docx, '--xlsx', out.xlsx, '--db', db, '--json']);
    expect(exp.code).toBe(0);
    expect(JSON.parse(exp.out)).toEqual(out);
    const pdfText = execFileSync('pdftotext', ['-layout', out.pdf, '-']).toString('utf8');
    expect(pdfText).toContain('Huyện ủy Dầu Tiếng');
    expect(fs.readFileSync(out.docx).subarray(0, 2).toString()).toBe('PK');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(out.xlsx) as unknown as ArrayBuffer);
    expect(wb.worksheets.length).toBeGreaterThan(0);
    expect((await cli(['export', '--plan', '31-KH/BTGTU', '--round', 'Kỳ thử', '--db', db])).code).toBe(1);
    const remindPdf = path.join(dir, 'don-doc.pdf');
    const remindDocx = path.join(dir, 'don-doc.docx');
    const rem = await cli(['remind', '--plan', '31-KH/BTGTU', '--round', 'Kỳ thử', '--due', '2019-08-05', '--pdf', remindPdf, '--docx', remindDocx, '--db', db, '--json']);
    expect(rem.code).toBe(0);
    const owed = JSON.parse(rem.out).owed as { unit: { code: string }; reason: string }[];
    expect(owed.map((o) => o.unit.code)).toEqual(s.missing.map((u: { code: string }) => u.code));
    const letter = execFileSync('pdftotext', ['-layout', remindPdf, '-']).toString('utf8');
    expect(letter).toContain('Kính gửi');
    expect(letter).toContain('Huyện ủy Phú Giáo');
    expect(letter).toContain('05/08/2019');
    expect(letter).not.toContain('Huyện ủy Dầu Tiếng'); // it reported in full
    const word = (await mammoth.extractRawText({ path: remindDocx })).value;
    expect(word).toContain('Kính gửi');
    expect(word).toContain('Huyện ủy Phú Giáo');
    expect(word).toContain('V/v đôn đốc báo cáo');
    const again = await cli(['import', tpl, '--db', db, '--json']);
    expect(JSON.parse(again.out)[0].outcome).toBe('duplicate');
  });

  it('prints a typed error as JSON and exits 1 for an unknown plan', async () => {
    const r = await cli(['status', '--plan', '404-KH/TU', '--round', 'x', '--db', db, '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out)).toEqual({ error: { code: 'NOT_FOUND', message: expect.stringContaining('404-KH/TU') } });
  });
});

describe('tonghop binary and demo', () => {
  beforeAll(() => ensureBuilt());

  it('runs the demo through the installed bin and writes the consolidated PDF', () => {
    const out = tempDir('tonghop-demo-');
    // The bin parses in the built worker thread, as it does for users.
    const r = spawnSync('node', [path.join(REPO, 'bin', 'tonghop.mjs'), 'demo', '--out', out, '--json'], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const res = JSON.parse(r.stdout);
    expect(res.status.missing.map((u: { name: string }) => u.name)).toEqual(['Huyện ủy Phú Giáo']);
    expect(res.status.late.map((u: { name: string }) => u.name)).toEqual(['Thị ủy Bến Cát']);
    const text = execFileSync('pdftotext', ['-layout', res.pdf, '-']).toString('utf8');
    expect(text).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(text).toContain('31-KH/BTGTU');
    expect(text).toContain('Huyện ủy Phú Giáo');
    expect(fs.readdirSync(res.reports)).toHaveLength(14);
  });
});
