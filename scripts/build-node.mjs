// Bundles the Node side (CLI, bridge, Electron main and preload) with esbuild; node_modules stay external.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  packages: 'external',
  loader: { '.sql': 'text' },
  logLevel: 'warning',
};

await Promise.all([
  build({
    ...common,
    format: 'esm',
    entryPoints: {
      'cli/main': 'electron/cli/main.ts',
      'bridge/web': 'electron/bridge/web.ts',
      'bench/bench': 'scripts/bench.ts',
      'bench/bench-import': 'scripts/bench-import.ts',
      'bench/bench-scale': 'scripts/bench-scale.ts',
      'fuzz/fuzz': 'scripts/fuzz.ts',
    },
    outdir: 'dist',
    // Code behind a dynamic import (the PDF, Word and Excel writers) goes to chunks loaded on first
    // use: a command that writes no file starts without loading them.
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    // Bundled ESM still needs require() for CommonJS-only helpers some packages load.
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  }),
  // The parse worker stands alone (one file, no chunks): it is started by path, in the app too.
  build({
    ...common,
    format: 'esm',
    entryPoints: { 'workers/parse-worker': 'electron/core/imports/parse-worker.ts' },
    outdir: 'dist',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  }),
  build({ ...common, format: 'esm', entryPoints: { 'electron/main': 'electron/main/main.ts' }, outdir: 'dist', external: ['electron'] }),
  // Sandboxed preload scripts must be CommonJS.
  build({ ...common, format: 'cjs', entryPoints: { 'electron/preload': 'electron/preload/preload.ts' }, outdir: 'dist', outExtension: { '.js': '.cjs' }, external: ['electron'] }),
]);
