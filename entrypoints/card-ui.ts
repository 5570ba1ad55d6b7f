import cardBaseCss from '../components/card.css?inline';
import cardNoticesCss from '../components/card-notices.css?inline';
import { ContentScriptContext, defineUnlistedScript } from '#imports';
import { CardHost } from '../content/card-mount';
import { CARD_UI_GLOBAL, type CardUiModule } from '../content/lazy-card';
import type { ContentLife } from '../content/page-life';
import { UndoNotice } from '../content/undo-notice';

/**
 * The fact card's code (Preact, Floating UI, the card, the "Undo" notice and their CSS), loaded by
 * the content script only when a page has marks: `import()` of this web-accessible file runs it in
 * the content script's isolated world, where it leaves its exports for `LazyCardHost`. The shadow
 * roots come from WXT's `createShadowRootUi`, which takes a `ContentScriptContext`: the card makes
 * its own, ended with the content script's lifetime (the second stage has none: docs/decisions/010).
 */
/** The card's and the notice's styles, in cascade order. */
const cardCss = `${cardBaseCss}\n${cardNoticesCss}`;

export default defineUnlistedScript(() => {
  const contexts = new WeakMap<ContentLife, ContentScriptContext>();
  const contextOf = (life: ContentLife): ContentScriptContext => {
    let ctx = contexts.get(life);
    if (!ctx) {
      const made = new ContentScriptContext('crosscheck-card', { noScriptStartedPostMessage: true });
      life.onInvalidated(() => made.abort());
      contexts.set(life, (ctx = made));
    }
    return ctx;
  };
  const module: CardUiModule = {
    createCardHost: (life, callbacks) => new CardHost(contextOf(life), callbacks, cardCss),
    createUndoNotice: (life) => new UndoNotice(contextOf(life), cardCss),
  };
  (globalThis as Record<string, unknown>)[CARD_UI_GLOBAL] = module;
});
