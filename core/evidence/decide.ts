/**
 * The evidence engine's verdict on one weighed page figure (docs/decisions/022, 028): which
 * sources state its claim with a value that agrees, which with another value, and which measure the
 * same thing of another event, each from the learned model's probabilities and thresholds.
 */
import type { CheckedFigure, Figure, SourceMatch, Verdict } from '../model';
import { claimSources } from './claim-sources';
import { asIfAgreeing, FEATURE_NAMES } from './features';
import { probability, type ModelWeights } from './model';
import type { ScoredCandidate, ScoredFigure } from './scored-candidate';
import { explainPair } from './explain';
import { valueKey, type PreparedIndex } from './evidence-index';
import { formatPublished, reasonFor, verdictOf } from '../match/relate';

/** A candidate with the model's probabilities. */
export interface Weighed extends ScoredCandidate {
  same: number;
  claim: number;
  measure: number;
}

const RELATION_ORDER: Record<SourceMatch['relation'], number> = { conflicts: 0, corroborates: 1, related: 2 };

const COUNTERPART = FEATURE_NAMES.indexOf('counterpart');
const VALUES_CLOSE = FEATURE_NAMES.indexOf('valuesClose');
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

/**
 * The best candidates of each source for one figure under `weights`. Each model is run only where
 * its probability is read: `same` for facts whose values agree, `claim` for possible conflicts
 * (`mayConflict`); elsewhere they are 0 (most facts a figure meets are neither, and the models are
 * most of a check's time on a large index).
 */
export function sourceEvidence(s: ScoredFigure, weights: ModelWeights): Map<string, SourceEvidence> {
  return bySource(withMeasures(weighClaims(s, weights), weights));
}

/** Each candidate with `same` and `claim` where they are read (see `sourceEvidence`), `measure` not yet weighed (0). */
function weighClaims(s: ScoredFigure, weights: ModelWeights): Weighed[] {
  return s.candidates.map((candidate) => ({
    ...candidate,
    same: candidate.agrees ? probability(weights.same, candidate.features) : 0,
    claim: mayConflict(candidate) ? probability(weights.claim, candidate.features) : 0,
    measure: 0,
  }));
}

/** Weighs `measure` of every candidate (in place). */
function withMeasures(weighed: Weighed[], weights: ModelWeights): Weighed[] {
  for (const c of weighed) c.measure = probability(weights.measure, c.features);
  return weighed;
}

