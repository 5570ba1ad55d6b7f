/**
 * The content script's answers to the popup and the background (`cc:page-summary`, `cc:reveal`,
 * `cc:read-article`, `cc:next-mark`, `cc:check-selection`), validated with the requests' schema,
 * which is loaded on the first request (`content-requests.js`, docs/decisions/010).
 */
import type { ArticleForSource, PageSummary } from '../messaging/content-replies';
import { createContentListener } from '../messaging/content-listener';
import type { ContentApi } from '../messaging/content-transport';
import { readArticle, readPageMeta } from '../page/read-article';
import { checkTexts, PageOpening } from './check-client';
import type { CardHostLike } from './lazy-card';
import type { MarkRegistry } from './mark-registry';
import { focusNextMark } from './next-mark';
import { VIEW_CHARS } from './run-check';
import { importStage, REQUESTS_FILE, REQUESTS_GLOBAL, type RequestsModule } from './stages';

/** What the answers read: the page's marks and card, and whether Crosscheck is paused here. */
export interface AnswerParts {
  api: ContentApi;
  registry: MarkRegistry;
  card: CardHostLike;
  paused(): boolean;
}

/** The `onMessage` listener that answers the popup's and the background's requests. */
export function createPopupAnswers(parts: AnswerParts): (raw: unknown) => Promise<unknown> | undefined {
  const { api, registry, card } = parts;
  let requests: Promise<RequestsModule> | null = null;
  /** The popup requests' schema (`content-requests.js`), imported once. */
  const loadRequests = (): Promise<RequestsModule> => {
    requests ??= importStage<RequestsModule>((path) => api.runtime.getURL(path), REQUESTS_FILE, REQUESTS_GLOBAL);
    // A failed import (the extension was reloaded) is tried again on the next request.
    requests.catch(() => (requests = null));
    return requests;
  };
  return createContentListener(
    {
      'cc:page-summary': (): PageSummary => registry.summary(location.href, parts.paused()),
      'cc:reveal': async (req) => {
        const entry = registry.revealable(req.id);
        if (!entry) return false;
        entry.mark.scrollIntoView({ block: 'center', inline: 'nearest' });
        await card.open(entry.mark, entry.figure, 'reveal');
        return card.openMark === entry.mark;
      },
      'cc:read-article': (): ArticleForSource => ({ text: readArticle(document).text, meta: readPageMeta(document, location.href) }),
      'cc:next-mark': () => focusNextMark(document, deepActiveElement(document)),
      'cc:check-selection': (req) => checkSelection(api, card, req.text),
    },
    async (raw) => (await loadRequests()).parseContentRequest(raw),
  );
}

/**
 * "Check with Crosscheck" on selected text (the context menu, docs/decisions/018): the selection
 * is checked in the background as a page of its own (its subject read from the page's title and
 * the selection), whatever the subject gate or the site switch said, and a card shows its
 * figures beside it. The selection as the page has it is preferred to the menu's copy, which
 * the browser flattens. Answers how many figures were checked.
 */
async function checkSelection(api: ContentApi, card: CardHostLike, menuText: string): Promise<number> {
  const selection = window.getSelection();
  const range = selection && selection.rangeCount > 0 && !selection.isCollapsed ? selection.getRangeAt(0).cloneRange() : null;
  const own = selection?.toString().trim() ?? '';
  const text = (own || menuText).slice(0, VIEW_CHARS);
  const meta = readPageMeta(document, location.href);
  const checked = /\S/.test(text) ? await checkTexts(api, meta, new PageOpening(text), [text]) : [];
  const figures = checked?.[0] ?? [];
  await card.openSelection(range, figures);
  return figures.length;
}

/** The focused element, looking into shadow roots (our card's focus is inside one). */
function deepActiveElement(doc: Document): Element | null {
  let el: Element | null = doc.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}
