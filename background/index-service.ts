/**
 * The background's view of the fact index: the bundled seed index merged with the user's own
 * sources, rebuilt only when the user's sources change (their revision key), plus the search
 * index over it, and the two engines' indexes the content scripts' checks use (`check-service.ts`:
 * the seeds for the rule matcher, the seeds and the reader's own sources apart for the evidence
 * engine, docs/decisions/033 and 035). Dependencies
 * are passed in so tests can give a small index and fake storage.
 */
import { enginesFor, type EngineIndexes } from '../core/check/engines';
import type { FactIndex, SourceFacts } from '../core/model';
import { searchFacts } from '../core/search/search-facts';
import { buildSearchIndex, type SearchIndex } from '../core/search/search-index';
import { createCheckService } from './check-service';
import type { BackgroundHandlers, IndexCounts, IndexInfo } from '../messaging/protocol';

/** What the service needs from the outside. */
export interface IndexServiceDeps {
  /** The bundled seed index. */
  seed: () => FactIndex;
  /** The user's sources (validated) and what was wrong with stored data. */
  readUser: () => Promise<{ entries: SourceFacts[]; problems: string[] }>;
  /** The current revision of the user's sources; a change triggers a rebuild. */
  revision: () => Promise<number>;
  /** Groups sources into claims (the engine's `assembleIndex`). */
  assemble: (entries: SourceFacts[], builtAt: string) => FactIndex;
  /** Splits an index into its sources (the engine's `sourceEntries`). */
  split: (index: FactIndex) => SourceFacts[];
  /** Stored data kept aside (see `storage/quarantine.ts`), in plain words. */
  otherProblems?: () => Promise<string[]>;
}

/** The background requests the index answers (the settings are `settings-service.ts`'s). */
export type IndexHandlers = Pick<BackgroundHandlers, 'cc:index-info' | 'cc:search' | 'cc:check'>;

/** The merged index and everything derived from it, for one revision of the user's sources. */
export interface IndexState {
  revision: number;
  index: FactIndex;
  /** What each engine checks pages against: the rule matcher the seeds, the evidence engine the seeds and the reader's own sources apart (docs/decisions/033, 035). */
  engines: EngineIndexes;
  search: SearchIndex;
  info: IndexInfo;
}

/** Counts of an index, `onlySources` restricting to facts of those sources. */
export function countIndex(index: FactIndex, onlySources?: Set<string>): IndexCounts {
  const keep = (file: string) => !onlySources || onlySources.has(file);
  const factIds = new Set(index.facts.filter((f) => keep(f.source)).map((f) => f.id));
  const claims = index.claims.filter((c) => c.factIds.some((id) => factIds.has(id)));
  return {
    sources: index.sources.filter((s) => keep(s.file)).length,
    facts: factIds.size,
    claims: claims.length,
    conflicts: claims.filter((c) => c.conflict.length > 0).length,
  };
}

/** Creates the service; the first request builds the index, later ones reuse it. */
export function createIndexService(deps: IndexServiceDeps) {
  let state: Promise<IndexState> | null = null;
  let builtFor = -1;

  async function build(revision: number): Promise<IndexState> {
    const seed = deps.seed();
    const { entries: user, problems } = await deps.readUser();
    const index = user.length ? deps.assemble([...deps.split(seed), ...user], seed.builtAt) : seed;
    const userFiles = new Set(user.map((e) => e.source.file));
    const seedFiles = new Set(seed.sources.map((s) => s.file));
    const info: IndexInfo = {
      seed: countIndex(index, seedFiles),
      user: countIndex(index, userFiles),
      total: countIndex(index),
      builtAt: seed.builtAt,
      revision,
      // Values kept aside are reported from the quarantine itself, read on every request (see
      // the handler), so the loader's own "kept aside" lines would be duplicates.
      problems: problems.filter((p) => !p.includes('kept aside')),
    };
    return { revision, index, engines: enginesFor(seed, user), search: buildSearchIndex(index), info };
  }

  /** The current state, rebuilt if the user's sources changed since the last build. */
  async function current(): Promise<IndexState> {
    const revision = await deps.revision();
    if (!state || revision !== builtFor) {
      builtFor = revision;
      state = build(revision);
      state.catch(() => {
        // A failed build is retried on the next request.
        state = null;
        builtFor = -1;
      });
    }
    return state;
  }

  const handlers: IndexHandlers = {
    'cc:index-info': async () => {
      const { info } = await current();
      // Something may have been kept aside since the build (settings repaired by another page).
      return { ...info, problems: [...info.problems, ...((await deps.otherProblems?.()) ?? [])] };
    },
    'cc:search': async (req) => searchFacts((await current()).search, req.query, req.limit ?? 20),
    ...createCheckService({ indexes: async () => (await current()).engines }),
  };
  return { current, handlers };
}
