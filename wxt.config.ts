import preact from '@preact/preset-vite';
import { basename, resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { buildSeedIndex, buildSeedIndexFor } from './scripts/lib/build-seed-index';
import { DEFAULT_INDEX_PATH } from './scripts/lib/paths';
import { writeBundledIndex } from './scripts/lib/write-index';

/**
 * Content security policy of the extension's own pages (popup, options, Firefox's background
 * page): only the bundle's own scripts, styles and images; no plugins, no <base>, no form posts,
 * and `connect-src 'self'` so a page of ours cannot reach any server even if asked to.
 * See docs/PERMISSIONS.md.
 */
const EXTENSION_PAGES_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "object-src 'none'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * `CROSSCHECK_SEEDS=DIR wxt build` builds the extension with an index of another seeds folder (a
 * corpus topic's, a reader's own), into `.output/seeds-NAME/` with its index beside it, leaving the
 * bundled index and build untouched: the bundle's imports of core/generated/* are pointed there.
 */
const OTHER_SEEDS = process.env.CROSSCHECK_SEEDS;
/**
 * `CROSSCHECK_ENGINE=evidence` (with `CROSSCHECK_SEEDS` only) has that folder's sources checked by the
 * evidence engine, as the reader's own are, instead of the rule matcher written on the bundled seeds
 * (docs/decisions/033).
 */
const ENGINE = process.env.CROSSCHECK_ENGINE === 'evidence' ? 'evidence' : 'rules';
if (ENGINE === 'evidence' && !OTHER_SEEDS) throw new Error('CROSSCHECK_ENGINE=evidence needs CROSSCHECK_SEEDS=DIR: the bundled index stays the rule matcher\'s');
const OTHER_OUT = OTHER_SEEDS ? resolve('.output', `seeds-${basename(resolve(OTHER_SEEDS, OTHER_SEEDS.endsWith('seeds') || OTHER_SEEDS.endsWith('seeds/') ? '..' : '.'))}`) : null;

/** The extension's icon (rendered from assets/icon/icon.svg by `npm run icons`), by size. */
const ICONS = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' };

/**
 * Keyboard commands (rebindable at chrome://extensions/shortcuts and in Firefox's add-on
 * manager): the popup, Crosscheck on or off for this site, the next marked figure
 * (docs/decisions/018). Chrome names the popup's command `_execute_action`, Firefox MV2
 * `_execute_browser_action`.
 */
function commands(browser: string) {
  return {
    [browser === 'firefox' ? '_execute_browser_action' : '_execute_action']: {
      suggested_key: { default: 'Alt+Shift+K' },
      description: '__MSG_commandPopup__',
    },
    'toggle-site': { suggested_key: { default: 'Alt+Shift+O' }, description: '__MSG_commandToggleSite__' },
    'next-mark': { suggested_key: { default: 'Alt+Shift+J' }, description: '__MSG_commandNextMark__' },
  };
}

/** Build configuration: explicit imports, Preact, the webextension polyfill and a minimal manifest. */
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    // In the reader's language: public/_locales/<lang>/messages.json (docs/decisions/019).
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // contextMenus: "Check with Crosscheck" on selected text; activeTab and scripting: the popup
    // (or a menu click, or a command) injects the content script's second stage into the tab it
    // speaks about when nothing listens there, so the script every page gets needs no listener
    // (docs/PERMISSIONS.md, docs/decisions/032).
    permissions: ['storage', 'contextMenus', 'activeTab', 'scripting'],
    // The toolbar button's icon is set in entrypoints/popup/index.html; Firefox's light and dark
    // variants (`theme_icons`) are found by WXT from public/icon/{light,dark}-N.png.
    icons: ICONS,
    commands: commands(browser),
    // The content script's first stage, the one script every page gets (docs/decisions/008). An
    // unlisted script named here rather than a WXT content script, so it carries no polyfill.
    content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['content-gate.js'], run_at: 'document_idle' }],
    // The later stages, imported by the first into its isolated world: the rest of the content
    // script (pages past the subject gate, or the popup asking), the popup requests' schema (the
    // popup asking, docs/decisions/010) and the fact card's code (pages with marks). The engine
    // and the index stay in the background (docs/decisions/009).
    web_accessible_resources: [
      {
        resources: ['content-main.js', 'content-requests.js', 'card-ui.js'],
        matches: ['http://*/*', 'https://*/*'],
        use_dynamic_url: true,
      },
    ],
    // MV3 (Chrome) takes an object; Firefox's default build is MV2, which takes the string.
    content_security_policy:
      browser === 'firefox' ? EXTENSION_PAGES_CSP : { extension_pages: EXTENSION_PAGES_CSP },
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
  vite: () => ({
    plugins: [preact()],
    ...(OTHER_OUT && {
      resolve: {
        alias: [
          { find: /^(?:\.\.\/)+core\/generated\/seed-index\.json$/, replacement: resolve(OTHER_OUT, 'generated/seed-index.json') },
          { find: /^(?:\.\.\/)+core\/generated\/seed-gate\.json$/, replacement: resolve(OTHER_OUT, 'generated/seed-gate.json') },
        ],
      },
    }),
  }),
  ...(OTHER_OUT && { outDir: OTHER_OUT }),
  // The sources zip is for reviewers: no test output, screenshots or benchmark results.
  zip: { excludeSources: ['test-results/**', 'bench/**', '**/*.png'] },
  hooks: {
    // The bundled index is rebuilt from seeds/ on every build, so it always matches the articles.
    'build:before': () => {
      if (OTHER_SEEDS && OTHER_OUT) writeBundledIndex(resolve(OTHER_OUT, 'generated/seed-index.json'), buildSeedIndexFor(OTHER_SEEDS, ENGINE), resolve(OTHER_OUT, 'generated/seed-gate.json'));
      else writeBundledIndex(DEFAULT_INDEX_PATH, buildSeedIndex('seeds'));
    },
  },
});
