import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export function tempDir(prefix = 'tonghop-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export const REPO = path.resolve(import.meta.dirname, '..', '..');
export const SAMPLES = path.join(REPO, 'resources', 'samples');
