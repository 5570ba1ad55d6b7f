import { defineUnlistedScript } from '#imports';
import seedGate from '../core/generated/seed-gate.json';
import type { SubjectGateData } from '../core/match/name-gate';
import { contentApi } from '../messaging/content-transport';
import { startFirstStage } from '../content/first-stage';
import { importStage, MAIN_FILE, MAIN_GLOBAL, type MainStage } from '../content/stages';

/**
 * Content script, first stage: the one script the manifest injects into every http(s) page, at
 * `document_idle` (see `wxt.config.ts`). It is an unlisted script rather than a WXT content
 * script so that it carries neither the webextension polyfill nor WXT's context: on the pages
 * that are not about the index's subjects, which are most pages, this is all that runs
 * (docs/decisions/008). The work is in `content/first-stage.ts`.
 */
export default defineUnlistedScript(() => {
  // Firefox's `browser` and Chrome's `chrome` both take listeners and return promises here.
  const api = contentApi();
  startFirstStage({
    doc: document,
    api,
    seedGate: seedGate as SubjectGateData,
    loadMain: () => importStage<MainStage>((path) => api.runtime.getURL(path), MAIN_FILE, MAIN_GLOBAL),
  });
});
