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
      'bench/bench-ocr': 'scripts/bench-ocr.ts',
      'bench/bench-scale': 'scripts/bench-scale.ts',
      'workers/parse-worker': 'electron/core/imports/parse-worker.ts',
      'fuzz/fuzz': 'scripts/fuzz.ts',
    },
    outdir: 'dist',
    // Bundled ESM still needs require() for CommonJS-only helpers some packages load.
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  }),
  build({ ...common, format: 'esm', entryPoints: { 'electron/main': 'electron/main/main.ts' }, outdir: 'dist', external: ['electron'] }),
  // Sandboxed preload scripts must be CommonJS.
  build({ ...common, format: 'cjs', entryPoints: { 'electron/preload': 'electron/preload/preload.ts' }, outdir: 'dist', outExtension: { '.js': '.cjs' }, external: ['electron'] }),
]);
