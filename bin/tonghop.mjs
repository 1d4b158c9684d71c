#!/usr/bin/env node
// Runs the bundled CLI (built by `npm install` through the prepare script, or `npm run build:node`).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write('Chưa dựng CLI: hãy chạy "npm run build:node" trước.\n');
  process.exit(1);
}
await import(entry.href);
