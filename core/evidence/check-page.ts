/**
 * The evidence engine (engine v2, docs/decisions/022): checks a page by weighing the evidence that
 * each of its figures states the same claim as a fact of the index, and gives each figure the
 * sources' relations, a verdict and one-line reasons. Nothing is gated on a fixed rule: a figure is
 * marked when the learned model finds a fact of its unit likely enough to be the same claim (or, for
 * `related`, the same measure). It is judged by `npm run eval` beside the shipped matcher
 * (`core/match/check-page.ts`), which the extension still uses until it wins there (docs/ACCURACY.md).
 */
import type { CheckedFigure, Fact, Figure, PageCheck, PageContext, PageMeta, SourceMatch, Verdict } from '../model';
import { analyzeText } from '../figures/extract-figures';
import { EventResolver } from '../index/event';
import { paragraphBefore } from '../index/extract-source-facts';
import { statedAgree } from './agreement';
import { FEATURE_NAMES, markBest, markCounterparts, markMutualBest, pairFeatures, type SideView } from './features';
import { probability, type ModelWeights } from './model';
import type { ScoredCandidate } from './scored-candidate';
import { weightedCosine } from './idf';
import { sideView } from './sides';
import { termSet } from './terms';
import { explainPair } from './explain';
import { resolvePageContext } from '../match/page-context';
import { yearSpan } from '../time/spans';
import { isTelling, unitOf, valueKey, type PreparedIndex } from './evidence-index';
import { reasonFor, verdictOf } from '../match/relate';

/** The evidence engine reads every figure, with the cues of its wording, and weighs them. */
export const EXTRACT = { keepCued: true, moreKinds: true } as const;

/** Most facts one figure is weighed against; a large index is narrowed by shared words first. */
export const CANDIDATE_CAP = 400;

