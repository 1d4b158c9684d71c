// Where the app's own files are, found from this module so it works from source and from dist/.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const APP_VERSION = '0.1.0';

/** The folder holding package.json, walking up from this file (src or bundled). */
export function repoRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 8; i++) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'resources'))) return dir;
    dir = path.dirname(dir);
  }
  throw new Error('Không tìm thấy thư mục cài đặt (resources/).');
}

export function defaultResourcesDir(): string {
  return path.join(repoRoot(), 'resources');
}
