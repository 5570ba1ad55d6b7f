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
 * Results are grouped by claim, each with the spread of values across its sources. The query is
 * read by `query.ts`, the index built by `search-index.ts`.
 */
import { claimLabel } from '../text/claim-label';
import { parseQuery, type QueryNumber } from './query';
import { contextOf, expandWord, type SearchIndex } from './search-index';
import { firstIndex } from '../sorted';

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

/** At most this many facts of a claim are listed in a result (`factCount` has the total). */
const MAX_GROUP_FACTS = 30;

/** At most this many values in a result's spread line. */
const MAX_SPREAD = 8;

/** A quantity matched counts as much as this many exact measure words. */
const NUMBER_WEIGHT = 4;

/** Relative tolerance when matching a typed quantity against a value ("228" ~ 228.1 billion). */
const NUMBER_TOLERANCE = 0.005;

/** Facts whose value matches a typed quantity, at the scale typed or at any scale. */
function factsForNumber(si: SearchIndex, n: QueryNumber): Set<number> {
  const found = new Set<number>();
  const lo = n.mantissa * (1 - NUMBER_TOLERANCE);
  const hi = n.mantissa * (1 + NUMBER_TOLERANCE);
  // The first scaled value >= lo.
  const a = firstIndex(si.scaled.length, (i) => si.scaled[i]!.m < lo);
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