/** Per source, its best agreeing, conflicting and same-measure candidates. */
function bySource(weighed: readonly Weighed[]): Map<string, SourceEvidence> {
  const out = new Map<string, SourceEvidence>();
  for (const c of weighed) {
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
 * Whether any candidate reaches a strong verdict's threshold: an agreeing fact at the corroboration
 * threshold, or a possible conflict at the conflict one. `figureMasses` takes the best of these
 * (the conflict's after some are set aside), so without one the figure is at most `related`.
 * The same probabilities as `weighClaims`, without making its objects; an agreeing fact may also
 * reach the `supported` threshold from a source the page restates (`isCorroborated`).
 */
function mayBeStrong(s: ScoredFigure, weights: ModelWeights, support: SupportSource | undefined): boolean {
  const t = weights.thresholds;
  const agreeing = (c: ScoredCandidate) => {
    const p = probability(weights.same, c.features);
    return p >= t.corroborate || (p >= t.supported && supportOf(support, c.fact.source, s.figure) >= t.support);
  };
  return s.candidates.some((c) => (c.agrees && agreeing(c)) || (mayConflict(c) && probability(weights.claim, c.features) >= t.conflict));
}

/**
 * Per source, the value keys of a page's figures it corroborates on its own (its agreeing fact at
 * the corroboration threshold): how much of one report the page restates (docs/decisions/043).
 */
export type PageSupport = Map<string, Set<string>>;

/** The page support of a page's weighed figures under `weights` (only agreeing facts are weighed). */
export function pageSupport(figures: readonly ScoredFigure[], weights: ModelWeights): PageSupport {
  const out: PageSupport = new Map();
  for (const f of figures) {
    const key = valueKey(f.figure);
    for (const c of f.candidates) {
      if (!c.agrees || out.get(c.fact.source)?.has(key)) continue;
      if (probability(weights.same, c.features) < weights.thresholds.corroborate) continue;
      let set = out.get(c.fact.source);
      if (!set) out.set(c.fact.source, (set = new Set()));
      set.add(key);
    }
  }
  return out;
}

/**
 * Page support as a decision is handed it: the support itself, or a function that works it out on
 * first need (most figures never need it: their sources are at the corroboration threshold or far
 * below the `supported` one, and a page checked in pieces reads it from its whole opening).
 */
export type SupportSource = PageSupport | (() => PageSupport);

/** How many of the page's other values (not the figure's own: leave-one-out) a source corroborates. */
export function supportOf(support: SupportSource | undefined, source: string, figure: ScoredFigure['figure']): number {
  const set = (typeof support === 'function' ? support() : support)?.get(source);
  if (!set) return 0;
  return set.size - (set.has(valueKey(figure)) ? 1 : 0);
}

/**
 * Whether the figure is corroborated: a source's agreeing fact at the corroboration threshold, or
 * at the lower `supported` one from a source that corroborates `support` of the page's other values.
 */
export function isCorroborated(evidence: Map<string, SourceEvidence>, figure: ScoredFigure['figure'], weights: ModelWeights, support?: SupportSource): boolean {
  for (const e of evidence.values()) if (e.agree && e.agree.same >= weights.thresholds.corroborate) return true;
  return restatedSource(evidence, figure, weights, support) !== null;
}

/**
 * The source a corroboration from the page's support rests on: the most likely of those whose
 * agreeing fact reaches the `supported` threshold and that corroborate `support` of the page's
 * other values, or null. "Why this matched" names it: a source weighed higher that the page
 * restates less is not what the corroboration rests on.
 */
export function restatedSource(evidence: Map<string, SourceEvidence>, figure: ScoredFigure['figure'], weights: ModelWeights, support: SupportSource | undefined): string | null {
  const t = weights.thresholds;
  let best: { source: string; same: number } | null = null;
  for (const [source, e] of evidence) {
    if (!e.agree || e.agree.same < t.supported || (best && e.agree.same <= best.same)) continue;
    if (supportOf(support, source, figure) >= t.support) best = { source, same: e.agree.same };
  }
  return best?.source ?? null;
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

/**
 * The line of a figure the engine could not tie to any source's claim, only to a measure. Unlike the
 * rule matcher's `related` (another event, or an undated side), it says no more than it knows: the
 * model found the same measure, not evidence of the same claim.
 */
export function relatedReason(sources: readonly SourceMatch[]): string {
  const lead = sources[0]!;
  const more = sources.length > 1 ? ` and ${sources.length - 1} more source${sources.length > 2 ? 's' : ''}` : '';
  return `${lead.outlet} (${formatPublished(lead.published)})${more} report${more ? '' : 's'} the same measure (${lead.text}), not shown to be the same claim`;
}

/**
 * `plain` with the other sources of the claim of each corroborating fact in `weighed` (`claimSources`):
 * they replace the entries of the same sources that do not corroborate or conflict, and take the
 * place their relation gives them (a conflict before the corroborations, as the rule matcher lists).
 */
function withClaimSources(prepared: PreparedIndex, figure: Figure, weighed: ReadonlyArray<SourceMatch & { chosen: Weighed }>, plain: SourceMatch[]): SourceMatch[] {
  const anchors = weighed.filter((m) => m.relation === 'corroborates').map((m) => m.chosen.fact);
  const listed = new Set(plain.filter((m) => m.relation !== 'related').map((m) => m.source));
  const added = claimSources(prepared, figure, anchors, listed);
  if (added.length === 0) return plain;
  const replaced = new Set(added.map((m) => m.source));
  const rank = (m: SourceMatch) => (m.certain ? RELATION_ORDER[m.relation] : 3);
  // A stable sort: the engine's own order (its best source first) is kept within a relation.
  return [...plain.filter((m) => !replaced.has(m.source)), ...added].sort((a, b) => rank(a) - rank(b));
}

/** A source's disagreeing counterpart of a corroborated figure (`counterpartConflicts`). */
export interface Counterpart {
  candidate: Weighed;
  /** Its features as if it stated the figure's value (`asIfAgreeing`): what `p` was weighed on. */
  asIf: number[];
  /** P(same claim) as if it stated the figure's value. */
  p: number;
  /** How near its value is to the figure's (`valuesClose`). */
  close: number;
}

/**
 * For a corroborated figure, each other source's most likely statement of the same claim with
 * another value: of its disagreeing whole facts, the one the corroboration model weighs highest as
 * if it stated the figure's value (`asIfAgreeing`, with the index's view of the value taken from
 * the figure's best agreeing fact). Sources that state the figure's value themselves (their
 * agreeing fact at `SOURCE_SHARE` of the corroboration threshold) are left out, and so are facts
 * whose value the page also states. The caller keeps the ones at the `counterpart` threshold whose
 * values are near (`nearValues`): 293 seats against 291 is one count misreported, 543 against 291
 * another count (docs/decisions/042).
 */
export function counterpartConflicts(s: ScoredFigure, evidence: Map<string, SourceEvidence>, weights: ModelWeights): Map<string, Counterpart> {
  let anchor: Weighed | null = null;
  for (const e of evidence.values()) if (e.agree && (!anchor || e.agree.same > anchor.same)) anchor = e.agree;
  const out = new Map<string, Counterpart>();
  if (!anchor) return out;
  const agreeing = weights.thresholds.corroborate * SOURCE_SHARE;
  for (const c of s.candidates) {
    // A fact stating a value the page states too speaks to that figure ("BJP 240" to the page's
    // own "BJP bagged 240", not to its "INDIA 234").
    if (c.agrees || c.fact.role !== 'whole' || s.pageValues.has(valueKey(c.fact))) continue;
    const e = evidence.get(c.fact.source);
    if (e?.agree && e.agree.same >= agreeing) continue;
    const asIf = asIfAgreeing(c.features, s.figure, anchor.features);
    const p = probability(weights.same, asIf);
    const best = out.get(c.fact.source);
    if (!best || p > best.p) out.set(c.fact.source, { candidate: { ...c, same: 0, claim: p, measure: 0 }, asIf, p, close: c.features[VALUES_CLOSE]! });
  }
  return out;
}

/** Whether a counterpart passes the thresholds a conflict needs. */
export function isConflictingCounterpart(c: Counterpart, weights: ModelWeights): boolean {
  return c.p >= weights.thresholds.counterpart && c.close >= weights.thresholds.nearValues;
}

/** The least share of a verdict's threshold a source's own probability must reach to be listed with that relation. */
const SOURCE_SHARE = 0.5;

/** How `decideFigure` decides. */
export interface DecideOptions {
  /**
   * Only strong verdicts: a figure that cannot be corroborated, conflicting or mixed is null
   * instead, and every other figure comes out exactly as without it. For a caller that drops the
   * `related` ones (the bundled seeds' check beside the rule matcher, and dating a page by its
   * content: docs/decisions/035, 037), which then skips the work only a `related` figure needs.
   */
  strongOnly?: boolean;
  /**
   * A corroborated figure also lists the other sources of its claim as the index's claims group
   * them (`claimSources`): for an index whose claims the rule matcher made on the seeds it was
   * written on (docs/decisions/040).
   */
  claimSources?: boolean;
}

/**
 * The verdict of one scored figure under `weights`, or null when no fact is likely enough to speak
 * to it. The figure is corroborated when the probability that a source states its claim with a
 * value that agrees (`figureMasses`) reaches the corroboration threshold, conflicting when the
 * value-blind probability that one states it with another value reaches the conflict threshold,
 * mixed when both do; each source whose own probability reaches half the threshold is listed with
 * its relation. Otherwise a source likely enough to measure the same thing makes it `related`.
 * A corroboration may also come from a source the page restates (`isCorroborated` with `support`,
 * the page's support: docs/decisions/043), and a corroborated figure's near counterparts in other
 * sources conflict (`counterpartConflicts`, docs/decisions/042).
 * See `DecideOptions` for what `options` change.
 */
export function decideFigure(prepared: PreparedIndex, s: ScoredFigure, weights: ModelWeights, options: DecideOptions = {}, support?: SupportSource): CheckedFigure | null {
  const t = weights.thresholds;
  const strongOnly = options.strongOnly ?? false;
  // A caller that keeps only strong verdicts does not need the `measure` model (most of this
  // function's time with boosted trees) nor "why" for a figure that cannot reach one.
  if (strongOnly && !mayBeStrong(s, weights, support)) return null;
  const evidence = sourceEvidence(s, weights);
  const mass = figureMasses(evidence);
  // Corroborated by a source at the corroboration threshold, or else by one the page restates.
  const restated = mass.agree < t.corroborate ? restatedSource(evidence, s.figure, weights, support) : null;
  const corroborated = mass.agree >= t.corroborate || restated !== null;
  const conflicting = mass.conflict >= t.conflict;
  const counterparts = corroborated ? counterpartConflicts(s, evidence, weights) : new Map<string, Counterpart>();
  const sources: Array<SourceMatch & { weight: number; chosen: Weighed }> = [];
  for (const [file, e] of evidence) {
    const source = prepared.sources.get(file);
    if (!source) continue;
    let chosen: Weighed | null = null;
    let relation: SourceMatch['relation'] = 'related';
    const counterpart = counterparts.get(file);
    if (corroborated && e.agree && e.agree.same >= t.corroborate * SOURCE_SHARE) [chosen, relation] = [e.agree, 'corroborates'];
    else if (conflicting && e.conflict && e.conflict.claim >= t.conflict * SOURCE_SHARE) [chosen, relation] = [e.conflict, 'conflicts'];
    else if (counterpart && isConflictingCounterpart(counterpart, weights)) [chosen, relation] = [counterpart.candidate, 'conflicts'];
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
          : `the same measure, not shown to be the same claim (${f.event.label})`;
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
  let plain: SourceMatch[] = sources.map(({ weight: _w, chosen: _c, ...m }) => m);
  if (options.claimSources && corroborated) plain = withClaimSources(prepared, s.figure, sources, plain);
  const verdict: Verdict = verdictOf(plain);
  const lead = sources[0]!;
  // "Why this matched" explains the claim found: a corroborating fact's evidence where there is one
  // (a counterpart's conflict rests on it), the restated source's when the corroboration rests on it.
  const explained = sources.find((m) => m.source === restated && m.relation === 'corroborates') ?? sources.find((m) => m.relation === 'corroborates') ?? lead;
  let why = explainPair(prepared, weights, s.side, explained.chosen, explained.outlet);
  // A corroboration that rests on the page's support says so.
  if (explained.source === restated) why += `. This page restates ${supportOf(support, explained.source, s.figure)} other figures of ${explained.outlet}'s report`;
  // And why the first counterpart taken as a conflict states the same claim.
  const counter = sources.find((m) => m.relation === 'conflicts' && counterparts.get(m.source)?.candidate === m.chosen);
  if (counter) {
    const asIf = { ...counter.chosen, features: counterparts.get(counter.source)!.asIf };
    why += `. ${counter.outlet}'s ${counter.text} is taken as the same claim with another value: ${explainPair(prepared, weights, s.side, asIf, counter.outlet, true)}`;
  }
  return {
    text: s.figure.text,
    start: s.figure.start,
    end: s.figure.end,
    value: s.figure.value,
    unit: s.figure.unit,
    measure: s.figure.measure,
    measureKey: s.figure.measureKey,
    verdict,
    reason: verdict === 'related' ? relatedReason(plain) : reasonFor(verdict, s.figure, plain),
    why,
    event: s.side.event.label,
    sources: plain,
  };
}
