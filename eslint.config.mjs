// Lint: TypeScript rules plus the layering rule that keeps the three zones honest:
// shared/ imports nothing from electron/ or renderer/ (nor Node), renderer/ imports only shared/,
// electron/core never imports 'electron'.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', 'coverage/**', 'test-results/**', '**/*.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ['bin/**/*.mjs', 'scripts/**/*.mjs', '*.mjs'], languageOptions: { globals: globals.node } },
  {
    plugins: { 'import-x': importX },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './shared', from: './electron', message: 'shared/ must not import the Node side.' },
            { target: './shared', from: './renderer', message: 'shared/ must not import the renderer.' },
            { target: './renderer', from: './electron', message: 'The renderer talks to the API contract only.' },
          ],
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['node:*', 'fs', 'path', 'os', 'electron', 'react', 'react-dom'], message: 'shared/ is pure: no Node, DOM or UI imports.' }] }],
    },
  },
  {
    files: ['electron/core/**/*.ts', 'electron/cli/**/*.ts', 'electron/bridge/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'The engine runs under plain Node: no Electron imports.' }] }] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['node:*', 'fs', 'path', 'electron', 'better-sqlite3'], message: 'The renderer runs in a browser.' }] }] },
  },
);
