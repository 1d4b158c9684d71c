// The installed app holds everything it loads at run time. What electron-builder.yml packs is
// computed with electron-builder's own matcher (helpers/electron-builder-pack.ts); every path the
// layout gives (paths.ts packagedLayout, runtime-files.ts) must be inside, in the right place: the
// worker unpacked, preload and renderer in app.asar, data in resources/. Then a folder laid out like
// the install (a real app.asar) is made under a Vietnamese user folder, and the worker and the
// smoke run are started from it with plain Node, which — like a worker thread — cannot read app.asar.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { inProcessParser, workerParser } from '../../electron/core/imports/parse-runner';
import { BUILT, packagedLayout } from '../../electron/core/paths';
import { runtimeFiles } from '../../electron/core/runtime-files';
import type { SmokeResult } from '../../electron/main/smoke-test';
import { ensureBuilt } from '../helpers/built';
import { asar, computePack, isUnpackedBy, readBuilderConfig } from '../helpers/electron-builder-pack';
import type { PackedFile } from '../helpers/electron-builder-pack';
import { simulateInstall } from '../helpers/simulated-install';
import { REPO, tempDir } from '../helpers/temp';
import { asXls } from '../fixtures/reports/documents';
import { freeFormXlsx, narrativeDocx, narrativePdf, readerContext } from '../fixtures/reports/build';

const config = readBuilderConfig(REPO);
const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { main: string; dependencies: Record<string, string> };
let pack: PackedFile[];
let byDest: Map<string, PackedFile>;

beforeAll(async () => {
  await ensureBuilt({ renderer: true });
  pack = await computePack(REPO, config);
  byDest = new Map(pack.map((f) => [f.dest, f]));
}, 600_000);

/** A layout path under a stand-in resources folder, as the package's '/'-separated destination. */
const ROOT = '/R';
const destOf = (p: string): string => path.posix.relative(ROOT, p);
const installed = packagedLayout(ROOT, path.posix);

const packageName = (spec: string): string => (spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : (spec.split('/')[0] ?? spec));

