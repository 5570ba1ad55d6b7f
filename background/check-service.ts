/**
 * The background's half of checking a page (docs/decisions/009): the content script reads the
 * page and marks it; the matching itself runs here, off the page's main thread. Each request
 * carries the page's metadata, the content script's key for the page as a whole (its view) and
 * some of its texts; the first request of a run carries the opening the view is read from, later
 * ones only its key. The reply gives each text's checked figures (packed: `packed-figures.ts`).
 * Two engines check them: the rule matcher the bundled seeds, and the evidence engine the reader's
 * own sources and the seeds where the rules give no strong verdict (docs/decisions/033, 035). The
 * prepared engines are kept per set of indexes, and the last
 * few pages' openings by their key; a view the background no longer has (a service worker may be
 * stopped between two requests of one page) gets a null reply, and the content script sends the
 * opening again (docs/decisions/030).
 */
import { checkWithEngines, prepareEngines, viewForEngines, type EngineIndexes, type EnginesView, type PreparedEngines } from '../core/check/engines';
import { checkInPieces } from '../core/match/check-pieces';
import type { PageMeta } from '../core/model';
import { packFigures, type PackedFigures } from '../messaging/packed-figures';
import type { BackgroundHandlers } from '../messaging/protocol';

/** How many pages' views are remembered (a few tabs loading at once). */
const VIEWS_KEPT = 8;

/** What the check service needs: the current indexes of the two engines. */
export interface CheckServiceDeps {
  indexes: () => Promise<EngineIndexes>;
}

/** A page's opening, with its view for each set of prepared engines it was checked against. */
interface KeptPage {
  meta: PageMeta;
  opening: string;
  views: WeakMap<PreparedEngines, EnginesView>;
}

/** Creates the `cc:check` handler. */
export function createCheckService(deps: CheckServiceDeps): Pick<BackgroundHandlers, 'cc:check'> {
  const prepared = new WeakMap<EngineIndexes, PreparedEngines>();
  const pages = new Map<string, KeptPage>();

  const preparedOf = (indexes: EngineIndexes): PreparedEngines => {
    let p = prepared.get(indexes);
    if (!p) {
      p = prepareEngines(indexes);
      prepared.set(indexes, p);
    }
    return p;
  };

  /** The page named `key`: kept from `opening` when given, else the one kept; null when not kept. */
  const pageOf = (key: string, meta: PageMeta, opening: string | undefined): KeptPage | null => {
    let page = pages.get(key);
    if (page) pages.delete(key);
    else if (opening === undefined) return null;
    else page = { meta, opening, views: new WeakMap() };
    pages.set(key, page); // most recently used last
    if (pages.size > VIEWS_KEPT) pages.delete(pages.keys().next().value as string);
    return page;
  };

  /** The page's view for these engines (read again only when the reader's sources changed). */
  const viewOf = (page: KeptPage, engines: PreparedEngines): EnginesView => {
    let view = page.views.get(engines);
    if (!view) page.views.set(engines, (view = viewForEngines(engines, page.meta, page.opening)));
    return view;
  };

  return {
    'cc:check': async ({ meta, view: key, opening, texts }): Promise<PackedFigures | null> => {
      // The page is kept before the first await: a page's next request, sent while this one is
      // checked, names it without the opening.
      const page = pageOf(key, meta, opening);
      if (!page) return null;
      const engines = preparedOf(await deps.indexes());
      const view = viewOf(page, engines);
      return packFigures(texts.map((text) => checkInPieces(text, (piece) => checkWithEngines(engines, piece, meta, view))));
    },
  };
}
