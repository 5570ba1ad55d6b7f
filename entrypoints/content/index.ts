import { defineContentScript } from '#imports';

/** Content script: placeholder; the marks-and-cards issue fills it. */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main() {},
});
