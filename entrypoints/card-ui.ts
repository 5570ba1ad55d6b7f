import cardCss from '../components/card.css?inline';
import { defineUnlistedScript } from '#imports';
import { CardHost } from './content/card-mount';
import { CARD_UI_GLOBAL, type CardUiModule } from './content/lazy-card';

/**
 * The fact card's code (Preact, Floating UI, the card and its CSS), loaded by the content script
 * only when a page has marks: `import()` of this web-accessible file runs it in the content
 * script's isolated world, where it leaves its exports for `loadCardUi`.
 */
export default defineUnlistedScript(() => {
  const module: CardUiModule = { CardHost, css: cardCss };
  (globalThis as Record<string, unknown>)[CARD_UI_GLOBAL] = module;
});
