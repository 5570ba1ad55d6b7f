/**
 * Searching the facts of an index by hand (the popup's search box). Pure: no DOM, no browser.
 *
 * A query mixes words and quantities: "agrements 40", "golden dom", "trade 2025", "228".
 * - Quantities are parsed out of the query and matched against fact values at every scale
 *   ("228" finds 228, 228 thousand, 228 million, 228 billion; "228bn" only 228 billion), and a
 *   year also matches facts whose event falls in that year. A quantity narrows the candidates.
 * - Words are forgiving of typos and word order. Each fact's measure, sentence, outlet, event
 *   label and source title are cut into words; a query word finds the index words equal to it,
 *   starting with it, or close to it by fuse.js (over a vocabulary bucketed by word length, which
 *   is what keeps a query under 2 ms over 10,000 facts). Fields weigh differently: a word of the
 *   measure counts more than one of the sentence.
 * Results are grouped by claim, each with the spread of values across its sources.
 */
import { wordTable } from '../text/word-table';
import Fuse from 'fuse.js';
import type { Claim, Fact, FactIndex, IndexedSource } from '../model';
import { claimLabel } from '../text/claim-label';

/** One source's fact inside a result group. */
export interface SearchSourceFact {
  factId: string;
  source: string;
  outlet: string;
  title: string;
  url: string;
  published: string | null;
  text: string;
  value: number;
  unit: string | null;
  sentence: string;
  event: string;
  role: 'whole' | 'part';
  note: string | null;
}

/** One claim matching a query, with the spread of its sources. */
export interface SearchResultGroup {
  claimId: string;
  measure: string;
  measureKey: string;
  unit: string | null;
  event: string;
  /** The claim named by its subject and measure: "Agreements signed, Beijing, May 2026", "China–Russia trade, 2025". */
  title: string;
  /** "40 (American Courant) · 42 (The Review Co, undated)" */
  spread: string;
  /** Whether the claim's sources disagree on the value. */
  conflicting: boolean;
  /** Higher is better; only meaningful within one query. */
  score: number;
  /** How many facts the claim holds (`facts` lists at most 30 of them). */
  factCount: number;
  /** Dated sources first, oldest first; undated last. */
  facts: SearchSourceFact[];
}

/** A quantity read from a query. */
export interface QueryNumber {
  /** As typed: "228bn". */
  text: string;
  /** The number without scale: 228. */
  mantissa: number;
  /** The scale the user wrote (1e9 for "bn"), or null when none: then any scale matches. */
  scale: number | null;
}

/** A query cut into quantities and (normalised) words. */
export interface ParsedQuery {
  numbers: QueryNumber[];
  words: string[];
}

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
/** At most this many facts of a claim are listed in a result (`factCount` has the total). */
const MAX_GROUP_FACTS = 30;
/** At most this many values in a result's spread line. */
const MAX_SPREAD = 8;
/** A quantity matched counts as much as this many exact measure words. */
const NUMBER_WEIGHT = 4;
/** Relative tolerance when matching a typed quantity against a value ("228" ~ 228.1 billion). */
const NUMBER_TOLERANCE = 0.005;

const STOP_WORDS = new Set(
  'the of in a an and or to for on at by with from as is was were be than that this it its into per over about'.split(' '),
);

const SCALE_WORDS = wordTable<number>({
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mn: 1e6,
  mln: 1e6,
  million: 1e6,
  millions: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
  billions: 1e9,
  t: 1e12,
  tn: 1e12,
  trillion: 1e12,
  trillions: 1e12,
});

/** Lower case, accents removed, a trailing plural "s" dropped: "Agreements" → "agreement". */
export function normalizeWord(word: string): string {
  let w = word
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  return w;
}

/** The words of a text, normalised, stop words and pure numbers left out. */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  let lower = text.toLowerCase();
  // Most text is ASCII: only decompose accents when there is something to decompose.
  const ascii = !/[^ -~\t\n\r]/.test(lower);
  if (!ascii) lower = lower.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  for (const raw of lower.split(ascii ? /[^a-z0-9]+/ : /[^\p{L}\p{N}]+/u)) {
    if (raw.length < 2 || /^\d+$/.test(raw)) continue;
    const w = raw.length > 3 && raw.endsWith('s') && !raw.endsWith('ss') ? raw.slice(0, -1) : raw;
    if (!STOP_WORDS.has(w)) out.push(w);
  }
  return out;
}

