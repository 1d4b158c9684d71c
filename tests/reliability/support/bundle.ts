// tsx is not installed: child processes run TypeScript entries bundled by esbuild, as
// scripts/build-node.mjs does. Bundles go under node_modules/.cache so bare package imports
// (left external) resolve, and so a bundled door finds the repository (findSourceRoot) walking up.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { REPO } from '../../helpers/temp';

export const BUNDLE_DIR = path.join(REPO, 'node_modules', '.cache', 'tonghop-reliability');

export async function bundle(entry: string): Promise<string> {
  fs.mkdirSync(BUNDLE_DIR, { recursive: true });
  const out = path.join(BUNDLE_DIR, `${path.basename(entry, '.ts')}-${process.pid}-${crypto.randomBytes(3).toString('hex')}.mjs`);
  await build({
    entryPoints: [path.resolve(REPO, entry)],
    outfile: out,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    packages: 'external',
    loader: { '.sql': 'text' },
    logLevel: 'warning',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  return out;
}
