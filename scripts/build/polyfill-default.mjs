/**
 * What `import x from 'webextension-polyfill'` resolves to in our bundles (an alias in
 * wxt.config.ts; `@wxt-dev/webextension-polyfill` imports it that way). The same object as the
 * polyfill's: `browser` where the browser has it natively (Firefox, and Chromium 14x and later), the
 * polyfill's wrapper of `chrome` elsewhere.
 *
 * Why: the polyfill is CommonJS, and an ES default import of a CommonJS module makes the bundler
 * build a namespace object by copying every property of its exports. Its exports are the native
 * `browser`, so that copy asked for every API namespace of the extension, which Chromium builds
 * lazily: measured at 7-19 ms of main-thread time on each page the content script's second
 * stage ran on (docs/PERFORMANCE.md). Required from CommonJS (polyfill-exports.cjs), the object
 * is passed on as one property, and only the APIs we use are ever built.
 */
import { browser } from './polyfill-exports.cjs';

export default browser;
