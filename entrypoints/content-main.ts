import { defineUnlistedScript } from '#imports';
import { contentApi } from '../messaging/content-transport';
import { startCrosscheck, type PageSession } from '../content/page-session';
import { PageLife } from '../content/page-life';
import { MAIN_GLOBAL, type MainStage } from '../content/stages';

/**
 * Content script, second stage: reading the page, the background's checks and settings, marks,
 * cards, living pages and the popup's questions. The first stage (`content-gate.ts`) imports this
 * web-accessible file into its isolated world when a page passes the subject gate or the popup
 * asks something, and calls it through the {@link MainStage} left here (docs/decisions/008). It
 * uses the raw extension APIs and a lifetime of its own, not the polyfill or WXT's context
 * (docs/decisions/010).
 */
export default defineUnlistedScript(() => {
  let session: PageSession | null = null;
  const ensure = (gated: boolean): PageSession => {
    if (!session) {
      const api = contentApi();
      session = startCrosscheck(new PageLife(api.runtime), api, gated);
    }
    return session;
  };
  const stage: MainStage = {
    start: (gated = false) => void ensure(gated),
    handleMessage: (message) => ensure(false).handleMessage(message),
  };
  (globalThis as Record<string, unknown>)[MAIN_GLOBAL] = stage;
});