const NUMBER_RE =
  /(?:^|[^\p{L}\p{N}.])[$€£¥₽]?\s?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s?(k|thousand|mn|mln|m|million|millions|bn|b|billion|billions|tn|t|trillion|trillions)?(?![\p{L}\p{N}])/giu;

/** Cuts a query into quantities and words. */
export function parseQuery(query: string): ParsedQuery {
  const numbers: QueryNumber[] = [];
  const rest = query.replace(NUMBER_RE, (match, int: string, frac: string | undefined, scaleWord: string | undefined) => {
    const mantissa = Number(int.replace(/,/g, '') + (frac ?? ''));
    if (Number.isFinite(mantissa)) {
      numbers.push({
        text: match.trim(),
        mantissa,
        scale: scaleWord ? (SCALE_WORDS[scaleWord.toLowerCase()] ?? null) : null,
      });
    }
    return ' ';
  });
  return { numbers, words: tokenize(rest) };
}

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
    if (!t) tokenCache.set(text, (t = tokenize(text)));
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
function contextOf(fact: Fact): string {
  const c = (fact as Fact & { context?: unknown }).context;
  return typeof c === 'string' ? c : '';
}

function bucketKey(length: number, first: string): string {
  return `${length}:${first}`;
}

function lowerBound(arr: string[], x: string): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (arr[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
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

/** Facts whose value matches a typed quantity, at the scale typed or at any scale. */
function factsForNumber(si: SearchIndex, n: QueryNumber): Set<number> {
  const found = new Set<number>();
  const lo = n.mantissa * (1 - NUMBER_TOLERANCE);
  const hi = n.mantissa * (1 + NUMBER_TOLERANCE);
  // Binary search the first scaled value >= lo.
  let a = 0;
  let b = si.scaled.length;
  while (a < b) {
    const mid = (a + b) >> 1;
    if (si.scaled[mid]!.m < lo) a = mid + 1;
    else b = mid;
  }
  for (let i = a; i < si.scaled.length && si.scaled[i]!.m <= hi; i++) {
    const s = si.scaled[i]!;
    if (n.scale === null || n.scale === s.scale) found.add(s.fact);
  }
  if (n.scale === null && Number.isInteger(n.mantissa) && n.mantissa >= 1900 && n.mantissa <= 2100) {
    for (const f of si.years.get(n.mantissa) ?? []) found.add(f);
  }
  return found;
}

/**
 * Searches the facts. Returns claims, best first, at most `limit`. A query with quantities only
 * returns facts with those values; words then rank them. An empty query returns nothing.
 */
export function searchFacts(si: SearchIndex, query: string, limit = 20): SearchResultGroup[] {
  const { numbers, words } = parseQuery(query);
  if ((!numbers.length && !words.length) || limit <= 0) return [];
  // Scratch arrays are reused across queries; only the entries a query touched are reset.
  const { score, matched, best, candidate, groupBest } = si.scratch;
  const hit: number[] = [];
  const candidates: number[] = [];
  let narrowed = false;

  if (numbers.length) {
    for (const num of numbers) {
      for (const f of factsForNumber(si, num)) {
        if (!candidate[f]) {
          candidate[f] = 1;
          candidates.push(f);
        }
        if (score[f] === 0) hit.push(f);
        score[f] = score[f]! + NUMBER_WEIGHT;
      }
    }
    // A quantity found nowhere: fall back to the words alone rather than show nothing.
    narrowed = candidates.length > 0;
  }

  for (const word of words) {
    const touched: number[] = [];
    for (const [token, quality] of expandWord(si, word)) {
      const p = si.postings.get(token)!;
      for (let k = 0; k < p.facts.length; k++) {
        const f = p.facts[k]!;
        if (narrowed && !candidate[f]) continue;
        const s = quality * p.weights[k]!;
        if (best[f] === 0) touched.push(f);
        if (s > best[f]!) best[f] = s;
      }
    }
    for (const f of touched) {
      if (score[f] === 0) hit.push(f);
      score[f] = score[f]! + best[f]!;
      matched[f] = matched[f]! + 1;
      best[f] = 0;
    }
  }

  // Rank facts: those matching more of the query's words first, then by score; keep each
  // group's best fact.
  const need = words.length;
  const groups: number[] = [];
  for (const f of hit) {
    if (narrowed && !candidate[f]) continue;
    // Every word should match something, except in long queries where one may be noise.
    const missing = need - matched[f]!;
    if (missing > (need >= 3 ? 1 : 0)) continue;
    const sc = score[f]! - missing * 2 + matched[f]! * 0.01;
    const g = si.groupNo[f]!;
    if (groupBest[g] === -Infinity) groups.push(g);
    if (sc > groupBest[g]!) groupBest[g] = sc;
  }
  // Top `limit` groups by score (ties: index order), by insertion into a short sorted list:
  // a common word can touch thousands of groups, and sorting them all costs more than the rest.
  const ranked: Array<[number, number]> = [];
  const before = (g: number, sc: number, other: [number, number]) => sc > other[1] || (sc === other[1] && g < other[0]);
  for (const g of groups) {
    const sc = groupBest[g]!;
    if (ranked.length === limit && !before(g, sc, ranked[limit - 1]!)) continue;
    let i = ranked.length;
    while (i > 0 && before(g, sc, ranked[i - 1]!)) i--;
    ranked.splice(i, 0, [g, sc]);
    if (ranked.length > limit) ranked.pop();
  }

  for (const f of hit) {
    score[f] = 0;
    matched[f] = 0;
  }
  for (const f of candidates) candidate[f] = 0;
  for (const g of groups) groupBest[g] = -Infinity;
  return ranked.map(([g, sc]) => describeGroup(si, si.groupKeys[g]!, sc));
}

/** Builds the result shown for one claim (or lone fact). */
export function describeGroup(si: SearchIndex, groupKey: string, score: number): SearchResultGroup {
  const idx = si.groups.get(groupKey) ?? [];
  // A claim of a huge index can hold thousands of facts; the popup shows a readable few.
  const facts = idx.slice(0, MAX_GROUP_FACTS).map((i) => si.facts[i]!);
  const claim = si.claims.get(groupKey);
  const first = facts[0]!;
  const items: SearchSourceFact[] = facts.map((f) => {
    const src = si.sources.get(f.source);
    return {
      factId: f.id,
      source: f.source,
      outlet: src?.outlet ?? f.source,
      title: src?.title ?? '',
      url: src?.url ?? '',
      published: src?.published ?? null,
      text: f.text,
      value: f.value,
      unit: f.unit,
      sentence: f.sentence,
      event: f.event.label,
      role: f.role,
      note: f.note,
    };
  });
  items.sort((a, b) => {
    if (a.published === b.published) return a.outlet.localeCompare(b.outlet);
    if (a.published === null) return 1;
    if (b.published === null) return -1;
    return a.published.localeCompare(b.published);
  });
  const seen = new Set<string>();
  const spread: string[] = [];
  for (const it of items) {
    const label = `${it.text} (${it.outlet}${it.published ? '' : ', undated'}${it.role === 'part' ? ', part' : ''})`;
    if (seen.has(label)) continue;
    seen.add(label);
    spread.push(label);
  }
  const more = idx.length - facts.length + Math.max(0, spread.length - MAX_SPREAD);
  const measure = claim?.measure || first.measure || first.measureKey || 'figure';
  const event = claim?.event.label ?? first.event.label;
  return {
    claimId: claim?.id ?? groupKey,
    measure,
    measureKey: claim?.measureKey ?? first.measureKey,
    unit: claim?.unit ?? first.unit,
    event,
    title: claimLabel({
      measure: claim?.measure ?? first.measure,
      measureKey: claim?.measureKey ?? first.measureKey,
      unit: claim?.unit ?? first.unit,
      event,
      subject: claim?.subject ?? [],
      texts: facts.slice(0, 5).flatMap((f) => [f.sentence, contextOf(f)]),
    }),
    spread: spread.slice(0, MAX_SPREAD).join(' · ') + (more > 0 ? ` · ${more} more` : ''),
    conflicting: (claim?.conflict.length ?? 0) > 0,
    score,
    factCount: idx.length,
    facts: items,
  };
}
