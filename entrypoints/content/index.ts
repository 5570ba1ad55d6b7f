import { defineContentScript } from '#imports';
import { startCrosscheck } from './controller';

/**
 * Content script: marks the checked figures of news pages and opens fact cards. Wiring only;
 * the work is in `controller.ts`. The card's code and CSS load on demand (`lazy-card.ts`); no CSS
 * goes into the page but the marks' own small style, injected only once a page has marks.
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  main(ctx) {
    startCrosscheck(ctx);
  },
});
