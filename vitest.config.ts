import fs from 'node:fs';
import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';

// Migrations are plain .sql files; esbuild bundles them as text, this does the same under vitest.
const sqlAsText: Plugin = {
  name: 'sql-as-text',
  enforce: 'pre',
  load(id) {
    if (!id.endsWith('.sql')) return null;
    return `export default ${JSON.stringify(fs.readFileSync(id, 'utf8'))};`;
  },
};

export default defineConfig({
  plugins: [sqlAsText],
  test: {
    projects: [
      {
        plugins: [sqlAsText],
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts', 'tests/reliability/**/*.test.ts'], environment: 'node', testTimeout: 60_000, hookTimeout: 120_000 },
      },
      {
        plugins: [sqlAsText],
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
