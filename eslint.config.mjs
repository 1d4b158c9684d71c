// Lint: TypeScript rules plus the layering rules that keep the three zones honest:
// shared/ imports nothing from electron/ or renderer/ (nor Node, DOM or UI), renderer/ imports only
// shared/ and itself, electron/core never imports 'electron'.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = ['node:*', 'fs', 'path', 'os', 'child_process', 'worker_threads', 'crypto'];

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'release/**', 'node_modules/**', 'coverage/**', 'test-results/**', '**/*.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ['bin/**/*.mjs', 'scripts/**/*.mjs', '*.mjs'], languageOptions: { globals: globals.node } },
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: [...NODE_BUILTINS, 'electron', 'react', 'react-dom'], message: 'shared/ is pure: no Node, DOM or UI imports.' },
            { group: ['**/electron/**', '**/renderer/**', '../electron', '../renderer'], message: 'shared/ must not import the Node side or the renderer.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/core/**/*.ts', 'electron/cli/**/*.ts', 'electron/bridge/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The engine runs under plain Node: no Electron imports.' }],
          patterns: [{ group: ['**/renderer/**'], message: 'The Node side does not import the renderer.' }],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: [...NODE_BUILTINS, 'electron', 'better-sqlite3'], message: 'The renderer runs in a browser.' },
            { group: ['**/electron/**'], message: 'The renderer talks to the API contract in shared/ only.' },
          ],
        },
      ],
    },
  },
);
