/**
 * Groups the facts of many sources into claims (same measure, same event) and records, within
 * each claim, which facts agree and which conflict. Pure: the same entries give the same index.
 */
import type { Claim, Fact, FactIndex, SourceFacts } from '../model';
import { compareEvents, valuesAgree } from './compare';

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

/**
 * Dated facts join the first cluster whose event is the same; undated facts then join the
 * cluster of a compatible place whose values are nearest (the latest on a tie), or stay alone.
 */
function clusterByEvent(group: Fact[]): Fact[][] {
  const clusters: Fact[][] = [];
  const undated: Fact[] = [];
  for (const f of group) {
    if (!f.event.time || !f.measureKey) {
      undated.push(f);
      continue;
    }
    const c = clusters.find((cl) => cl.some((o) => o.event.time && compareEvents(o.event, f.event) === 'same'));
    if (c) c.push(f);
    else clusters.push([f]);
  }
  for (const f of undated) {
    let best: Fact[] | null = null;
    let bestScore = Infinity;
    for (const cl of clusters) {
      if (!f.measureKey || cl.some((o) => compareEvents(o.event, f.event) === 'different')) continue;
      const score = Math.min(...cl.map((o) => Math.abs(Math.log(Math.max(f.value, 1e-9) / Math.max(o.value, 1e-9)))));
      if (score < bestScore - 1e-9 || (Math.abs(score - bestScore) < 1e-9 && best && latestOf(cl) > latestOf(best))) {
        best = cl;
        bestScore = score;
      }
    }
    if (best) best.push(f);
    else clusters.push([f]);
  }
  return clusters;
}

function latestOf(cl: Fact[]): string {
  return cl.reduce((m, o) => (o.event.time && o.event.time.to > m ? o.event.time.to : m), '');
}

function makeClaim(id: string, key: string, facts: Fact[], entitiesBySource: Map<string, string[]>): Claim {
  const dated = facts.find((f) => f.event.time && f.event.timeBasis !== 'publication') ?? facts.find((f) => f.event.time) ?? facts[0]!;
  const agree: Array<[string, string]> = [];
  const conflict: Array<[string, string]> = [];
  for (let i = 0; i < facts.length; i++) {
    for (let j = i + 1; j < facts.length; j++) {
      const a = facts[i]!;
      const b = facts[j]!;
      if (a.source === b.source || !a.measureKey) continue;
      if (a.role === 'part' || b.role === 'part') continue; // a part never conflicts with a whole
      (valuesAgree(a, b) ? agree : conflict).push([a.id, b.id]);
    }
  }
  return {
    id,
    measureKey: key.startsWith('#') ? '' : dated.measureKey,
    measure: dated.measure,
    unit: dated.unit,
    event: dated.event,
    factIds: facts.map((f) => f.id),
    agree,
    conflict,
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
