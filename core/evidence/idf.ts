/**
 * How rare each lemma is among the index's sentences: the weight of a shared word in the evidence
 * model ("golden" and "dome" say more than "country"). Built once per index.
 */

/** Inverse document frequencies over a set of documents (each a set of lemmas). */
export interface IdfTable {
  /** idf of a lemma; unseen lemmas get the highest weight. */
  of(term: string): number;
  /** How many documents the table was built from. */
  size: number;
}

/** Builds the table from documents given as sets of lemmas. */
export function buildIdf(docs: Iterable<Set<string>>): IdfTable {
  const df = new Map<string, number>();
  let n = 0;
  for (const d of docs) {
    n++;
    for (const t of d) df.set(t, (df.get(t) ?? 0) + 1);
  }
  const max = Math.log((n + 1) / 1) + 1;
  return { of: (t) => (df.has(t) ? Math.log((n + 1) / (df.get(t)! + 1)) + 1 : max), size: n };
}

/** Cosine similarity of two lemma sets, each lemma weighted by its idf. */
export function weightedCosine(a: Set<string>, b: Set<string>, idf: IdfTable): number {
  if (a.size === 0 || b.size === 0) return 0;
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const t of a) {
    const w = idf.of(t);
    na += w * w;
    if (b.has(t)) dot += w * w;
  }
  for (const t of b) {
    const w = idf.of(t);
    nb += w * w;
  }
  return dot / Math.sqrt(na * nb);
}

/** The share of b's idf weight that a also has (how much of a fact's wording a page figure repeats). */
export function weightedCoverage(a: Set<string>, b: Set<string>, idf: IdfTable): number {
  let got = 0;
  let all = 0;
  for (const t of b) {
    const w = idf.of(t);
    all += w;
    if (a.has(t)) got += w;
  }
  return all === 0 ? 0 : got / all;
}
