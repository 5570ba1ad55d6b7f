import cardCss from '../components/card.css?inline';
import { ContentScriptContext, defineUnlistedScript } from '#imports';
import { CardHost } from './content/card-mount';
import { CARD_UI_GLOBAL, type CardUiModule } from './content/lazy-card';

/**
 * The fact card's code (Preact, Floating UI, the card and its CSS), loaded by the content script
 * only when a page has marks: `import()` of this web-accessible file runs it in the content
 * script's isolated world, where it leaves its exports for `LazyCardHost`. The card's shadow root
 * comes from WXT's `createShadowRootUi`, which takes a `ContentScriptContext`: the card makes its
 * own, ended with the content script's lifetime (the second stage has none: docs/decisions/010).
 */
export default defineUnlistedScript(() => {
  const module: CardUiModule = {
    createCardHost: (life, callbacks) => {
      const ctx = new ContentScriptContext('crosscheck-card', { noScriptStartedPostMessage: true });
      life.onInvalidated(() => ctx.abort());
      return new CardHost(ctx, callbacks, cardCss);
    },
  };
  (globalThis as Record<string, unknown>)[CARD_UI_GLOBAL] = module;
});
