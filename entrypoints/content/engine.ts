/**
 * The matching engine as the content script uses it. The content script that runs on every
 * page carries only the subject gate (a few hundred bytes of names, computed at build time);
 * the engine and the bundled index are the separate `content-engine.js`, imported the first
 * time a page passes the gate, then merged with the reader's own sources and prepared once.
 */
import { browser } from '#imports';
import seedGate from '../../core/generated/seed-gate.json';
import type { checkPage } from '../../core/match/check-page';
import type { prepareIndex } from '../../core/match/prepare-index';
import { makeSubjectGate, subjectGateData, type SubjectGateData } from '../../core/match/subject-gate';
import type { FactIndex, PageCheck, PageMeta, SourceFacts } from '../../core/model';
import type { mergeIndex } from '../../core/index/assemble-index';

/** Where `content-engine.js` leaves its exports in the isolated world. */
export const ENGINE_GLOBAL = '__crosscheckEngine';

/** What `content-engine.js` exports. */
export interface EngineModule {
  seedIndex: FactIndex;
  checkPage: typeof checkPage;
  prepareIndex: typeof prepareIndex;
  mergeIndex: typeof mergeIndex;
}

type Prepared = ReturnType<typeof prepareIndex>;

/** How many of a user source's entities join the gate (its most salient). */
const USER_GATE_ENTITIES = 8;

const seedData = seedGate as SubjectGateData;
let gate = makeSubjectGate(seedData);
let userSources: SourceFacts[] = [];
let module: EngineModule | null = null;
let loading: Promise<EngineModule> | null = null;
let prepared: Prepared | null = null;

/** Uses the reader's own sources from now on (`cc:user-sources`); none gives the seed index alone. */
export function useUserSources(entries: SourceFacts[]): void {
  userSources = entries;
  prepared = null;
  const names = [...new Set(Object.values(seedData.forms))];
  for (const e of entries) names.push(...e.source.entities.slice(0, USER_GATE_ENTITIES));
  gate = makeSubjectGate(entries.length ? subjectGateData(names) : seedData);
}

/** The cheap first test: may this page be about any claim's subject? No engine is loaded for it. */
export function mayBeAbout(sample: string): boolean {
  return gate(sample);
}

/**
 * Loads the engine and the index (once); call before `checkText`. The index is prepared by the
 * first `checkText`, inside a slice of its own, not in the task that evaluated the module.
 */
export async function loadEngine(): Promise<void> {
  loading ??= (async () => {
    await import(/* @vite-ignore */ browser.runtime.getURL('/content-engine.js'));
    const m = (globalThis as Record<string, unknown>)[ENGINE_GLOBAL] as EngineModule | undefined;
    if (!m) throw new Error('content-engine.js did not load');
    return m;
  })();
  module = await loading;
}

/** Checks a text (the article, or a changed part of it) against the index; `loadEngine` first. */
export function checkText(text: string, meta: PageMeta): PageCheck {
  if (!module) throw new Error('checkText before loadEngine');
  prepared ??= module.prepareIndex(module.mergeIndex(module.seedIndex, userSources));
  return module.checkPage(prepared, text, meta);
}
