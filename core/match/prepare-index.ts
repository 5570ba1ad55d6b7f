/**
 * Everything the matcher looks up, built once per index: facts by measure key and unit, facts by
 * unit, each fact's content terms, each claim's subject, and a fuse.js index over the measure
 * words so typos and inflections ("agrements", "accord") still find their key.
 */
import Fuse from 'fuse.js/basic';
import type { Claim, Fact, FactIndex, IndexedSource } from '../model';
import { MEASURE_SYNONYMS } from '../text/lexicon';
import { contentTerms } from './terms';

/** The index with its lookups. */
export interface PreparedIndex {
  index: FactIndex;
  sources: Map<string, IndexedSource>;
  claims: Map<string, Claim>;
  /** `measureKey|unit` → facts. */
  byKey: Map<string, Fact[]>;
  /** unit → facts of continuous kinds (money, quantities, percentages). */
  byUnit: Map<string, Fact[]>;
  /** fact id → content terms of its sentence and context. */
  terms: Map<string, Set<string>>;
  /** Every subject entity of every claim (the cheap first test of a page). */
  subjectEntities: Set<string>;
  /** Fuzzy lookup of measure head words → key. */
  measureWords: Fuse<{ word: string; key: string }>;
}

/** Key of the lookup by measure: "agreement|count". */
export function lookupKey(measureKey: string, unit: string | null): string {
  return `${measureKey}|${unit ?? ''}`;
}

const CONTINUOUS = new Set(['money', 'quantity', 'percent']);

/** Builds the lookups of an index. Cost linear in the number of facts. */
export function prepareIndex(index: FactIndex): PreparedIndex {
  const byKey = new Map<string, Fact[]>();
  const byUnit = new Map<string, Fact[]>();
  const terms = new Map<string, Set<string>>();
  const words = new Map<string, string>();
  for (const f of index.facts) {
    if (!f.measureKey && !CONTINUOUS.has(f.kind)) continue;
    if (f.measureKey) push(byKey, lookupKey(f.measureKey, f.unit), f);
    if (CONTINUOUS.has(f.kind) && f.unit) push(byUnit, f.unit, f);
    terms.set(f.id, contentTerms(`${f.context} ${f.sentence}`));
    const base = f.measureKey.split(/[:/]/)[0];
    if (base) words.set(base, base);
  }
  for (const [word, key] of Object.entries(MEASURE_SYNONYMS)) if (words.has(key)) words.set(word, key);
  const subjectEntities = new Set<string>();
  for (const c of index.claims) for (const e of c.subject) subjectEntities.add(e);
  return {
    index,
    sources: new Map(index.sources.map((s) => [s.file, s])),
    claims: new Map(index.claims.map((c) => [c.id, c])),
    byKey,
    byUnit,
    terms,
    subjectEntities,
    measureWords: new Fuse(
      [...words.entries()].map(([word, key]) => ({ word, key })),
      { keys: ['word'], threshold: 0.3, includeScore: true, ignoreLocation: true, minMatchCharLength: 4 },
    ),
  };
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
}
