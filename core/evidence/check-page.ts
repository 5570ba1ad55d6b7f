/**
 * The evidence engine (engine v2, docs/decisions/022): checks a page by weighing the evidence that
 * each of its figures states the same claim as a fact of the index, and gives each figure the
 * sources' relations, a verdict and one-line reasons. Nothing is gated on a fixed rule: a figure is
 * marked when the learned model finds a fact of its unit likely enough to be the same claim (or, for
 * `related`, the same measure). It is judged by `npm run eval` beside the rule matcher
 * (`core/match/check-page.ts`). The extension checks the reader's own sources with it, and the
 * bundled seeds with the rule matcher (`core/check`, docs/decisions/033).
 */
import type { CheckedFigure, Fact, Figure, PageCheck, PageContext, PageMeta } from '../model';
import { analyzeText, EVIDENCE_EXTRACT } from '../figures/extract-figures';
import { EventResolver } from '../index/event';
import { paragraphBefore } from '../index/extract-source-facts';
import { statedAgree } from './agreement';
import { markBest, markCounterparts, markMutualBest, pairFeatures } from './features';
import type { ScoredFigure } from './scored-candidate';
import { decideFigure, pageSupport, type DecideOptions, type PageSupport } from './decide';
import { weightedCosine } from './idf';
import { sideView, type SentenceViews } from './sides';
import { termSet } from './terms';
import { resolvePageContext } from '../match/page-context';
import { yearSpan } from '../time/spans';
import { isTelling, unitOf, valueKey, type PreparedIndex } from './evidence-index';
import { canonicalAddress, foldedOnce, statesItInItsSentence } from '../match/self-source';

/** The evidence engine reads every figure, with the cues of its wording, and weighs them. */
export const EXTRACT = EVIDENCE_EXTRACT;

/**
 * Most facts one figure is weighed against; a larger pool is narrowed to the facts sharing the
 * figure's rarest words. The corpus the model learned from never gives a figure more than 103
 * (docs/decisions/033); 200 keeps a large index of the reader's near that, and halves the work of
 * the 400 it was (each pair is most of a check's time on a large index).
 */
export const CANDIDATE_CAP = 200;

/** What a check needs to know about the page as a whole: its time and place, its words and its values. */
export interface PageView {
  page: PageContext;
  /** Lemmas of the page's title and text (or opening, for a page checked in pieces). */
  terms: Set<string>;
  /** Value keys of the page's specific figures, with how often each occurs. */
  values: Map<string, number>;
  /** The text the view was read from (the whole page, or its opening): what page support is read from. */
  text: string;
}

/**
 * Reads a page as a whole from its metadata and text. A caller that checks a long page piece by
 * piece reads the page once (from its title and opening) and hands the view to every piece.
 */
export function viewPage(meta: PageMeta, text: string): PageView {
  const values = new Map<string, number>();
  const figures = analyzeText(text, EXTRACT).figures;
  for (const f of figures) if (isTelling(f)) values.set(valueKey(f), (values.get(valueKey(f)) ?? 0) + 1);
  const page = resolvePageContext(meta, text);
  // A page nothing dates is dated by its content: the year it names most (a page on the 2007 cut
  // names 2007), so its figures meet facts of that year and not of another. Shown on the card.
  if (!page.published) {
    const year = contentYear(figures);
    if (year) page.event = { ...page.event, time: yearSpan(year), timeBasis: 'context', label: `${year} (dated by its content)` };
  }
  return { page, terms: termSet(`${meta.title}\n${text}`), values, text };
}

