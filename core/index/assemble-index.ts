/**
 * Groups the facts of many sources into claims (same measure, same event) and records, within
 * each claim, which facts agree and which conflict. Pure: the same entries give the same index.
 */
import type { Claim, Fact, FactIndex, Interval, SourceFacts } from '../model';
import { valuesAgree } from './compare';
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

/**
 * At most this many agreeing, and this many conflicting, pairs of facts are kept per claim. The
 * product reads only whether a claim has a conflict (the first conflicting pair is always kept);
 * a claim with no more pairs of a kind keeps them all, as every claim of up to 14 facts (91 pairs)
 * does, while a claim of thousands of facts would hold millions.
 */
export const MAX_PAIRS = 100;

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

/**
 * The first `MAX_PAIRS` agreeing and conflicting pairs of a claim's facts (of two sources, parts
 * left out: a part never conflicts with a whole), in order of their first fact, then their second.
 * Rows that can hold no pair still wanted are skipped by what the facts after them span.
 */
function claimPairs(facts: Fact[]): Pick<Claim, 'agree' | 'conflict'> {
  const agree: Array<[string, string]> = [];
  const conflict: Array<[string, string]> = [];
  const after = suffixSpans(facts);
  for (let i = 0; i < facts.length && (agree.length < MAX_PAIRS || conflict.length < MAX_PAIRS); i++) {
    const a = facts[i]!;
    const rest = after[i + 1]!;
    if (!a.measureKey || a.role === 'part' || !rest.sources.some((s) => s !== a.source)) continue;
    const mayConflict = conflict.length < MAX_PAIRS && !overlapsAll(a.interval, rest);
    if (agree.length >= MAX_PAIRS && !mayConflict) continue;
    for (let j = i + 1; j < facts.length; j++) {
      const b = facts[j]!;
      if (a.source === b.source || b.role === 'part') continue;
      const list = valuesAgree(a, b) ? agree : conflict;
      if (list.length < MAX_PAIRS) list.push([a.id, b.id]);
    }
  }
  return { agree, conflict };
}

/** What later whole facts span: their highest lower bound and lowest upper bound, and two of their sources. */
interface Rest {
  maxMin: number;
  /** Whether every fact whose lower bound is `maxMin` includes it. */
  maxMinInclusive: boolean;
  minMax: number;
  /** Whether every fact whose upper bound is `minMax` includes it. */
  minMaxInclusive: boolean;
  sources: string[];
}

/** `Rest` of the whole facts from each index on (`after[facts.length]`: none). */
function suffixSpans(facts: Fact[]): Rest[] {
  const after = new Array<Rest>(facts.length + 1);
  after[facts.length] = { maxMin: -Infinity, maxMinInclusive: true, minMax: Infinity, minMaxInclusive: true, sources: [] };
  for (let i = facts.length - 1; i >= 0; i--) {
    const { interval: v, role, source } = facts[i]!;
    const next = after[i + 1]!;
    after[i] = role === 'part' ? next : {
      maxMin: Math.max(next.maxMin, v.min),
      maxMinInclusive: v.min > next.maxMin ? v.minInclusive : next.maxMinInclusive && (v.min < next.maxMin || v.minInclusive),
      minMax: Math.min(next.minMax, v.max),
      minMaxInclusive: v.max < next.minMax ? v.maxInclusive : next.minMaxInclusive && (v.max > next.minMax || v.maxInclusive),
      sources: next.sources.length >= 2 || next.sources.includes(source) ? next.sources : [source, ...next.sources],
    };
  }
  return after;
}

/** Whether `a` surely overlaps every later fact (as `overlaps` decides): then none conflicts with it. */
function overlapsAll(a: Interval, rest: Rest): boolean {
  const belowTop = rest.maxMin < a.max || (rest.maxMin === a.max && a.maxInclusive && rest.maxMinInclusive);
  const aboveBottom = rest.minMax > a.min || (rest.minMax === a.min && a.minInclusive && rest.minMaxInclusive);
  return belowTop && aboveBottom;
}

/** The entities most of a claim's sources are about (all of them for a single source's top few). */
function claimSubject(facts: Fact[], entitiesBySource: Map<string, string[]>): string[] {
  const sources = [...new Set(facts.map((f) => f.source))];
  if (sources.length === 1) return (entitiesBySource.get(sources[0]!) ?? []).slice(0, SINGLE_SOURCE_SUBJECT);
  const counts = new Map<string, number>();
  for (const s of sources) for (const e of entitiesBySource.get(s) ?? []) counts.set(e, (counts.get(e) ?? 0) + 1);
  return [...counts.entries()].filter(([, n]) => n * 2 > sources.length).sort((a, b) => b[1] - a[1]).map(([e]) => e).slice(0, 10);
}
