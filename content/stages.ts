/**
 * How the content script's stages meet (docs/decisions/005, 008 and 032). The first stage,
 * injected into every page, imports `content-main.js` only when its gate lets a page through (the
 * popup injects it when it has a question for a page where it is not loaded); that file leaves a {@link MainStage} under {@link MAIN_GLOBAL} in the content
 * script's isolated world. The engine is not loaded into pages at all: the second stage sends the
 * page's texts to the background to be checked (docs/decisions/009). Names, types and the one
 * loader every later stage comes through: the first stage must stay tiny.
 */
import type { ContentRequest } from '../messaging/content-requests';

/** Where `content-main.js` leaves its {@link MainStage}. */
export const MAIN_GLOBAL = '__crosscheckMain';

/** How much of the page the subject gate reads. */
export const GATE_SAMPLE_CHARS = 20_000;

/** Wait after a client-side navigation before looking at the new page (the site renders it first). */
export const NAVIGATION_SETTLE_MS = 500;

/** The file of the second stage (web-accessible, imported by the first, injected by the popup). */
export { MAIN_FILE } from '../messaging/basics';

/** What the second stage offers the first. */
export interface MainStage {
  /**
   * Starts Crosscheck on this page (once; later calls do nothing). `gated`: the first stage has
   * just found the page about the index's subjects, so the first check need not gate it again.
   */
  start(gated?: boolean): void;
  /**
   * Answers a message of the popup (`messaging/protocol.ts`), starting Crosscheck first if need
   * be; resolves to undefined for a message that is not ours.
   */
  handleMessage(message: unknown): Promise<unknown>;
  /**
   * Whether the extension this stage came from is still there: after a reload of the extension,
   * a stage left in the page is an orphan (its `runtime.id` is gone), and an injected one takes
   * its place.
   */
  alive(): boolean;
}

/** Where `content-requests.js` leaves its {@link RequestsModule}. */
export const REQUESTS_GLOBAL = '__crosscheckRequests';

/** The file of the popup requests' schema (web-accessible, imported by the second stage on the first request). */
export const REQUESTS_FILE = '/content-requests.js';

/** What `content-requests.js` offers the second stage. */
export interface RequestsModule {
  /** Validates a message from the popup (`messaging/content-requests.ts`); null when malformed. */
  parseContentRequest(raw: unknown): ContentRequest | null;
}

/**
 * Imports a web-accessible stage into the content script's isolated world and returns what it
 * left under `global` (`content-main.js`, `content-requests.js`, `card-ui.js` all do so); a stage
 * already here (the popup injects the second stage, docs/decisions/032) is not imported again.
 * Throws when the file did not load or left nothing (the extension was reloaded or removed).
 */
export async function importStage<T>(urlOf: (path: string) => string, file: string, global: string): Promise<T> {
  const globals = globalThis as Record<string, unknown>;
  if (!globals[global]) await import(/* @vite-ignore */ urlOf(file));
  const module = globals[global] as T | undefined;
  if (!module) throw new Error(`${file.replace(/^\//, '')} did not load`);
  return module;
}