/** The year a text names most often (at least twice, and more than any other), or null. */
export function contentYear(figures: readonly Figure[]): number | null {
  const counts = new Map<number, number>();
  for (const f of figures) {
    const y = f.time ? Number(f.time.from.slice(0, 4)) : null;
    if (y && (f.kind === 'year' || f.kind === 'date') && f.time!.from.slice(0, 4) === f.time!.to.slice(0, 4)) counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  return first && first[1] >= 2 && (!second || first[1] > second[1]) ? first[0] : null;
}




/** What a page as a whole has with an index's sources: worked out once per page and index, not per piece. */
interface PageAgainstIndex {
  /** The page's similarity to a source (its words against the source's, idf-weighted). */
  similarity: (source: string) => number;
  /** Its similarity to the most similar source. */
  pageOnTopic: number;
  /**
   * Sources at the page's own address: a page is never a source for itself (docs/decisions/013).
   * A fact stating the page's figure in the page's own sentence is dropped per figure.
   */
  ownSources: Set<string>;
  /**
   * The page support (`pageSupport`) of the text the view was read from (its opening, for a page
   * checked piece by piece), worked out on first need, so every piece counts the same other values.
   */
  support: () => PageSupport;
}
const against = new WeakMap<PageView, WeakMap<PreparedIndex, PageAgainstIndex>>();

function pageAgainst(prepared: PreparedIndex, v: PageView, meta: PageMeta): PageAgainstIndex {
  let byIndex = against.get(v);
  if (!byIndex) against.set(v, (byIndex = new WeakMap()));
  let a = byIndex.get(prepared);
  if (a) return a;
  const docSim = new Map<string, number>();
  const similarity = (source: string) => {
    let s = docSim.get(source);
    if (s === undefined) docSim.set(source, (s = weightedCosine(v.terms, prepared.sourceTerms.get(source) ?? new Set(), prepared.idf)));
    return s;
  };
  let pageOnTopic = 0;
  for (const source of prepared.sources.keys()) pageOnTopic = Math.max(pageOnTopic, similarity(source));
  const address = canonicalAddress(meta.url);
  const ownSources = new Set(address === null ? [] : (sourcesByAddress(prepared).get(address) ?? []));
  let support: PageSupport | undefined;
  const viewSupport = () => (support ??= pageSupport(scorePage(prepared, v.text, meta, v).figures, prepared.weights));
  byIndex.set(prepared, (a = { similarity, pageOnTopic, ownSources, support: viewSupport }));
  return a;
}

const byAddress = new WeakMap<PreparedIndex, Map<string, string[]>>();

/** An index's sources by their canonical address, read once per index. */
function sourcesByAddress(prepared: PreparedIndex): Map<string, string[]> {
  let m = byAddress.get(prepared);
  if (m) return m;
  byAddress.set(prepared, (m = new Map()));
  for (const s of prepared.sources.values()) {
    const a = canonicalAddress(s.url);
    if (a !== null) m.set(a, [...(m.get(a) ?? []), s.file]);
  }
  return m;
}

/** Weighs every figure of a page against the facts of its unit. */
export function scorePage(prepared: PreparedIndex, text: string, meta: PageMeta, view?: PageView): { page: PageContext; figures: ScoredFigure[] } {
  const v = view ?? viewPage(meta, text);
  const ex = analyzeText(text, EXTRACT);
  const resolver = new EventResolver(ex, { published: v.page.published ?? (v.page.event.timeBasis === 'context' ? v.page.event.time : null), place: v.page.event.place });
  const { similarity, pageOnTopic, ownSources } = pageAgainst(prepared, v, meta);
  const published = v.page.published?.precision === 'day' ? v.page.published.from : null;
  const figures: ScoredFigure[] = [];
  const sentences: SentenceViews = new Map();
  const pageValues = new Set(ex.figures.map(valueKey));
  for (const figure of ex.figures) {
    const facts = candidatesFor(prepared, figure).filter(
      (f) => !ownSources.has(f.source) && !(f.value === figure.value && statesItInItsSentence(foldedOnce(figure), foldedOnce(f))),
    );
    if (facts.length === 0) continue;
    const side = sideView(figure, resolver.eventOf(figure), paragraphBefore(text, figure.sentenceStart), published, sentences);
    const own = valueKey(figure);
    const others = new Map<string, number>();
    const otherFigures = (source: string) => {
      let n = others.get(source);
      if (n === undefined) {
        n = 0;
        const stated = prepared.sourceValues.get(source);
        if (stated) for (const k of v.values.keys()) if (k !== own && stated.has(k)) n++;
        others.set(source, n);
      }
      return n;
    };
    const candidates = facts.map((fact) => {
      const whole = {
        documentSimilarity: similarity(fact.source),
        otherFigures: otherFigures(fact.source),
        valueCount: prepared.valueCounts.get(valueKey(fact)) ?? 1,
        valueSourceShare: prepared.valueSourceShare.get(valueKey(fact)) ?? 0,
        pageOnTopic,
      };
      const features = pairFeatures(side, prepared.viewOf(fact), whole, prepared.idf);
      return { fact, features, agrees: statedAgree(figure, fact) };
    });
    markBest(candidates.map((c) => c.features));
    figures.push({ figure, side, candidates, pageValues });
  }
  markMutualBest(figures.flatMap((f) => f.candidates.map((c) => [c.fact.id, c.features] as const)));
  markCounterparts(figures.flatMap((f, i) => f.candidates.map((c) => ({ figure: i, value: valueKey(f.figure), fact: c.fact.id, source: c.fact.source, x: c.features }))));
  return { page: v.page, figures };
}

/** How a page is checked: the options each figure is decided with (`DecideOptions`). */
export type CheckOptions = DecideOptions;

/**
 * Checks the text of a page against a prepared index. `view` is the page as a whole; by default
 * it is read from `text` itself.
 */
export function checkPage(prepared: PreparedIndex, text: string, meta: PageMeta, view?: PageView, options: CheckOptions = {}): PageCheck {
  const strongOnly = options.strongOnly ?? false;
  const v = view ?? viewPage(meta, text);
  const scored = scorePage(prepared, text, meta, v);
  // A page checked whole has its support in its own figures; a piece reads its page's (`PageAgainstIndex`).
  let own: PageSupport | undefined;
  const support = () => (v.text === text ? (own ??= pageSupport(scored.figures, prepared.weights)) : pageAgainst(prepared, v, meta).support());
  const figures: CheckedFigure[] = [];
  for (const s of scored.figures) {
    const checked = decideFigure(prepared, s, prepared.weights, options, support);
    if (checked && !(strongOnly && checked.verdict === 'related')) figures.push(checked);
  }
  return { page: scored.page, figures };
}

/**
 * The facts a figure is weighed against: those of its unit; in an index too large to weigh them
 * all, those that share its rarest words, up to `CANDIDATE_CAP`.
 */
function candidatesFor(prepared: PreparedIndex, figure: Figure): Fact[] {
  const unit = unitOf(figure);
  const pool = prepared.byUnit.get(unit) ?? [];
  if (pool.length <= CANDIDATE_CAP) return pool;
  const picked = new Set<Fact>();
  const words = [...termSet(figure.sentence)].sort((a, b) => prepared.idf.of(b) - prepared.idf.of(a));
  for (const w of words) {
    for (const f of prepared.byTerm.get(w) ?? []) {
      if (unitOf(f) === unit) picked.add(f);
      if (picked.size >= CANDIDATE_CAP) return [...picked];
    }
  }
  return [...picked];
}
