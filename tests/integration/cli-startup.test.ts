// Every CLI command and the import's first file wait for what the CLI loads at start. The report
// readers run in the parse workers and the plan, backup and export code loads on first use, so the
// CLI's own bundle must reach none of their packages through a static import. And once its work is
// done the CLI must end by itself: a parse worker left holding it open would hang every script.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../helpers/built';
import { REPO, tempDir } from '../helpers/temp';

/** The files and packages a bundle file reaches through static imports (not `import()`). */
function staticClosure(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string): void => {
    if (files.has(file)) return;
    files.add(file);
    const code = fs.readFileSync(file, 'utf8');
    // esbuild writes static imports at statement level: `import … from "x";` or `import "x";`.
    for (const m of code.matchAll(/^import\s+(?:[^'"]*?\s+from\s+)?["']([^"']+)["'];?/gm)) {
      const spec = m[1]!;
      if (spec.startsWith('.')) visit(path.resolve(path.dirname(file), spec));
      else if (!spec.startsWith('node:')) packages.add(spec.split('/').slice(0, spec.startsWith('@') ? 2 : 1).join('/'));
    }
  };
  visit(entry);
  return { files, packages };
}

beforeAll(async () => {
  await ensureBuilt();
}, 600_000);

describe('the CLI at start', () => {
  it('loads the database, the contract and its own commands, not the readers or writers', () => {
    const { files, packages } = staticClosure(path.join(REPO, 'dist', 'cli', 'main.js'));
    expect(files.size).toBeGreaterThan(1);
    expect([...packages].sort()).toEqual(expect.arrayContaining(['better-sqlite3', 'commander', 'zod']));
    for (const heavy of ['saxes', 'htmlparser2', 'yauzl', 'csv-parse', 'pdfjs-dist', 'pdfmake', 'exceljs', 'docx', 'tesseract.js', 'word-extractor', '@e965/xlsx']) {
      expect(packages, heavy).not.toContain(heavy);
    }
  });
});

describe('the CLI at the end', () => {
  it('exits by itself once the import is done: the parse worker holds it open only while it has files to read', () => {
    const dir = tempDir();
    const files = ['a', 'b', 'c'].map((n) => path.join(dir, `bao-cao-${n}.txt`));
    for (const f of files) fs.writeFileSync(f, 'HUYỆN ỦY KHÔNG CÓ TRONG DANH MỤC\nBÁO CÁO\nKết quả thực hiện kế hoạch.\n');
    const r = spawnSync(process.execPath, [path.join(REPO, 'bin', 'tonghop.mjs'), 'import', ...files, '--db', path.join(dir, 'd.sqlite'), '--json'], { encoding: 'utf8', timeout: 60_000 });
    expect(r.signal).toBe(null);
    // Read in the worker and refused (no such unit): exit code 2, one answer per file.
    expect(r.status).toBe(2);
    expect((JSON.parse(r.stdout) as { outcome: string }[]).map((x) => x.outcome)).toEqual(['rejected', 'rejected', 'rejected']);
  });
});
