/**
 * Everything the matcher looks up, built once per index: claims by measure key and unit and, within
 * each, by subject entity (so a page only ever looks at claims about what it names, however large
 * the index grows); claims of continuous kinds by unit and entity; facts by claim; and a fuse.js
 * index over the measure words so typos and inflections ("agrements", "accord") still find their
 * key. Content terms of facts are computed on first use, not up front.
 */
import Fuse from 'fuse.js/basic';
import type { Claim, Fact, FactIndex, IndexedSource } from '../model';
import { MEASURE_SYNONYMS } from '../text/lexicon';
import { contentTerms } from './terms';
import { dayNumber } from '../time/spans';

/** Claims grouped by the entities of their subjects. */
export type ClaimsByEntity = Map<string, Claim[]>;

/** The index with its lookups. */
export interface PreparedIndex {
  index: FactIndex;
  sources: Map<string, IndexedSource>;
  claims: Map<string, Claim>;
  /** claim id → its facts. */
  factsByClaim: Map<string, Fact[]>;
  /** `measureKey|unit` → subject entity → claims. */
  byKey: Map<string, ClaimsByEntity>;
  /** unit → subject entity → claims of continuous kinds (money, quantities, percentages). */
  byUnit: Map<string, ClaimsByEntity>;
  /** Every subject entity of every claim. */
  subjectEntities: Set<string>;
  /** The same, lower-cased: words every page about the subject shares, so they say nothing about a measure. */
  subjectNames: Set<string>;
  /** Fuzzy lookup of measure head words → key. */
  measureWords: Fuse<{ word: string; key: string }>;
  /** claim id → the first day of its event, as days since the epoch (claims with a date only). */
  eventDay: Map<string, number>;
  /** Content terms of a fact's sentence and context (computed once, on first use). */
  termsOf(fact: Fact): Set<string>;
}

/** Key of the lookup by measure: "agreement|count". */
export function lookupKey(measureKey: string, unit: string | null): string {
  return `${measureKey}|${unit ?? ''}`;
}

const CONTINUOUS = new Set(['money', 'quantity', 'percent']);

/** Builds the lookups of an index. Cost linear in the number of facts, and small per fact. */
export function prepareIndex(index: FactIndex): PreparedIndex {
  const claims = new Map(index.claims.map((c) => [c.id, c]));
  const factsByClaim = new Map<string, Fact[]>();
  const byKey = new Map<string, ClaimsByEntity>();
  const byUnit = new Map<string, ClaimsByEntity>();
  const words = new Map<string, string>();
  const seenKey = new Set<string>();
  const seenUnit = new Set<string>();
  for (const f of index.facts) {
    push(factsByClaim, f.claimId, f);
    const claim = claims.get(f.claimId);
    if (!claim) continue;
    if (f.measureKey && !seenKey.has(`${f.claimId}|${f.measureKey}|${f.unit}`)) {
      seenKey.add(`${f.claimId}|${f.measureKey}|${f.unit}`);
      addByEntity(byKey, lookupKey(f.measureKey, f.unit), claim);
      const base = f.measureKey.split(/[:/]/)[0];
      if (base) words.set(base, base);
    }
    if (CONTINUOUS.has(f.kind) && f.unit && !seenUnit.has(`${f.claimId}|${f.unit}`)) {
      seenUnit.add(`${f.claimId}|${f.unit}`);
      addByEntity(byUnit, f.unit, claim);
    }
  }
  for (const [word, key] of Object.entries(MEASURE_SYNONYMS)) if (words.has(key)) words.set(word, key);
  const subjectEntities = new Set<string>();
  for (const c of index.claims) for (const e of c.subject) subjectEntities.add(e);
  const terms = new Map<string, Set<string>>();
  return {
    index,
    sources: new Map(index.sources.map((s) => [s.file, s])),
    claims,
    factsByClaim,
    byKey,
    byUnit,
    subjectEntities,
    subjectNames: new Set([...subjectEntities].map((e) => e.toLowerCase())),
    eventDay: new Map(index.claims.filter((c) => c.event.time).map((c) => [c.id, dayNumber(c.event.time!.from)])),
    measureWords: new Fuse(
      [...words.entries()].map(([word, key]) => ({ word, key })),
      { keys: ['word'], threshold: 0.3, includeScore: true, ignoreLocation: true, minMatchCharLength: 4 },
    ),
    termsOf(fact: Fact): Set<string> {
      let t = terms.get(fact.id);
      if (!t) terms.set(fact.id, (t = contentTerms(`${fact.context} ${fact.sentence}`)));
      return t;
    },
  };
}

/**
 * The claims of a group whose subject shares at least two entities with the page (one for a
 * claim about a single entity): the page's entities (or the group's, whichever is fewer) are
 * walked, never the whole group.
 */
export function claimsNamedBy(group: ClaimsByEntity | undefined, pageEntities: Set<string>): Claim[] {
  if (!group) return [];
  const shared = new Map<Claim, number>();
  const count = (cs: Claim[]) => {
    for (const c of cs) shared.set(c, (shared.get(c) ?? 0) + 1);
  };
  if (group.size <= pageEntities.size) {
    for (const [e, cs] of group) if (pageEntities.has(e)) count(cs);
  } else {
    for (const e of pageEntities) count(group.get(e) ?? []);
  }
  const out: Claim[] = [];
  for (const [c, n] of shared) if (n >= Math.min(2, c.subject.length)) out.push(c);
  return out;
}

function addByEntity(m: Map<string, ClaimsByEntity>, key: string, claim: Claim): void {
  let g = m.get(key);
  if (!g) m.set(key, (g = new Map()));
  for (const e of claim.subject) push(g, e, claim);
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
}
