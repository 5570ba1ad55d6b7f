/**
 * The search index over a fact index, built once: each fact's fields cut into words with their
 * weights, the vocabulary bucketed by word length for fuse.js, and the facts' values at every
 * scale; `expandWord` finds the index words a query word stands for (equal, prefix, or close).
 */
import Fuse from 'fuse.js';
import type { Claim, Fact, FactIndex, IndexedSource } from '../model';
import { searchWords } from './query';
import { firstIndex } from '../sorted';

/** Relative weight of a word found in each field of a fact. */
const FIELD_WEIGHTS = { measure: 3, event: 2, outlet: 1.5, title: 1, sentence: 1, context: 0.5 } as const;

type Field = keyof typeof FIELD_WEIGHTS;

const FIELDS: Field[] = ['measure', 'event', 'outlet', 'title', 'sentence', 'context'];

/** How much a word match counts, by how it matched. */
const EXACT = 1;

const PREFIX = 0.85;

/** A fuzzy match counts `FUZZY * (1 - fuse score)`. */
const FUZZY = 0.8;

/** Fuse threshold for a word against a vocabulary word: about two edits in a 9-letter word. */
const FUZZY_THRESHOLD = 0.34;

/** At most this many vocabulary words per query word, so "a" does not expand to everything. */
const MAX_EXPANSIONS = 40;

/** A fact's values at each scale, for quantity lookups; sorted by `m`. */
interface ScaledValue {
  m: number;
  scale: number;
  fact: number;
}

/** Everything `searchFacts` needs, built once per index by `buildSearchIndex`. */
export interface SearchIndex {
  facts: Fact[];
  sources: Map<string, IndexedSource>;
  claims: Map<string, Claim>;
  /** Facts of each claim (or of each lone fact, keyed by its id when it has no claim). */
  groups: Map<string, number[]>;
  groupOf: string[];
  /** Each fact's group as a number (index into `groupKeys`), for array-based ranking. */
  groupNo: Int32Array;
  groupKeys: string[];
  /** Arrays reused by every query (searching is synchronous, so one set suffices). */
  scratch: { score: Float64Array; matched: Uint8Array; best: Float64Array; candidate: Uint8Array; groupBest: Float64Array };
  /** Vocabulary word → postings: fact index and the best field weight the word has in it. */
  postings: Map<string, { facts: Int32Array; weights: Float32Array }>;
  /** The vocabulary, sorted, for prefix lookups. */
  sortedVocab: string[];
  /**
   * Vocabulary words by length and first letter (`bucketKey`), each bucket with its own Fuse
   * instance: a typo rarely changes the first letter, and comparing only words of about the
   * query word's length keeps a fuzzy lookup to a few dozen comparisons.
   */
  fuzzyBuckets: Map<string, Fuse<string>>;
  scaled: ScaledValue[];
  /** Year → facts whose event or own time falls in it. */
  years: Map<number, number[]>;
  /** Fuzzy expansions already computed (queries are typed a letter at a time). */
  expansionCache: Map<string, Array<[string, number]>>;
}

