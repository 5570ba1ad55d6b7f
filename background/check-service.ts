/**
 * The background's half of checking a page (docs/decisions/009): the content script reads the
 * page and marks it; the matching itself runs here, off the page's main thread. Each request
 * carries the page's metadata and opening (its view) and some of its texts; the reply gives each
 * text's checked figures (packed: `packed-figures.ts`). Nothing is kept per tab: the prepared
 * index is kept per index, and the last few pages' views are remembered only to save reading the
 * opening again (a service worker may be stopped between two requests of one page, and the view
 * is then read afresh).
 */
import { checkPage, type PageView, viewPage } from '../core/match/check-page';
import { checkInPieces } from '../core/match/check-pieces';
import { prepareIndex, type PreparedIndex } from '../core/match/prepare-index';
import type { FactIndex, PageMeta } from '../core/model';
import { packFigures, type PackedFigures } from '../messaging/packed-figures';
import type { BackgroundHandlers } from '../messaging/protocol';

/** How many pages' views are remembered (a few tabs loading at once). */
const VIEWS_KEPT = 8;

/** What the check service needs: the current index (seed and user sources merged). */
export interface CheckServiceDeps {
  index: () => Promise<FactIndex>;
}

/** Creates the `cc:check` handler. */
export function createCheckService(deps: CheckServiceDeps): Pick<BackgroundHandlers, 'cc:check'> {
  const prepared = new WeakMap<FactIndex, PreparedIndex>();
  const views = new Map<string, PageView>();

  const preparedOf = (index: FactIndex): PreparedIndex => {
    let p = prepared.get(index);
    if (!p) {
      p = prepareIndex(index);
      prepared.set(index, p);
    }
    return p;
  };

  const viewOf = (meta: PageMeta, opening: string): PageView => {
    const key = `${JSON.stringify(meta)}\u0000${opening}`;
    let view = views.get(key);
    if (view) views.delete(key);
    else view = viewPage(meta, opening);
    views.set(key, view); // most recently used last
    if (views.size > VIEWS_KEPT) views.delete(views.keys().next().value as string);
    return view;
  };

  return {
    'cc:check': async ({ meta, opening, texts }): Promise<PackedFigures> => {
      const p = preparedOf(await deps.index());
      const view = viewOf(meta, opening);
      return packFigures(texts.map((text) => checkInPieces(text, (piece) => checkPage(p, piece, meta, view).figures)));
    },
  };
}
