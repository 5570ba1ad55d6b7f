import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

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
});
