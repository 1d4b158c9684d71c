// Bundles the Node side (CLI, bridge, Electron main and preload, the parse worker, the smoke run)
// with esbuild. The main-process bundles leave node_modules external: electron-builder packs the
// production dependencies into app.asar beside them. The parse worker is different: the installed
// app runs it from app.asar.unpacked, where no node_modules is reachable, so it carries every
// package it needs inside itself.
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import { build } from 'esbuild';

// Packages the worker loads from node_modules instead of its bundle: native modules (the canvas that
// draws PDF pages for OCR), and Tesseract, which starts its own worker thread and reads its .wasm
// from its package folder. List each here AND unpack it in electron-builder.yml (asarUnpack:
// "**/node_modules/<name>/**"); the package test fails when one is missing there.
const WORKER_NATIVE_MODULES = ['@napi-rs/canvas', 'tesseract.js'];

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  loader: { '.sql': 'text' },
  logLevel: 'warning',
  metafile: true,
};
// Bundled ESM still needs require() for CommonJS-only helpers some packages load.
const requireBanner = { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" };

// Chunk names carry a content hash: old ones would pile up beside the new.
fs.rmSync('dist/chunks', { recursive: true, force: true });
fs.rmSync('dist/workers/chunks', { recursive: true, force: true });

const results = await Promise.all([
  build({
    ...common,
    packages: 'external',
    format: 'esm',
    entryPoints: {
      'cli/main': 'electron/cli/main.ts',
      'bridge/web': 'electron/bridge/web.ts',
      'smoke/smoke': 'electron/main/smoke-node.ts',
      'bench/bench': 'scripts/bench.ts',
      'bench/bench-import': 'scripts/bench-import.ts',
      'bench/bench-ocr': 'scripts/bench-ocr.ts',
      'bench/bench-scale': 'scripts/bench-scale.ts',
      'bench/bench-workbooks': 'scripts/bench-workbooks.ts',
      'bench/bench-ui': 'scripts/bench-ui.ts',
      'fuzz/fuzz': 'scripts/fuzz.ts',
    },
    outdir: 'dist',
    // Code behind a dynamic import (the PDF, Word and Excel writers) goes to chunks loaded on first
    // use: a command that writes no file starts without loading them.
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    banner: requireBanner,
  }),
  // .mjs: the unpacked folder has no package.json saying "type": "module".
  build({
    ...common,
    format: 'esm',
    entryPoints: { 'parse-worker': 'electron/core/imports/parse-worker.ts' },
    outdir: 'dist/workers',
    outExtension: { '.js': '.mjs' },
    // The PDF, legacy Word/Excel and OCR readers load on the first such file: each worker starts
    // by compiling what every file needs, not 8 MB it may never run. The chunks sit beside the
    // worker, in the folder unpacked from app.asar.
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    external: WORKER_NATIVE_MODULES,
    banner: requireBanner,
  }),
  build({ ...common, packages: 'external', format: 'esm', entryPoints: { 'electron/main': 'electron/main/main.ts' }, outdir: 'dist', external: ['electron'] }),
  // Sandboxed preload scripts must be CommonJS.
  build({ ...common, packages: 'external', format: 'cjs', entryPoints: { 'electron/preload': 'electron/preload/preload.ts' }, outdir: 'dist', outExtension: { '.js': '.cjs' }, external: ['electron'] }),
]);

// What each bundle still imports from outside itself (packages, not Node's own modules): the
// package test checks these against package.json's dependencies and electron-builder's asarUnpack.
const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
const externals = {};
for (const r of results) {
  for (const [file, out] of Object.entries(r.metafile.outputs)) {
    if (file.endsWith('.map')) continue;
    const names = out.imports.filter((i) => i.external && !builtins.has(i.path)).map((i) => i.path);
    externals[file] = [...new Set(names)].sort();
  }
}
fs.writeFileSync('dist/bundle-externals.json', `${JSON.stringify(externals, null, 2)}\n`);
