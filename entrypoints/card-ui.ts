import cardBaseCss from '../components/card.css?inline';
import cardNoticesCss from '../components/card-notices.css?inline';
import { defineUnlistedScript } from '#imports';
import { CardHost } from '../content/card-mount';
import { CARD_UI_GLOBAL, type CardUiModule } from '../content/lazy-card';
import { UndoNotice } from '../content/undo-notice';

/**
 * The fact card's code (Preact, Floating UI, the card, the "Undo" notice and their CSS), loaded by
 * the content script only when a page has marks: `import()` of this web-accessible file runs it in
 * the content script's isolated world, where it leaves its exports for `LazyCardHost`. The card and
 * the notice live as long as the content script that loaded them (its `ContentLife`).
 */
/** The card's and the notice's styles, in cascade order. */
const cardCss = `${cardBaseCss}\n${cardNoticesCss}`;

export default defineUnlistedScript(() => {
  const module: CardUiModule = {
    createCardHost: (life, callbacks) => new CardHost(life, callbacks, cardCss),
    createUndoNotice: (life) => new UndoNotice(life, cardCss),
  };
  (globalThis as Record<string, unknown>)[CARD_UI_GLOBAL] = module;
});
