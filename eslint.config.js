import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import layers from './scripts/lint/layers.js';

/**
 * Lint rules: typescript-eslint recommended, the layers (`crosscheck/layers`: which folder may
 * import from which, at any depth; scripts/lint/layers.js) and the rule that keeps `core/` pure.
 */
export default tseslint.config(
  // Fixture pages and their scripts are data a page would serve, not project code.
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'test-results/', 'bench/', 'test/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { crosscheck: layers },
    rules: { 'crosscheck/layers': 'error' },
  },
  {
    files: ['core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['preact', 'preact/*', 'wxt', 'wxt/*', '#imports', 'webextension-polyfill'], message: 'core/ is pure: no UI or extension APIs.' },
            { group: ['node:*'], message: 'core/ is pure: no node modules.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'document', 'window', 'browser', 'chrome', 'navigator', 'location'],
    },
  },
  {
    files: ['scripts/**/*.{js,mjs,ts}', 'test/e2e/**/*.ts', '*.config.{js,ts}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