/** What a check needs to know about the page as a whole: its time and place, its words and its values. */
export interface PageView {
  page: PageContext;
  /** Lemmas of the page's title and text (or opening, for a page checked in pieces). */
  terms: Set<string>;
  /** Value keys of the page's specific figures, with how often each occurs. */
  values: Map<string, number>;
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
  return { page, terms: termSet(`${meta.title}\n${text}`), values };
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


/** A candidate with the model's probabilities. */
interface Weighed extends ScoredCandidate {
  same: number;
  claim: number;
  measure: number;
}

/** A page figure with every fact it was weighed against (the trainer's input, and the verdict's). */
export interface ScoredFigure {
  figure: Figure;
  side: SideView;
  candidates: ScoredCandidate[];
}

/** Weighs every figure of a page against the facts of its unit. */
export function scorePage(prepared: PreparedIndex, text: string, meta: PageMeta, view?: PageView): { page: PageContext; figures: ScoredFigure[] } {
  const v = view ?? viewPage(meta, text);
  const ex = analyzeText(text, EXTRACT);
  const resolver = new EventResolver(ex, { published: v.page.published ?? (v.page.event.timeBasis === 'context' ? v.page.event.time : null), place: v.page.event.place });
  const docSim = new Map<string, number>();
  const similarity = (source: string) => {
    let s = docSim.get(source);
    if (s === undefined) docSim.set(source, (s = weightedCosine(v.terms, prepared.sourceTerms.get(source) ?? new Set(), prepared.idf)));
    return s;
  };
  const published = v.page.published?.precision === 'day' ? v.page.published.from : null;
  let pageOnTopic = 0;
  for (const source of prepared.sources.keys()) pageOnTopic = Math.max(pageOnTopic, similarity(source));
  const figures: ScoredFigure[] = [];
  for (const figure of ex.figures) {
    const facts = candidatesFor(prepared, figure);
    if (facts.length === 0) continue;
    const side = sideView(figure, resolver.eventOf(figure), paragraphBefore(text, figure.sentenceStart), published);
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
    figures.push({ figure, side, candidates });
  }
  markMutualBest(figures.flatMap((f) => f.candidates.map((c) => [c.fact.id, c.features] as const)));
  markCounterparts(figures.flatMap((f, i) => f.candidates.map((c) => ({ figure: i, value: valueKey(f.figure), fact: c.fact.id, source: c.fact.source, x: c.features }))));
  return { page: v.page, figures };
}

/**
 * Checks the text of a page against a prepared index. `view` is the page as a whole; by default
 * it is read from `text` itself.
 */
export function checkPage(prepared: PreparedIndex, text: string, meta: PageMeta, view?: PageView): PageCheck {
  const scored = scorePage(prepared, text, meta, view);
  const figures: CheckedFigure[] = [];
  for (const s of scored.figures) {
    const checked = decideFigure(prepared, s, prepared.weights);
    if (checked) figures.push(checked);
  }
  return { page: scored.page, figures };
}

/**
 * The facts a figure is weighed against: those of its unit; in an index too large to weigh them
 * all, those that share its measure, its value or its rarest words, up to `CANDIDATE_CAP`.
 */
function candidatesFor(prepared: PreparedIndex, figure: Figure): Fact[] {
  const pool = prepared.byUnit.get(unitOf(figure)) ?? [];
  if (pool.length <= CANDIDATE_CAP) return pool;
  const unit = unitOf(figure);
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

const RELATION_ORDER: Record<SourceMatch['relation'], number> = { conflicts: 0, corroborates: 1, related: 2 };

const COUNTERPART = FEATURE_NAMES.indexOf('counterpart');
/** A source whose agreeing fact is this likely the figure's claim is taken to state it. */
const AGREEING_SOURCE = 0.5;

/**
 * Whether a candidate can be a conflict at all: its value disagrees, it is a whole (not a part of a
 * total), and it is the figure's counterpart in its source (`markCounterparts`) — "INDIA 233"
 * against "INDIA 230", not against "NDA 291". The conflict model is learned on such pairs only.
 */
export function mayConflict(c: ScoredCandidate): boolean {
  return !c.agrees && c.fact.role === 'whole' && c.features[COUNTERPART] === 1;
}

/** Per source: its best agreeing fact, conflicting fact and fact of the same measure. */
export interface SourceEvidence {
  agree: Weighed | null;
  conflict: Weighed | null;
  measure: Weighed | null;
}

/**
 * The model's probabilities for each candidate of one figure: `same`, the chance that the fact
 * states the same claim; `claim`, the same without the values (what a conflict rests on);
 * `measure`, the chance the two measure the same thing, of any event.
 */
export function weighCandidates(s: ScoredFigure, weights: ModelWeights): Weighed[] {
  return s.candidates.map((c) => ({
    ...c,
    same: probability(weights.same, c.features),
    claim: probability(weights.claim, c.features),
    measure: probability(weights.measure, c.features),
  }));
}

/** The best candidates of each source for one figure under `weights`. */
export function sourceEvidence(s: ScoredFigure, weights: ModelWeights): Map<string, SourceEvidence> {
  const out = new Map<string, SourceEvidence>();
  for (const c of weighCandidates(s, weights)) {
    let e = out.get(c.fact.source);
    if (!e) out.set(c.fact.source, (e = { agree: null, conflict: null, measure: null }));
    if (c.agrees && (!e.agree || c.same > e.agree.same)) e.agree = c;
    // A disagreeing fact is a conflict only as the figure's counterpart: the nearest fact to it and
    // the figure the nearest to the fact ("INDIA 233" against "INDIA 230", not against "NDA 291").
    if (mayConflict(c) && (!e.conflict || c.claim > e.conflict.claim)) e.conflict = c;
    if (!e.measure || c.measure > e.measure.measure) e.measure = c;
  }
  // A source that states the figure's own value likely states the claim: its other values are not a conflict.
  for (const e of out.values()) if (e.agree && e.conflict && e.agree.same >= AGREEING_SOURCE) e.conflict = null;
  return out;
}

/**
 * How likely the figure's claim is stated by a source with a value that agrees, and by one with a
 * value that disagrees (each the best source's probability), and how likely the best fact measures
 * the same thing. (Adding up sources as independent witnesses, "noisy-or", was tried: sources copy
 * each other, so it made a figure that six outlets repeat look certain and one that a single source
 * states look doubtful — docs/decisions/022.)
 */
export function figureMasses(evidence: Map<string, SourceEvidence>): { agree: number; conflict: number; measure: number } {
  let agree = 0;
  let conflict = 0;
  let measure = 0;
  for (const e of evidence.values()) {
    agree = Math.max(agree, e.agree?.same ?? 0);
    conflict = Math.max(conflict, e.conflict?.claim ?? 0);
    measure = Math.max(measure, e.measure?.measure ?? 0);
  }
  return { agree, conflict, measure };
}

/** The least share of a verdict's threshold a source's own probability must reach to be listed with that relation. */
const SOURCE_SHARE = 0.5;

/**
 * The verdict of one scored figure under `weights`, or null when no fact is likely enough to speak
 * to it. The figure is corroborated when the probability that a source states its claim with a
 * value that agrees (`figureMasses`) reaches the corroboration threshold, conflicting when the
 * value-blind probability that one states it with another value reaches the conflict threshold,
 * mixed when both do; each source whose own probability reaches half the threshold is listed with
 * its relation. Otherwise a source likely enough to measure the same thing makes it `related`.
 */
export function decideFigure(prepared: PreparedIndex, s: ScoredFigure, weights: ModelWeights): CheckedFigure | null {
  const t = weights.thresholds;
  const evidence = sourceEvidence(s, weights);
  const mass = figureMasses(evidence);
  const corroborated = mass.agree >= t.corroborate;
  const conflicting = mass.conflict >= t.conflict;
  const sources: Array<SourceMatch & { weight: number; chosen: Weighed }> = [];
  for (const [file, e] of evidence) {
    const source = prepared.sources.get(file);
    if (!source) continue;
    let chosen: Weighed | null = null;
    let relation: SourceMatch['relation'] = 'related';
    if (corroborated && e.agree && e.agree.same >= t.corroborate * SOURCE_SHARE) [chosen, relation] = [e.agree, 'corroborates'];
    else if (conflicting && e.conflict && e.conflict.claim >= t.conflict * SOURCE_SHARE) [chosen, relation] = [e.conflict, 'conflicts'];
    else if (e.measure && e.measure.measure >= t.related) [chosen, relation] = [e.measure, 'related'];
    if (!chosen) continue;
    const f = chosen.fact;
    const reason =
      relation === 'corroborates'
        ? f.role === 'part' && f.note
          ? f.note
          : `reports ${f.text}, as this page does`
        : relation === 'conflicts'
          ? `reports ${f.text}; this page says ${s.figure.text}`
          : `the same measure, of another event or period: ${f.event.label}`;
    sources.push({
      source: source.file,
      outlet: source.outlet,
      url: source.url,
      published: source.published,
      relation,
      certain: true,
      text: f.text,
      quote: f.sentence,
      value: f.value,
      event: f.event.label,
      reason,
      weight: relation === 'related' ? chosen.measure : relation === 'conflicts' ? chosen.claim : chosen.same,
      chosen,
    });
  }
  if (sources.length === 0) return null;
  sources.sort((a, b) => RELATION_ORDER[a.relation] - RELATION_ORDER[b.relation] || b.weight - a.weight);
  const plain: SourceMatch[] = sources.map(({ weight: _w, chosen: _c, ...m }) => m);
  const verdict: Verdict = verdictOf(plain);
  const lead = sources[0]!;
  return {
    text: s.figure.text,
    start: s.figure.start,
    end: s.figure.end,
    value: s.figure.value,
    unit: s.figure.unit,
    measure: s.figure.measure,
    measureKey: s.figure.measureKey,
    verdict,
    reason: reasonFor(verdict, { ...s.figure, event: s.side.event, written: null }, plain),
    why: explainPair(prepared, weights, s.side, lead.chosen, lead.outlet),
    event: s.side.event.label,
    sources: plain,
  };
}
