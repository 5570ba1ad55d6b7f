import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { buildSeedIndex } from './scripts/lib/build-seed-index';
import { DEFAULT_INDEX_PATH } from './scripts/lib/paths';
import { writeIndexIfChanged } from './scripts/lib/write-index';

/** Build configuration: explicit imports, Preact, the webextension polyfill and a minimal manifest. */
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'Crosscheck',
    description: 'Cross-checks the figures in the news you read against a local fact index. No network requests.',
    permissions: ['storage'],
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'crosscheck@crosscheck.invalid',
          strict_min_version: '115.0',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // The bundled index is rebuilt from seeds/ on every build, so it always matches the articles.
    'build:before': () => {
      writeIndexIfChanged(DEFAULT_INDEX_PATH, buildSeedIndex('seeds'));
    },
  },
});
