/**
 * Build-time alias target (see wxt.config.ts and polyfill-default.mjs): the webextension polyfill,
 * required from CommonJS and handed on as a property, so no bundle copies its exports.
 */
exports.browser = require('webextension-polyfill/dist/browser-polyfill.js');
