/**
 * The matching engine as the content script's second stage uses it. The engine and the bundled
 * index are the separate `content-engine.js`, imported the first time a page passes the gate,
 * then merged with the reader's own sources and prepared once. The gate is asked again here (the
 * first stage's answer may be stale after a navigation or a change to the reader's sources).
 */
import { browser } from '#imports';
import seedGate from '../../core/generated/seed-gate.json';
import type { prepareIndex } from '../../core/match/prepare-index';
import { makeSubjectGate, withForms, type SubjectGateData } from '../../core/match/name-gate';
import type { PageView } from '../../core/match/check-page';
import type { PageCheck, PageMeta, SourceFacts } from '../../core/model';
import { ENGINE_FILE, ENGINE_GLOBAL, type EngineModule } from './stages';

type Prepared = ReturnType<typeof prepareIndex>;

const seedData = seedGate as SubjectGateData;
let gate = makeSubjectGate(seedData);
let userSources: SourceFacts[] = [];
let module: EngineModule | null = null;
let loading: Promise<EngineModule> | null = null;
let prepared: Prepared | null = null;

/**
 * Uses the reader's own sources from now on (`cc:user-sources`), with the written forms of their
 * subjects (the stored `usersources:gate`, see `storage/sources-gate.ts`); none gives the seed
 * index alone.
 */
export function useUserSources(entries: SourceFacts[], forms: Record<string, string> | null): void {
  userSources = entries;
  prepared = null;
  gate = makeSubjectGate(entries.length && forms ? withForms(seedData, forms) : seedData);
}

/** The cheap first test: may this page be about any claim's subject? No engine is loaded for it. */
export function mayBeAbout(sample: string): boolean {
  return gate(sample);
}

/**
 * Loads the engine and the index (once); call before `checkText`. The index is prepared by
 * `warmUp` (or else the first `checkText`), in a slice of its own, not in the task that evaluated
 * the module.
 */
export async function loadEngine(): Promise<void> {
  loading ??= (async () => {
    await import(/* @vite-ignore */ browser.runtime.getURL(ENGINE_FILE));
    const m = (globalThis as Record<string, unknown>)[ENGINE_GLOBAL] as EngineModule | undefined;
    if (!m) throw new Error('content-engine.js did not load');
    return m;
  })();
  module = await loading;
}

/** Reads the page as a whole (time, place, subject) from its metadata and opening; `loadEngine` first. */
export function viewOfPage(meta: PageMeta, opening: string): PageView {
  if (!module) throw new Error('viewOfPage before loadEngine');
  return module.viewPage(meta, opening);
}

/**
 * Checks a text (a piece of the article, or a changed part of it) against the index, as part of
 * the page `view`; `loadEngine` first.
 */
export function checkText(text: string, meta: PageMeta, view: PageView): PageCheck {
  if (!module) throw new Error('checkText before loadEngine');
  prepared ??= module.prepareIndex(module.mergeIndex(module.seedIndex, userSources));
  return module.checkPage(prepared, text, meta, view);
}

/**
 * A short text that goes through every stage of the engine (counts, money, a date, an ordinal,
 * places and people), checked once before the page: the engine's code is compiled on its first
 * call, and that first call alone would otherwise make the first piece of the page a long task.
 */
const WARM_UP_TEXT =
  'Putin and Xi met in Beijing on 20 May 2026. They signed more than 20 agreements, said trade reached $245 billion, and hailed his 25th visit to China.';

/**
 * Prepares the index and warms the engine up, in tasks of their own (see `WARM_UP_TEXT`);
 * `yieldToPage` gives the page its thread back between them.
 */
export async function warmUp(yieldToPage: () => Promise<void>): Promise<void> {
  if (!module || prepared) return;
  prepared = module.prepareIndex(module.mergeIndex(module.seedIndex, userSources));
  // Reading the page as a whole, then checking a text: two halves of the engine, two tasks.
  const meta: PageMeta = { url: null, title: '', dates: [], byline: null, siteName: null };
  await yieldToPage();
  const view = module.viewPage(meta, WARM_UP_TEXT);
  await yieldToPage();
  module.checkPage(prepared, WARM_UP_TEXT, meta, view);
}
