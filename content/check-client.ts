/**
 * The content script's side of checking (docs/decisions/009): the subject gate, asked again here
 * (the first stage's answer may be stale after a navigation or a change to the reader's sources),
 * and `checkTexts`, which hands texts of the page to the background to be matched against the
 * index. The engine and the index are not loaded into the page: the page's main thread only
 * reads the text and marks the figures.
 */
import seedGate from '../core/generated/seed-gate.json';
import { gateWithForms, makeSubjectGate, type SubjectGateData } from '../core/match/name-gate';
import type { CheckedFigure, PageMeta } from '../core/model';
import { MAX_OPENING_CHARS } from '../messaging/basics';
import { sendFromContent, type ContentApi } from '../messaging/content-transport';
import { unpackFigures } from '../messaging/packed-figures';

const seedData = seedGate as SubjectGateData;
/** The seed index's gate, made when first asked: a first run the first stage has just gated never asks. */
let seedOnly: ((sample: string) => boolean) | null = null;
/** The gate with the reader's own sources' forms; null when they have none; undefined until read. */
let withUserForms: ((sample: string) => boolean) | null | undefined;

/**
 * Gates on the written forms of the reader's own sources' subjects too (the stored
 * `usersources:gate`, see `storage/sources-gate.ts`); null gives the seed index's alone.
 */
export function useGateForms(forms: Record<string, string> | null): void {
  withUserForms = gateWithForms(seedData, forms);
}

/**
 * The cheap first test: may this page be about any claim's subject? The seed index's subjects
 * are asked first; the reader's own sources' forms are read (`loadForms`, which calls
 * {@link useGateForms}) only when those fail and they were never read, so a page about the seed
 * index's subjects reads nothing from storage.
 */
export async function mayBeAbout(sample: string, loadForms: () => Promise<void>): Promise<boolean> {
  seedOnly ??= makeSubjectGate(seedData);
  if (seedOnly(sample)) return true;
  if (withUserForms === undefined) await loadForms();
  return withUserForms?.(sample) ?? false;
}

/**
 * The page as a whole (its view) as the content script names it to the background: the opening
 * it is read from travels once, with the first request of a run, and later requests name it by
 * {@link PageOpening.key} (docs/decisions/030). One per run, so a new run's view is read afresh.
 */
export class PageOpening {
  /** Random, so two pages (or two runs of one page) never share a view. */
  readonly key = `${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`;
  /** Whether a request has carried the opening (the next may leave it out). */
  sent = false;

  constructor(readonly opening: string) {}
}

/**
 * Checks texts of the page in the background, each as part of the page as a whole (`meta` and
 * `view`); for each text its figures, with offsets into it. Null when the background cannot
 * answer (the extension is reloading or was removed).
 */
export async function checkTexts(api: ContentApi, meta: PageMeta, view: PageOpening, texts: string[]): Promise<CheckedFigure[][] | null> {
  // The opening is ~12,000 characters plus block breaks; a page cut into thousands of tiny
  // elements must not make the background refuse the request.
  const send = (withOpening: boolean) =>
    sendFromContent(api, { type: 'cc:check', meta, view: view.key, ...(withOpening ? { opening: view.opening.slice(0, MAX_OPENING_CHARS) } : {}), texts });
  const withOpening = !view.sent;
  view.sent = true;
  let reply = await send(withOpening);
  // The background no longer has the view (its worker was stopped, or other pages came between).
  if (reply.ok && reply.value === null) reply = await send(true);
  return reply.ok && reply.value ? unpackFigures(reply.value) : null;
}
