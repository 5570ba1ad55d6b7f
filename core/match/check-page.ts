/**
 * Checks a page: finds its figures, weighs the evidence that each states the same claim as a
 * fact of the index (`core/evidence/`), and gives each figure the sources' relations, a verdict
 * and one-line reasons. Nothing is gated on a fixed rule: a figure is marked when the learned model
 * finds a fact of its unit likely enough to be the same claim (or, for `related`, the same measure
 * of another event). Pure: the background and the command line call the same function.
 */
import type { CheckedFigure, Fact, Figure, PageCheck, PageContext, PageMeta, SourceMatch, Verdict } from '../model';
import { analyzeText } from '../figures/extract-figures';
import { EventResolver } from '../index/event';
import { paragraphBefore } from '../index/extract-source-facts';
import { valuesAgree } from '../index/compare';
import { markBest, pairFeatures, type SideView } from '../evidence/features';
import { scorePair, type ModelWeights } from '../evidence/model';
import { weightedCosine } from '../evidence/idf';
import { sideView } from '../evidence/sides';
import { termSet } from '../evidence/terms';
import { explainPair } from '../evidence/explain';
import { resolvePageContext } from './page-context';
import { isTelling, unitOf, valueKey, type PreparedIndex } from './prepare-index';
import { reasonFor, verdictOf } from './verdict';

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
  for (const f of analyzeText(text).figures) if (isTelling(f)) values.set(valueKey(f), (values.get(valueKey(f)) ?? 0) + 1);
  return { page: resolvePageContext(meta, text), terms: termSet(`${meta.title}\n${text}`), values };
}

/** One fact weighed against a page figure: the evidence, and whether the two values agree. */
export interface ScoredCandidate {
  fact: Fact;
  features: number[];
  agrees: boolean;
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
  const ex = analyzeText(text);
  const resolver = new EventResolver(ex, { published: v.page.published, place: v.page.event.place });
  const docSim = new Map<string, number>();
  const similarity = (source: string) => {
    let s = docSim.get(source);
    if (s === undefined) docSim.set(source, (s = weightedCosine(v.terms, prepared.sourceTerms.get(source) ?? new Set(), prepared.idf)));
    return s;
  };
  const published = v.page.published?.precision === 'day' ? v.page.published.from : null;
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
      const whole = { documentSimilarity: similarity(fact.source), otherFigures: otherFigures(fact.source), valueCount: prepared.valueCounts.get(valueKey(fact)) ?? 1 };
      const features = pairFeatures(side, prepared.viewOf(fact), whole, prepared.idf);
      return { fact, features, agrees: valuesAgree(figure, fact) };
    });
    markBest(candidates.map((c) => c.features));
    figures.push({ figure, side, candidates });
  }
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

/** Per source, the best probabilities of an agreeing fact, a conflicting one, and one of the same measure. */
export interface SourceEvidence {
  agree: Weighed | null;
  conflict: Weighed | null;
  measure: Weighed | null;
}

/** Combines independent pieces of evidence: the probability that at least one holds (noisy-or). */
export function anyOf(ps: Iterable<number>): number {
  let none = 1;
  for (const p of ps) none *= 1 - p;
  return 1 - none;
}

/** The best candidates of each source for one figure under `weights`. */
export function sourceEvidence(s: ScoredFigure, weights: ModelWeights): Map<string, SourceEvidence> {
  const out = new Map<string, SourceEvidence>();
  for (const candidate of s.candidates) {
    const c: Weighed = { ...candidate, ...scorePair(weights, candidate.features) };
    let e = out.get(c.fact.source);
    if (!e) out.set(c.fact.source, (e = { agree: null, conflict: null, measure: null }));
    if (c.agrees && (!e.agree || c.same > e.agree.same)) e.agree = c;
    if (!c.agrees && c.fact.role === 'whole' && (!e.conflict || c.claim > e.conflict.claim)) e.conflict = c;
    if (!e.measure || c.measure > e.measure.measure) e.measure = c;
  }
  return out;
}

/**
 * The verdict of one scored figure under `weights`, or null when no fact is likely enough to speak
 * to it. The sources' evidence adds up: the figure is corroborated when the probability that at
 * least one source states it ("noisy-or" over each source's best agreeing fact) reaches the
 * corroboration threshold, conflicting when that of a disagreeing statement reaches the conflict
 * threshold (higher: a conflict needs more), mixed when both do; each source that carries at least
 * half the threshold is listed with its relation. Otherwise a source likely enough to measure the
 * same thing, of another event, makes it `related`.
 */
export function decideFigure(prepared: PreparedIndex, s: ScoredFigure, weights: ModelWeights): CheckedFigure | null {
  const t = weights.thresholds;
  const evidence = sourceEvidence(s, weights);
  const agreeAll = anyOf([...evidence.values()].map((e) => e.agree?.same ?? 0));
  const conflictAll = anyOf([...evidence.values()].map((e) => e.conflict?.claim ?? 0));
  const corroborated = agreeAll >= t.corroborate;
  const conflicting = conflictAll >= t.conflict;
  const sources: Array<SourceMatch & { weight: number; chosen: Weighed }> = [];
  for (const [file, e] of evidence) {
    const source = prepared.sources.get(file);
    if (!source) continue;
    let chosen: Weighed | null = null;
    let relation: SourceMatch['relation'] = 'related';
    if (corroborated && e.agree && e.agree.same >= t.corroborate / 2) [chosen, relation] = [e.agree, 'corroborates'];
    else if (conflicting && e.conflict && e.conflict.claim >= t.conflict / 2) [chosen, relation] = [e.conflict, 'conflicts'];
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
    reason: reasonFor(verdict, s.figure, plain),
    why: explainPair(prepared, weights, s.side, lead.chosen, lead.outlet),
    event: s.side.event.label,
    sources: plain,
  };
}
