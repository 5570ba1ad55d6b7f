/**
 * The background's half of checking a page (docs/decisions/009): the content script reads the
 * page and marks it; the matching itself runs here, off the page's main thread. Each request
 * carries the page's metadata, the content script's key for the page as a whole (its view) and
 * some of its texts; the first request of a run carries the opening the view is read from, later
 * ones only its key. The reply gives each text's checked figures (packed: `packed-figures.ts`).
 * The prepared index is kept per index, and the last few pages' views by their key; a view the
 * background no longer has (a service worker may be stopped between two requests of one page)
 * gets a null reply, and the content script sends the opening again (docs/decisions/030).
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

  /** The view named `key`: made from `opening` when given, else the one kept; null when not kept. */
  const viewOf = (key: string, meta: PageMeta, opening: string | undefined): PageView | null => {
    let view = views.get(key);
    if (view) views.delete(key);
    else if (opening === undefined) return null;
    else view = viewPage(meta, opening);
    views.set(key, view); // most recently used last
    if (views.size > VIEWS_KEPT) views.delete(views.keys().next().value as string);
    return view;
  };

  return {
    'cc:check': async ({ meta, view: key, opening, texts }): Promise<PackedFigures | null> => {
      // The view is kept before the first await: a page's next request, sent while this one is
      // checked, names it without the opening.
      const view = viewOf(key, meta, opening);
      if (!view) return null;
      const p = preparedOf(await deps.index());
      return packFigures(texts.map((text) => checkInPieces(text, (piece) => checkPage(p, piece, meta, view).figures)));
    },
  };
}
