import { ContentScriptContext, defineUnlistedScript } from '#imports';
import { startCrosscheck, type PageSession } from './content/controller';
import { MAIN_GLOBAL, type MainStage } from './content/stages';

/**
 * Content script, second stage: settings, reading the page, the background's checks, marks,
 * cards, living pages and the popup's questions. The first stage (`content-gate.ts`) imports this web-accessible file
 * into its isolated world when a page passes the subject gate or the popup asks something, and
 * calls it through the {@link MainStage} left here (docs/decisions/008).
 */
export default defineUnlistedScript(() => {
  let session: PageSession | null = null;
  // No "script started" window message: it would tell every page script our extension's id.
  const context = (): ContentScriptContext => new ContentScriptContext('content', { noScriptStartedPostMessage: true });
  const ensure = (): PageSession => (session ??= startCrosscheck(context()));
  const stage: MainStage = {
    start: () => void ensure(),
    handleMessage: (message) => ensure().handleMessage(message),
  };
  (globalThis as Record<string, unknown>)[MAIN_GLOBAL] = stage;
});
