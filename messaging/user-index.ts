/**
 * For the content script: the bundled seed index merged with the reader's own sources, which
 * the background hands over (`cc:user-sources`, already validated there). No full zod here.
 *
 * Usage: `index = await mergedIndex(seed)` before preparing the engine, and
 * `watchUserSources(() => …mergedIndex again, re-check the page…)` from
 * `storage/user-sources-watch.ts` so a source added in the options page counts at once.
 */
import { mergeIndex } from '../core/index/assemble-index';
import type { FactIndex, SourceFacts } from '../core/model';
import { sendToBackground } from './protocol';

/** The user's sources from the background; empty when it cannot answer. */
export async function fetchUserSources(): Promise<SourceFacts[]> {
  const r = await sendToBackground({ type: 'cc:user-sources' });
  return r.ok ? (r.value.entries as SourceFacts[]) : [];
}

export { mergeIndex };

/** The seed index merged with the user's current sources. */
export async function mergedIndex(seed: FactIndex): Promise<FactIndex> {
  return mergeIndex(seed, await fetchUserSources());
}
