import { defineUnlistedScript } from '#imports';
import { answerLater, isOurMessage } from '../messaging/basics';
import { contentApi } from '../messaging/content-transport';
import { startCrosscheck, type PageSession } from '../content/page-session';
import { PageLife } from '../content/page-life';
import { MAIN_GLOBAL, type MainStage } from '../content/stages';

/**
 * Content script, second stage: reading the page, the background's checks and settings, marks,
 * cards, living pages and the popup's questions. It comes into the content script's isolated
 * world in one of two ways: the first stage (`content-gate.ts`) imports this web-accessible file
 * when a page passes the subject gate, or the popup (or the background, on a menu or a command)
 * injects it with `scripting.executeScript` when it has a question for a page where nothing
 * listens yet (`messaging/protocol.ts`, docs/decisions/032). Either way it leaves a
 * {@link MainStage} here and listens for the popup's questions itself: the first stage has no
 * listener, so pages that never need one pay for none. It uses the raw extension APIs and a
 * lifetime of its own, not the polyfill or WXT's context (docs/decisions/010).
 */
export default defineUnlistedScript(() => {
  const global = globalThis as Record<string, unknown>;
  // Imported by the first stage and injected by the popup at about the same time: one runs.
  if ((global[MAIN_GLOBAL] as MainStage | undefined)?.alive()) return;
  const api = contentApi();
  let session: PageSession | null = null;
  const ensure = (gated: boolean): PageSession => {
    session ??= startCrosscheck(new PageLife(api.runtime), api, gated);
    return session;
  };
  const stage: MainStage = {
    start: (gated = false) => void ensure(gated),
    handleMessage: (message) => ensure(false).handleMessage(message),
    alive: () => !!api.runtime.id,
  };
  global[MAIN_GLOBAL] = stage;
  // The popup's and the background's questions (`cc:page-summary`, `cc:read-article`, …): the
  // first question starts Crosscheck here if the gate did not, so the reply is the page's state.
  api.runtime.onMessage.addListener(answerLater((message) => (isOurMessage(message) ? stage.handleMessage(message) : undefined)));
});
