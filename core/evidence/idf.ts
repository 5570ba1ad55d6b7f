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
  // Each lemma's weight is worked out once: a check asks for the same few thousand lemmas again and
  // again. Only the index's own lemmas are kept, so the table does not grow with the pages read.
  const weights = new Map<string, number>();
  const of = (t: string): number => {
    let w = weights.get(t);
    if (w !== undefined) return w;
    const d = df.get(t);
    if (d === undefined) return max;
    weights.set(t, (w = Math.log((n + 1) / (d + 1)) + 1));
    return w;
  };
  return { of, size: n };
}

/**
 * The squared idf norm of each lemma set, per table, remembered: the sets a check compares (a page's
 * words, a source's, a figure's sentence) are built once and never changed, and meet many others.
 */
const norms = new WeakMap<IdfTable, WeakMap<Set<string>, number>>();

function squaredNorm(set: Set<string>, idf: IdfTable): number {
  let byTable = norms.get(idf);
  if (!byTable) norms.set(idf, (byTable = new WeakMap()));
  let n = byTable.get(set);
  if (n === undefined) {
    n = 0;
    for (const t of set) {
      const w = idf.of(t);
      n += w * w;
    }
    byTable.set(set, n);
  }
  return n;
}

/** Cosine similarity of two lemma sets, each lemma weighted by its idf. */
export function weightedCosine(a: Set<string>, b: Set<string>, idf: IdfTable): number {
  if (a.size === 0 || b.size === 0) return 0;
  let dot = 0;
  for (const t of a) {
    if (!b.has(t)) continue;
    const w = idf.of(t);
    dot += w * w;
  }
  return dot / Math.sqrt(squaredNorm(a, idf) * squaredNorm(b, idf));
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