describe('what electron-builder.yml packs', () => {
  it('holds every run-time file where the packaged layout looks for it', () => {
    const expected = { worker: 'unpacked', preload: 'asar', renderer: 'asar', resources: 'extra' } as const;
    const files = runtimeFiles(installed, path.posix);
    expect(files.map((f) => f.part)).toEqual(expect.arrayContaining(['worker', 'preload', 'renderer', 'resources']));
    for (const f of files) {
      const packed = byDest.get(destOf(f.path));
      expect(packed, `${f.what}: ${destOf(f.path)}`).toBeDefined();
      expect(packed?.where, destOf(f.path)).toBe(expected[f.part]);
    }
    expect(byDest.get(`app.asar.unpacked/${BUILT.worker.join('/')}`)?.src).toBe(path.join(REPO, ...BUILT.worker));
  });

  it('holds the main bundle package.json names, the whole renderer and every asset index.html loads', () => {
    expect(byDest.get(`app.asar/${pkg.main}`)?.where).toBe('asar');
    expect(byDest.get('app.asar/package.json')?.where).toBe('asar');
    const rendererDir = path.join(REPO, 'dist', 'renderer');
    const built = (fs.readdirSync(rendererDir, { recursive: true }) as string[]).filter((f) => fs.statSync(path.join(rendererDir, f)).isFile() && !f.endsWith('.map'));
    expect(built.length).toBeGreaterThan(1);
    for (const f of built) expect(byDest.get(`app.asar/dist/renderer/${f.split(path.sep).join('/')}`), f).toBeDefined();
    const html = fs.readFileSync(path.join(rendererDir, 'index.html'), 'utf8');
    const refs = [...html.matchAll(/(?:src|href)="\.?\/?([^"#?]+)"/g)].map((m) => m[1] ?? '').filter((r) => !/^[a-z]+:/.test(r));
    expect(refs.length).toBeGreaterThan(0);
    for (const r of refs) expect(byDest.get(`app.asar/dist/renderer/${r}`), r).toBeDefined();
  });

  it('holds every data file under resources/, and every resources folder but the build resources is packed', () => {
    const resources = path.join(REPO, 'resources');
    const buildResources = path.relative(resources, path.join(REPO, config.directories?.buildResources ?? 'build'));
    for (const dir of fs.readdirSync(resources)) {
      if (dir === buildResources || !fs.statSync(path.join(resources, dir)).isDirectory()) continue;
      const files = (fs.readdirSync(path.join(resources, dir), { recursive: true }) as string[]).filter((f) => fs.statSync(path.join(resources, dir, f)).isFile());
      for (const f of files) expect(byDest.get(`resources/${dir}/${f.split(path.sep).join('/')}`)?.where, `resources/${dir}/${f}: add "${dir}/**" to extraResources`).toBe('extra');
    }
    // The demo's spec names its plan and unit table: both are there.
    const spec = JSON.parse(fs.readFileSync(path.join(resources, 'samples', 'demo-reports.json'), 'utf8')) as { plan: string; units: string };
    for (const f of [spec.plan, spec.units]) expect(byDest.has(`resources/samples/${f}`), f).toBe(true);
  });

  it('packs no sources, tests, source maps or build leftovers', () => {
    const stray = pack.filter((f) => /^app\.asar(\.unpacked)?\/(electron|shared|renderer|tests|scripts|resources|release|out|node_modules)\//.test(f.dest) || f.dest.endsWith('.map') || f.dest.endsWith('bundle-externals.json'));
    expect(stray.map((f) => f.dest)).toEqual([]);
    expect(pack.some((f) => f.dest.startsWith('app.asar/dist/cli/'))).toBe(false);
  });

  it('gives the main process only production dependencies, and the worker nothing it cannot reach unpacked', () => {
    const externals = JSON.parse(fs.readFileSync(path.join(REPO, 'dist', 'bundle-externals.json'), 'utf8')) as Record<string, string[]>;
    const mainNeeds = new Set((externals['dist/electron/main.js'] ?? []).map(packageName).filter((n) => n !== 'electron'));
    expect(mainNeeds.size).toBeGreaterThan(3);
    for (const name of mainNeeds) expect(pkg.dependencies[name], `${name} must be in "dependencies" for electron-builder to pack it`).toBeDefined();
    // The worker runs from app.asar.unpacked: a package it still imports must be unpacked too (native modules).
    for (const spec of externals['dist/workers/parse-worker.mjs'] ?? []) {
      const name = packageName(spec);
      expect(pkg.dependencies[name], name).toBeDefined();
      expect(isUnpackedBy(config, REPO, `node_modules/${name}/package.json`), `asarUnpack "**/node_modules/${name}/**"`).toBe(true);
    }
    expect(isUnpackedBy(config, REPO, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node')).toBe(true);
    expect(isUnpackedBy(config, REPO, 'node_modules/exceljs/package.json')).toBe(false);
  });
});

describe('a simulated install (real app.asar) under a Vietnamese user folder', () => {
  let resourcesPath: string;
  let root: string;
  beforeAll(async () => {
    root = path.join(tempDir('tonghop-install-'), 'Users', 'Nguyễn Văn Ánh', 'AppData', 'Local', 'Programs', 'Tổng hợp báo cáo');
    resourcesPath = await simulateInstall(root, pack, 'archive');
  }, 120_000);

  it('has the worker as a real file outside app.asar, with no node_modules to lean on', () => {
    const layout = packagedLayout(resourcesPath);
    expect(fs.statSync(layout.workerFile).isFile()).toBe(true);
    expect(layout.workerFile.startsWith(path.join(resourcesPath, 'app.asar.unpacked'))).toBe(true);
    for (let dir = path.dirname(layout.workerFile); dir !== path.dirname(dir); dir = path.dirname(dir)) {
      expect(fs.existsSync(path.join(dir, 'node_modules')), dir).toBe(false);
    }
    // Preload and renderer are inside the archive, where only Electron reads them.
    expect(fs.statSync(path.join(resourcesPath, 'app.asar')).isFile()).toBe(true);
    const listed = asar.listPackage(path.join(resourcesPath, 'app.asar'), { isPack: false }).map((p) => p.split(path.sep).join('/'));
    expect(listed).toEqual(expect.arrayContaining(['/dist/electron/main.js', '/dist/electron/preload.cjs', '/dist/renderer/index.html', '/package.json', `/${BUILT.worker.join('/')}`]));
    for (const f of runtimeFiles(layout).filter((r) => r.part === 'resources')) expect(fs.existsSync(f.path), f.path).toBe(true);
  });

  it('reads .xlsx, .xls, .docx and .pdf reports in the installed worker exactly as in-process', async () => {
    const layout = packagedLayout(resourcesPath);
    const parse = workerParser(layout.workerFile);
    const ctx = await readerContext();
    const xlsx = await freeFormXlsx();
    const files: [string, Buffer][] = [
      ['Báo cáo Dầu Tiếng.xlsx', xlsx],
      ['Báo cáo Dầu Tiếng.xls', asXls(xlsx)],
      ['Báo cáo Dầu Tiếng.docx', await narrativeDocx()],
      ['Báo cáo Dầu Tiếng.pdf', await narrativePdf()],
    ];
    let read = 0;
    for (const [name, bytes] of files) {
      const inWorker = await parse(bytes, name, ctx).then((r) => ({ ok: r }), (e: { code: string; message: string }) => ({ err: { code: e.code, message: e.message } }));
      const inProcess = await inProcessParser(bytes, name, ctx).then((r) => ({ ok: r }), (e: { code: string; message: string }) => ({ err: { code: e.code, message: e.message } }));
      expect(inWorker, name).toEqual(inProcess);
      if ('ok' in inWorker) read++;
    }
    // Not just the same refusal four times: the files are real reports, read.
    expect(read).toBe(files.length);
  });

  it('runs the smoke test from the built dist against the install: samples imported by the worker, PDF written', () => {
    const out = path.join(root, '..', '..', 'Temp', 'Kết quả kiểm tra');
    const r = spawnSync(process.execPath, [path.join(REPO, 'dist', 'smoke', 'smoke.js'), '--resources-path', resourcesPath, '--smoke-test', out], { encoding: 'utf8', timeout: 180_000 });
    expect(r.status, r.stderr + r.stdout).toBe(0);
    const lines = r.stdout.trim().split('\n');
    const result = JSON.parse(lines.at(-1) ?? '') as SmokeResult;
    expect(result).toMatchObject({ ok: true, parser: 'worker', error: null, workerFile: packagedLayout(resourcesPath).workerFile, resourcesDir: path.join(resourcesPath, 'resources') });
    expect(result.reportsImported).toBeGreaterThan(0);
    expect(result.parsedInWorker).toBe(result.reportsImported);
    expect(fs.readFileSync(result.pdf ?? '').subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(JSON.parse(fs.readFileSync(path.join(out, 'smoke-result.json'), 'utf8'))).toEqual(result);
  }, 240_000);

  it('fails the smoke test, saying what is missing, when the install lost its worker', () => {
    const broken = path.join(root, '..', 'Hỏng', 'resources');
    fs.cpSync(resourcesPath, broken, { recursive: true });
    fs.rmSync(path.join(broken, 'app.asar.unpacked'), { recursive: true, force: true });
    const r = spawnSync(process.execPath, [path.join(REPO, 'dist', 'smoke', 'smoke.js'), '--resources-path', broken, '--smoke-test', path.join(root, '..', 'Kết quả hỏng')], { encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(1);
    const result = JSON.parse(r.stdout.trim().split('\n').at(-1) ?? '') as SmokeResult;
    expect(result.ok).toBe(false);
    expect(result.error?.message).toContain('Thiếu bộ đọc tệp báo cáo');
    expect(result.parsedInWorker).toBe(0);
  }, 60_000);
});
