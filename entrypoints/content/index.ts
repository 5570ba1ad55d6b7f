import '../../components/card.css';
import { defineContentScript } from '#imports';
import { startCrosscheck } from './controller';

/**
 * Content script: marks the checked figures of news pages and opens fact cards. Wiring only;
 * the work is in `controller.ts`. `cssInjectionMode: 'ui'` puts the card's CSS in its shadow
 * root and none in the page (the marks' own small style is injected only once a page has marks).
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  main(ctx) {
    startCrosscheck(ctx);
  },
});
