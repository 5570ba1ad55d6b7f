import { defineUnlistedScript } from '#imports';
import seedGate from '../core/generated/seed-gate.json';
import type { SubjectGateData } from '../core/match/name-gate';
import { startFirstStage, type FirstStageApi } from './content/first-stage';
import { MAIN_FILE, MAIN_GLOBAL, type MainStage } from './content/stages';

/**
 * Content script, first stage: the one script the manifest injects into every http(s) page, at
 * `document_idle` (see `wxt.config.ts`). It is an unlisted script rather than a WXT content
 * script so that it carries neither the webextension polyfill nor WXT's context: on the pages
 * that are not about the index's subjects, which are most pages, this is all that runs
 * (docs/decisions/008). The work is in `content/first-stage.ts`.
 */
export default defineUnlistedScript(() => {
  const g = globalThis as { browser?: FirstStageApi & { runtime: { getURL(p: string): string } }; chrome?: FirstStageApi & { runtime: { getURL(p: string): string } } };
  // Firefox's `browser` and Chrome's `chrome` both take listeners and return promises here.
  const api = g.browser?.runtime?.getURL ? g.browser : g.chrome!;
  startFirstStage({
    doc: document,
    api,
    seedGate: seedGate as SubjectGateData,
    loadMain: async () => {
      await import(/* @vite-ignore */ api.runtime.getURL(MAIN_FILE));
      const main = (globalThis as Record<string, unknown>)[MAIN_GLOBAL] as MainStage | undefined;
      if (!main) throw new Error('content-main.js did not load');
      return main;
    },
  });
});
