import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/**
 * Unit and component tests. `core/` tests run in node (the default); DOM tests opt into
 * happy-dom with a `// @vitest-environment happy-dom` comment; storage tests use WXT's fake browser.
 */
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    // English messages for components (no browser i18n API in tests).
    setupFiles: ['test/support/i18n.ts'],
    environment: 'node',
    mockReset: true,
    restoreMocks: true,
    testTimeout: 20_000,
  },
});
