/**
 * Everything the matcher looks up, built once per index: each fact's view (its words, names,
 * places, measure and time), the idf of the index's words, each source's words and the values it
 * states, and the facts by unit and by word, so a page figure meets only facts of its unit that
 * share something with it, however large the index.
 */
import type { Fact, FactIndex, IndexedSource } from '../model';
import { buildIdf, type IdfTable } from './idf';
import type { SideView } from './features';
import { specificity } from './features';
import { sideView } from './sides';
import { termSet } from './terms';
import { publicationSpan } from '../time/time-cues';
import { shippedWeights, type ModelWeights } from './model';

/** The index with the evidence engine's lookups. */
export interface PreparedIndex {
  index: FactIndex;
  weights: ModelWeights;
  sources: Map<string, IndexedSource>;
  facts: Map<string, Fact>;
  idf: IdfTable;
  /** fact id → its view, made on first use. */
  viewOf(fact: Fact): SideView;
  /** source file → the lemmas of all its facts' sentences and contexts. */
  sourceTerms: Map<string, Set<string>>;
  /** source file → keys (`valueKey`) of the specific values it states. */
  sourceValues: Map<string, Set<string>>;
  /** value key → how many facts state that value. */
  valueCounts: Map<string, number>;
  /** value key → the share of the index's sources that state that value (a value most sources agree on is the story's). */
  valueSourceShare: Map<string, number>;
  /** unit → facts of that unit. */
  byUnit: Map<string, Fact[]>;
  /** lemma → facts whose sentence has it. */
  byTerm: Map<string, Fact[]>;
}

/** The key a value is compared by across texts: unit and value ("count:2719", "date:20250328"). */
export function valueKey(f: { unit: string | null; value: number; kind: string }): string {
  return `${f.unit ?? f.kind}:${f.value}`;
}

/** Whether a figure's value is specific enough to say two texts report the same event. */
export function isTelling(f: Fact | { kind: string; text: string; value: number }): boolean {
  if (f.kind === 'year' || f.kind === 'ordinal') return false;
  return specificity(f as Fact) >= 0.5;
}

/** The unit a figure is compared within (dates with dates, dollars with dollars). */
export function unitOf(f: { unit: string | null; kind: string }): string {
  return f.unit ?? f.kind;
}

/** Builds the lookups of an index. Linear in the number of facts. */
export function prepareIndex(index: FactIndex, weights: ModelWeights = shippedWeights()): PreparedIndex {
  const sources = new Map(index.sources.map((s) => [s.file, s]));
  const facts = new Map(index.facts.map((f) => [f.id, f]));
  const sentenceTerms = new Map<string, Set<string>>();
  const sourceTerms = new Map<string, Set<string>>();
  const sourceValues = new Map<string, Set<string>>();
  const byUnit = new Map<string, Fact[]>();
  const byTerm = new Map<string, Fact[]>();
  const valueCounts = new Map<string, number>();
  const valueSources = new Map<string, Set<string>>();
  for (const f of index.facts) {
    const key = valueKey(f);
    valueCounts.set(key, (valueCounts.get(key) ?? 0) + 1);
    let vs = valueSources.get(key);
    if (!vs) valueSources.set(key, (vs = new Set()));
    vs.add(f.source);
    let terms = sentenceTerms.get(f.sentence);
    if (!terms) sentenceTerms.set(f.sentence, (terms = termSet(f.sentence)));
    let st = sourceTerms.get(f.source);
    if (!st) sourceTerms.set(f.source, (st = new Set()));
    for (const t of terms) st.add(t);
    for (const t of termSet(f.context)) st.add(t);
    if (isTelling(f)) {
      let sv = sourceValues.get(f.source);
      if (!sv) sourceValues.set(f.source, (sv = new Set()));
      sv.add(key);
    }
    push(byUnit, unitOf(f), f);
    for (const t of terms) push(byTerm, t, f);
  }
  const idf = buildIdf(sentenceTerms.values());
  const valueSourceShare = new Map([...valueSources].map(([k, s]) => [k, s.size / Math.max(1, sources.size)]));
  const views = new Map<string, SideView>();
  return {
    index,
    weights,
    sources,
    facts,
    idf,
    sourceTerms,
    sourceValues,
    valueCounts,
    valueSourceShare,
    byUnit,
    byTerm,
    viewOf(fact) {
      let v = views.get(fact.id);
      if (!v) {
        const published = publicationSpan(sources.get(fact.source)?.published ?? null)?.from ?? null;
        views.set(fact.id, (v = sideView(fact, fact.event, fact.context, published)));
      }
      return v;
    },
  };
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
}
