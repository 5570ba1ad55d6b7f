import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Lint rules: typescript-eslint recommended, plus the rule that keeps `core/` pure. */
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
    files: ['core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['preact', 'preact/*', 'wxt', 'wxt/*', '#imports', 'webextension-polyfill'], message: 'core/ is pure: no UI or extension APIs.' },
            { group: ['../page/*', '../components/*', '../entrypoints/*', 'node:*'], message: 'core/ is pure: no DOM, UI or node modules.' },
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