/** Prepares an index for searching. Costs a few tens of ms for 10,000 facts; do it once. */
export function buildSearchIndex(index: FactIndex): SearchIndex {
  const facts = index.facts;
  const sources = new Map(index.sources.map((s) => [s.file, s]));
  const claims = new Map(index.claims.map((c) => [c.id, c]));
  const groups = new Map<string, number[]>();
  const groupOf: string[] = [];
  // Word → parallel lists of fact indexes and weights; facts are visited in order, so a word
  // seen again in the same fact is always the last entry of its list.
  const wordFacts = new Map<string, { facts: number[]; weights: number[] }>();
  const scaled: ScaledValue[] = [];
  const years = new Map<number, number[]>();
  // Outlets, titles, event labels, and paragraphs shared by several facts repeat: cut each
  // distinct string once.
  const tokenCache = new Map<string, string[]>();
  const tokensOf = (text: string): string[] => {
    let t = tokenCache.get(text);
    if (!t) tokenCache.set(text, (t = searchWords(text)));
    return t;
  };

  facts.forEach((fact, i) => {
    const key = fact.claimId && claims.has(fact.claimId) ? fact.claimId : `fact:${fact.id}`;
    groupOf.push(key);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = []));
    g.push(i);

    const source = sources.get(fact.source);
    const fields: Record<Field, string> = {
      measure: fact.measure,
      event: fact.event.label,
      outlet: source?.outlet ?? '',
      title: source?.title ?? '',
      sentence: fact.sentence,
      // The paragraph around the sentence, when the index keeps it: "Golden Dome" is named in the
      // sentence before the one giving its $175 billion cost.
      context: contextOf(fact),
    };
    for (const field of FIELDS) {
      const weight = FIELD_WEIGHTS[field];
      for (const w of tokensOf(fields[field])) {
        let p = wordFacts.get(w);
        if (!p) wordFacts.set(w, (p = { facts: [], weights: [] }));
        const last = p.facts.length - 1;
        if (p.facts[last] === i) {
          if (p.weights[last]! < weight) p.weights[last] = weight;
        } else {
          p.facts.push(i);
          p.weights.push(weight);
        }
      }
    }

    if (Number.isFinite(fact.value) && fact.kind !== 'date') {
      const v = Math.abs(fact.value);
      scaled.push({ m: v, scale: 1, fact: i });
      for (let scale = 1e3; scale <= 1e12; scale *= 1e3) {
        if (v / scale >= 0.1) scaled.push({ m: v / scale, scale, fact: i });
      }
    }
    const yearSpans = [fact.event.time, fact.time];
    const seen = new Set<number>();
    for (const span of yearSpans) {
      if (!span) continue;
      const from = Number(span.from.slice(0, 4));
      const to = Number(span.to.slice(0, 4));
      for (let y = from; y <= to && y - from < 50; y++) seen.add(y);
    }
    if (fact.kind === 'year' && Number.isInteger(fact.value)) seen.add(fact.value);
    for (const y of seen) {
      let list = years.get(y);
      if (!list) years.set(y, (list = []));
      list.push(i);
    }
  });
  scaled.sort((a, b) => a.m - b.m);

  const postings: SearchIndex['postings'] = new Map();
  for (const [w, p] of wordFacts) {
    postings.set(w, { facts: Int32Array.from(p.facts), weights: Float32Array.from(p.weights) });
  }
  const sortedVocab = [...postings.keys()].sort();
  const buckets = new Map<string, string[]>();
  for (const w of sortedVocab) {
    const key = bucketKey(w.length, w[0]!);
    const list = buckets.get(key) ?? [];
    list.push(w);
    buckets.set(key, list);
  }
  const fuzzyBuckets = new Map<string, Fuse<string>>();
  for (const [key, words] of buckets) {
    fuzzyBuckets.set(
      key,
      new Fuse(words, { includeScore: true, threshold: FUZZY_THRESHOLD, ignoreLocation: true, isCaseSensitive: true }),
    );
  }
  const groupKeys = [...groups.keys()];
  const groupIds = new Map(groupKeys.map((k, i) => [k, i]));
  const groupNo = Int32Array.from(groupOf, (k) => groupIds.get(k)!);
  const n = facts.length;
  return {
    facts,
    sources,
    claims,
    groups,
    groupOf,
    groupNo,
    groupKeys,
    scratch: {
      score: new Float64Array(n),
      matched: new Uint8Array(n),
      best: new Float64Array(n),
      candidate: new Uint8Array(n),
      groupBest: new Float64Array(groupKeys.length).fill(-Infinity),
    },
    postings,
    sortedVocab,
    fuzzyBuckets,
    scaled,
    years,
    expansionCache: new Map(),
  };
}

/** A fact's surrounding text, if the index carries one (an optional `context` string). */
export function contextOf(fact: Fact): string {
  const c = (fact as Fact & { context?: unknown }).context;
  return typeof c === 'string' ? c : '';
}

function bucketKey(length: number, first: string): string {
  return `${length}:${first}`;
}

function lowerBound(arr: string[], x: string): number {
  return firstIndex(arr.length, (i) => arr[i]! < x);
}

/** The vocabulary words a query word stands for, each with how well it matches (0–1]. */
export function expandWord(si: SearchIndex, word: string): Array<[string, number]> {
  const cached = si.expansionCache.get(word);
  if (cached) return cached;
  const out = new Map<string, number>();
  if (si.postings.has(word)) out.set(word, EXACT);
  // Prefixes: "dom" → "dome", "siber" → "siberia". Two letters at least.
  if (word.length >= 2) {
    for (let i = lowerBound(si.sortedVocab, word); i < si.sortedVocab.length && out.size < MAX_EXPANSIONS; i++) {
      const v = si.sortedVocab[i]!;
      if (!v.startsWith(word)) break;
      if (!out.has(v)) out.set(v, PREFIX);
    }
  }
  // Typos: only for words the index does not hold as they are, and long enough for an edit to
  // be a typo rather than another word.
  if (word.length >= 4 && !si.postings.has(word)) {
    const maxEdit = word.length >= 7 ? 2 : 1;
    for (let len = word.length - maxEdit; len <= word.length + maxEdit; len++) {
      const fuse = si.fuzzyBuckets.get(bucketKey(len, word[0]!));
      if (!fuse) continue;
      for (const r of fuse.search(word, { limit: MAX_EXPANSIONS })) {
        const q = FUZZY * (1 - (r.score ?? 1));
        if ((out.get(r.item) ?? 0) < q) out.set(r.item, q);
      }
    }
  }
  const list = [...out].sort((a, b) => b[1] - a[1]).slice(0, MAX_EXPANSIONS);
  if (si.expansionCache.size > 2000) si.expansionCache.clear();
  si.expansionCache.set(word, list);
  return list;
}
