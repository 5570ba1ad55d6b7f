/**
 * The content script's first stage: the only code injected into every page. It samples the
 * page, runs the subject gate, and does nothing more unless the page names the index's subjects.
 * Then it imports the second stage, which does the rest. Every other page pays for a sample, a
 * substring search per subject name and one small storage read: no polyfill, no zod, no page
 * changes (docs/decisions/008), and no message listener: the popup injects the second stage
 * itself when it has a question for a page where it is not loaded (docs/decisions/032).
 */
import type { SubjectGateData } from '../core/match/name-gate';
import type { ContentApi } from '../messaging/content-transport';
import { gateWithForms, makeSubjectGate } from '../core/match/name-gate';
import { sampleText } from '../page/sample-text';
import { readGateForms, SOURCES_GATE_KEY } from '../storage/sources-gate';
import { watchNavigation } from './navigation-watch';
import { GATE_SAMPLE_CHARS, NAVIGATION_SETTLE_MS, type MainStage } from './stages';

/** The few extension APIs the first stage uses, the same in Chrome (`chrome`) and Firefox (`browser`). */
export interface FirstStageApi {
  storage: { local: ContentApi['storage']['local']; onChanged: Pick<ContentApi['storage']['onChanged'], 'addListener'> };
}

/** What the first stage works with; tests hand in a fixture document and fakes. */
export interface FirstStageDeps {
  doc: Document;
  api: FirstStageApi;
  /** The bundled index's gate data (`core/generated/seed-gate.json`). */
  seedGate: SubjectGateData;
  /** Imports the second stage (`content-main.js`). */
  loadMain: () => Promise<MainStage>;
}

/** What a started first stage exposes to tests. */
export interface FirstStage {
  /** Runs the gate on the page as it is now; resolves to whether the second stage was started. */
  check(): Promise<boolean>;
}

/** Starts the first stage on a page. */
export function startFirstStage(deps: FirstStageDeps): FirstStage {
  const { doc, api } = deps;
  const seedGate = makeSubjectGate(deps.seedGate);
  let main: Promise<MainStage> | null = null;
  const loadMain = (): Promise<MainStage> => {
    main ??= deps.loadMain();
    // A failed import (the extension was reloaded or removed) is tried again on the next request.
    main.catch(() => (main = null));
    return main;
  };
  let started = false;

  /** The gate with the reader's own sources, read afresh: they change in other tabs. */
  const userGate = async (): Promise<((sample: string) => boolean) | null> => {
    try {
      return gateWithForms(deps.seedGate, await readGateForms(api.storage.local));
    } catch {
      return null; // storage unavailable (the extension is reloading): the seed gate alone
    }
  };

  const gateOnce = async (): Promise<boolean> => {
    if (started) return true;
    const sample = sampleText(doc, GATE_SAMPLE_CHARS);
    const pass = seedGate(sample) || ((await userGate())?.(sample) ?? false);
    if (!pass || started) return started;
    try {
      (await loadMain()).start(true);
      started = true;
    } catch {
      // The extension went away: nothing to check with.
    }
    return started;
  };
  // Checks run one after another (start-up, a navigation and a change of sources can overlap).
  let queue: Promise<boolean> = Promise.resolve(false);
  const check = (): Promise<boolean> => (queue = queue.then(gateOnce, gateOnce));

  // A source added in another tab may make this page one to check. (Once the second stage runs,
  // it follows the sources itself.)
  api.storage.onChanged.addListener((changes, area) => {
    if (!started && area === 'local' && SOURCES_GATE_KEY in changes) void check();
  });

  const view = doc.defaultView;
  if (view) watchNavigation(view, NAVIGATION_SETTLE_MS, () => void (started ? undefined : check()));
  void check();
  return { check };
}
