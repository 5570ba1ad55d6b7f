/**
 * How the content script's stages meet (docs/decisions/005 and 008). The first stage, injected
 * into every page, imports `content-main.js` only when its gate lets a page through or the popup
 * asks something; that file leaves a {@link MainStage} under {@link MAIN_GLOBAL} in the content
 * script's isolated world. The second stage imports the engine the same way. Types and names
 * only: the first stage must stay tiny, and the engine must not pull in the polyfill.
 */
import type { mergeIndex } from '../../core/index/assemble-index';
import type { checkPage, viewPage } from '../../core/match/check-page';
import type { prepareIndex } from '../../core/match/prepare-index';
import type { FactIndex } from '../../core/model';

/** Where `content-main.js` leaves its {@link MainStage}. */
export const MAIN_GLOBAL = '__crosscheckMain';

/** How much of the page the subject gate reads. */
export const GATE_SAMPLE_CHARS = 20_000;

/** Wait after a client-side navigation before looking at the new page (the site renders it first). */
export const NAVIGATION_SETTLE_MS = 500;

/** The file of the second stage (web-accessible, imported by the first). */
export const MAIN_FILE = '/content-main.js';

/** What the second stage offers the first. */
export interface MainStage {
  /** Starts Crosscheck on this page (once; later calls do nothing). */
  start(): void;
  /**
   * Answers a message of the popup (`messaging/protocol.ts`), starting Crosscheck first if need
   * be; resolves to undefined for a message that is not ours.
   */
  handleMessage(message: unknown): Promise<unknown>;
}

/** The file of the engine with the bundled index (web-accessible, imported by the second stage). */
export const ENGINE_FILE = '/content-engine.js';

/** Where `content-engine.js` leaves its {@link EngineModule}. */
export const ENGINE_GLOBAL = '__crosscheckEngine';

/** What `content-engine.js` exports. */
export interface EngineModule {
  seedIndex: FactIndex;
  checkPage: typeof checkPage;
  viewPage: typeof viewPage;
  prepareIndex: typeof prepareIndex;
  mergeIndex: typeof mergeIndex;
}
