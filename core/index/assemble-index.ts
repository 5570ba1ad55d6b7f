/**
 * Groups the facts of many sources into claims (same measure, same event) and records, within
 * each claim, which facts agree and which conflict. Pure: the same entries give the same index.
 */
import type { Claim, Fact, FactIndex, SourceFacts } from '../model';
import { claimPairs } from './claim-pairs';
import { clusterByEvent } from './cluster-events';

/** How many entities describe a claim made by a single source. */
const SINGLE_SOURCE_SUBJECT = 6;

/** Builds the index from sources and their facts. */
export function assembleIndex(entries: SourceFacts[], builtAt: string): FactIndex {
  const facts: Fact[] = entries.flatMap((e) => e.facts.map((f) => ({ ...f, claimId: '' })));
  const entitiesBySource = new Map(entries.map((e) => [e.source.file, e.source.entities]));
  const groups = new Map<string, Fact[]>();
  for (const f of facts) {
    const key = f.measureKey ? `${f.measureKey}|${f.unit ?? ''}` : `#${f.id}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = []));
    g.push(f);
  }
  const claims: Claim[] = [];
  for (const [key, group] of groups) {
    for (const cluster of clusterByEvent(group)) {
      const id = `c${claims.length}`;
      for (const f of cluster) f.claimId = id;
      claims.push(makeClaim(id, key, cluster, entitiesBySource));
    }
  }
  return { version: 1, builtAt, sources: entries.map((e) => e.source), facts, claims };
}

/** Splits an index back into its sources (to add user sources to the bundled index). */
export function sourceEntries(index: FactIndex): SourceFacts[] {
  const bySource = new Map<string, Fact[]>();
  for (const f of index.facts) {
    let l = bySource.get(f.source);
    if (!l) bySource.set(f.source, (l = []));
    l.push(f);
  }
  return index.sources.map((source) => ({ source, facts: bySource.get(source.file) ?? [] }));
}

function makeClaim(id: string, key: string, facts: Fact[], entitiesBySource: Map<string, string[]>): Claim {
  const dated = facts.find((f) => f.event.time && f.event.timeBasis !== 'publication') ?? facts.find((f) => f.event.time) ?? facts[0]!;
  return {
    id,
    measureKey: key.startsWith('#') ? '' : dated.measureKey,
    measure: dated.measure,
    unit: dated.unit,
    event: dated.event,
    factIds: facts.map((f) => f.id),
    ...claimPairs(facts),
    subject: claimSubject(facts, entitiesBySource),
  };
}

/** The entities most of a claim's sources are about (all of them for a single source's top few). */
function claimSubject(facts: Fact[], entitiesBySource: Map<string, string[]>): string[] {
  const sources = [...new Set(facts.map((f) => f.source))];
  if (sources.length === 1) return (entitiesBySource.get(sources[0]!) ?? []).slice(0, SINGLE_SOURCE_SUBJECT);
  const counts = new Map<string, number>();
  for (const s of sources) for (const e of entitiesBySource.get(s) ?? []) counts.set(e, (counts.get(e) ?? 0) + 1);
  return [...counts.entries()].filter(([, n]) => n * 2 > sources.length).sort((a, b) => b[1] - a[1]).map(([e]) => e).slice(0, 10);
}
