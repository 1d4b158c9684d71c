// Tests of the built app (dist/) build it when it is missing or older than its sources, one process
// at a time: `npm test` builds first and nothing is rebuilt, while a test run alone on a fresh clone
// or after an edit still gets a current build. A lock folder keeps two test files from writing the
// same bundles at once (another test could read a half-written worker).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { REPO } from './temp';

const LOCK = path.join(REPO, 'node_modules', '.cache', 'tonghop-build.lock');

function newest(dirOrFile: string): number {
  const st = fs.statSync(dirOrFile, { throwIfNoEntry: false });
  if (!st) return 0;
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs;
  for (const name of fs.readdirSync(dirOrFile)) max = Math.max(max, newest(path.join(dirOrFile, name)));
  return max;
}

function mtime(file: string): number {
  return fs.statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? 0;
}

const at = (...p: string[]): string => path.join(REPO, ...p);
const NODE_STAMP = at('dist', 'bundle-externals.json');
const RENDERER_STAMP = at('dist', 'renderer', 'index.html');

function staleParts(): { node: boolean; renderer: boolean } {
  const shared = newest(at('shared'));
  const node = Math.max(shared, newest(at('electron')), newest(at('scripts', 'build-node.mjs')), newest(at('package.json')));
  const renderer = Math.max(shared, newest(at('renderer')), newest(at('vite.config.ts')));
  return { node: mtime(NODE_STAMP) < node, renderer: mtime(RENDERER_STAMP) < renderer };
}

async function withLock<T>(fn: () => T): Promise<T> {
  fs.mkdirSync(path.dirname(LOCK), { recursive: true });
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    try {
      fs.mkdirSync(LOCK);
      break;
    } catch {
      // A build left behind by a killed run is old: take it over.
      if (Date.now() - mtime(LOCK) > 5 * 60_000) fs.rmSync(LOCK, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`build lock ${LOCK} held too long`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  try {
    return fn();
  } finally {
    fs.rmSync(LOCK, { recursive: true, force: true });
  }
}

/** dist/ as `npm run build` makes it (the Node bundles, the worker, and the renderer when asked). */
export async function ensureBuilt(opts: { renderer?: boolean } = {}): Promise<void> {
  const stale = staleParts();
  if (!stale.node && !(opts.renderer && stale.renderer)) return;
  await withLock(() => {
    const again = staleParts();
    if (again.node) execFileSync(process.execPath, ['scripts/build-node.mjs'], { cwd: REPO, stdio: 'pipe' });
    if (opts.renderer && again.renderer) execFileSync(process.execPath, [at('node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'], { cwd: REPO, stdio: 'pipe' });
  });
}
