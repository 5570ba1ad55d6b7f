/**
 * Learning the model from corpus topics: its three probabilities (same claim; same claim among the
 * pairs a conflict can rest on; same measure) from the topics' pairs, then the thresholds — chosen
 * on the training topics by cost (a wrong strong verdict costs `WRONG_COST` right ones, a wrong
 * conflict twice that); the `related` threshold the lowest that marks nothing on a negative
 * control. Deterministic.
 */
import { trainLogistic } from '../../core/evidence/logistic';
import { DEFAULT_BOOST, trainBoosted, type BoostOptions } from '../../core/evidence/boosted';
import { counterpartConflicts, figureMasses, isCorroborated, pageSupport, sourceEvidence, supportOf, type PageSupport, type SourceEvidence } from '../../core/evidence/decide';
import { blankWeights, type ModelWeights } from '../../core/evidence/model';
import type { Verdict } from '../../core/model';
import type { CorpusLabel } from '../lib/corpus';
import { rightDirection } from './metrics';
import { examples, type ScoredPage, type TopicData } from './topic-data';

/** How many right strong verdicts one wrong one costs when thresholds are chosen. */
export const WRONG_COST = 4;
const GRID = [...Array.from({ length: 39 }, (_, i) => Number((0.025 + i * 0.025).toFixed(3))), 0.985, 0.99, 0.995, 0.998, 0.999];

/** Per figure: the combined evidence the decision compares with its thresholds (see `decideFigure`). */
interface FigureBest {
  label: CorpusLabel | null;
  negative: boolean;
  agree: number;
  conflict: number;
  measure: number;
}

/** A training page's figures weighed once by the learned models (the thresholds do not change the evidence). */
interface WeighedPage {
  page: ScoredPage;
  evidence: Array<Map<string, SourceEvidence>>;
  /** The page's support (`pageSupport`), once the corroboration threshold is chosen. */
  support: PageSupport;
}

/**
 * The kind of model learned: boosted trees (decision 028), or with `--logistic` on the command line
 * the logistic regressions they replaced, for comparison.
 */
export const MODEL_KIND: 'boosted' | 'logistic' = process.argv.includes('--logistic') ? 'logistic' : 'boosted';

/**
 * Learns weights and thresholds from `topics`. `boost` changes the trees' options, for a
 * developer's run that should change nothing (`spread.ts`); what ships uses the defaults.
 */
export function learn(topics: readonly TopicData[], note: string, boost: Partial<BoostOptions> = {}): ModelWeights {
  const ex = examples(topics);
  const xs = ex.map((e) => e.x);
  const fit = (x: number[][], y: number[]) => (MODEL_KIND === 'boosted' ? trainBoosted(x, y, { ...DEFAULT_BOOST, ...boost }) : trainLogistic(x, y));
  const same = fit(xs, ex.map((e) => e.same));
  // The conflict model learns from the pairs a conflict can rest on (values disagree, counterparts):
  // which of them state the same claim.
  const disagreeing = ex.filter((e) => e.mayConflict);
  const claim = fit(disagreeing.map((e) => e.x), disagreeing.map((e) => e.same));
  const measure = fit(xs, ex.map((e) => e.measure));
  const positives = ex.filter((e) => e.same).length;
  const draft: ModelWeights = {
    ...blankWeights(`${note}: ${topics.map((t) => t.name).join(', ')} (${ex.length} pairs, ${positives} same-claim)`),
    same,
    claim,
    measure,
  };
  const pages = topics.flatMap((t) => t.pages.map((page) => ({ page, evidence: page.figures.map((f) => sourceEvidence(f, draft)) })));
  const bests = figureBests(pages);
  const { corroborate, conflict } = strongThresholds(bests);
  const related = relatedThreshold(bests, corroborate, conflict);
  const withStrong: ModelWeights = { ...draft, thresholds: { ...draft.thresholds, corroborate, conflict, related } };
  const weighed: WeighedPage[] = pages.map((p) => ({ ...p, support: pageSupport(p.page.figures, withStrong) }));
  const withSupport: ModelWeights = { ...withStrong, thresholds: { ...withStrong.thresholds, ...supportThresholds(weighed, withStrong) } };
  return { ...withSupport, thresholds: { ...withSupport.thresholds, ...counterpartThresholds(weighed, withSupport) } };
}

/** Candidate `supported` thresholds (above 1: never), and `support` counts. */
const SUPPORTED_GRID = [0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 2];
const SUPPORT_GRID = [1, 2, 3, 4, 5, 6, 8, 10, 12];

/**
 * The two thresholds of a corroboration from a source the page restates (`isCorroborated`), chosen
 * together on the training topics with the others fixed, by the cost `strongThresholds` uses: a
 * figure they make corroborated gains 1 when its label is a core corroboration (or conflict, mixed),
 * and costs `WRONG_COST` otherwise (twice on a negative control). Ties go to the stricter pair.
 */
function supportThresholds(pages: readonly WeighedPage[], weights: ModelWeights): { supported: number; support: number } {
  const t = weights.thresholds;
  const figures: Array<{ gain: number; sources: Array<{ same: number; support: number }> }> = [];
  for (const { page: p, evidence: weighed, support } of pages) {
    p.figures.forEach((f, i) => {
      const evidence = weighed[i]!;
      const m = figureMasses(evidence);
      if (m.agree >= t.corroborate || m.conflict >= t.conflict) return;
      const sources = [...evidence].filter(([, e]) => e.agree).map(([source, e]) => ({ same: e.agree!.same, support: supportOf(support, source, f.figure) }));
      if (sources.length === 0) return;
      const label = p.labelOf[i];
      const right = !!label && rightDirection('corroborated', label.expected);
      figures.push({ gain: right ? (label!.tier === 'core' ? 1 : 0) : -(WRONG_COST + (p.page.kind === 'negative' ? WRONG_COST : 0)), sources });
    });
  }
  const [supported, support] = bestPair(SUPPORTED_GRID, SUPPORT_GRID, (p, k) => {
    let score = 0;
    for (const f of figures) if (f.sources.some((x) => x.same >= p && x.support >= k)) score += f.gain;
    return score;
  }) ?? [2, SUPPORT_GRID[SUPPORT_GRID.length - 1]!];
  return { supported, support };
}

/**
 * The pair of thresholds from two grids whose `score` is highest and above zero,
 * ties going to the stricter pair (the higher first, then the higher second); null when no pair
 * scores above zero.
 */
function bestPair(as: readonly number[], bs: readonly number[], score: (a: number, b: number) => number): [number, number] | null {
  let best: { score: number; a: number; b: number } | null = null;
  for (const a of as) {
    for (const b of bs) {
      const s = score(a, b);
      const stricter = best !== null && (a > best.a || (a === best.a && b > best.b));
      if (s > (best?.score ?? 0) || (best !== null && s === best.score && stricter)) best = { score: s, a, b };
    }
  }
  return best && [best.a, best.b];
}

/** Candidate `counterpart` thresholds: P(same claim) as if agreeing; above 1, none is ever given. */
const COUNTERPART_GRID = [0.9, 0.925, 0.95, 0.96, 0.97, 0.975, 0.98, 0.985, 0.99, 0.995, 0.998, 2];
/** Candidate `nearValues` thresholds: values at most 1.05, 1.1, … times apart (`valuesClose` is 1 − |log10 ratio|), or any. */
const NEAR_GRID = [1.05, 1.1, 1.15, 1.2, 1.3, 1.5, 2].map((r) => Number((1 - Math.log10(r)).toFixed(4))).concat(0);

/**
 * The two thresholds a corroborated figure's counterpart conflict needs (`counterpartConflicts`),
 * chosen together on the training topics: a figure they turn mixed gains 2 when its label expects
 * a conflict, and costs twice a wrong corroboration otherwise (more on a negative control), as a
 * wrong conflict does in `strongThresholds`. Ties go to the stricter pair.
 */
function counterpartThresholds(pages: readonly WeighedPage[], weights: ModelWeights): { counterpart: number; nearValues: number } {
  const figures: Array<{ good: boolean; negative: boolean; counterparts: Array<{ p: number; close: number }> }> = [];
  for (const { page: p, evidence: weighed, support } of pages) {
    p.figures.forEach((f, i) => {
      const evidence = weighed[i]!;
      const m = figureMasses(evidence);
      if (!isCorroborated(evidence, f.figure, weights, support) || m.conflict >= weights.thresholds.conflict) return;
      const counterparts = [...counterpartConflicts(f, evidence, weights).values()].map(({ p, close }) => ({ p, close }));
      const label = p.labelOf[i];
      if (counterparts.length > 0) figures.push({ good: label?.expected === 'conflicts' || label?.expected === 'mixed', negative: p.page.kind === 'negative', counterparts });
    });
  }
  const [counterpart, nearValues] = bestPair(COUNTERPART_GRID, NEAR_GRID, (p, near) => {
    let score = 0;
    for (const f of figures) {
      if (!f.counterparts.some((c) => c.p >= p && c.close >= near)) continue;
      score += f.good ? 2 : -(2 * WRONG_COST + (f.negative ? WRONG_COST : 0));
    }
    return score;
  }) ?? [2, 1];
  return { counterpart, nearValues };
}

function figureBests(pages: ReadonlyArray<Omit<WeighedPage, 'support'>>): FigureBest[] {
  return pages.flatMap(({ page: p, evidence }) =>
    evidence.map((e, i) => {
      const m = figureMasses(e);
      return { label: p.labelOf[i] ?? null, negative: p.page.kind === 'negative', agree: m.agree, conflict: m.conflict, measure: m.measure };
    }),
  );
}

function verdictUnder(b: FigureBest, c: number, x: number, r: number): Verdict | null {
  const agree = b.agree >= c;
  const conflict = b.conflict >= x;
  if (agree && conflict) return 'mixed';
  if (conflict) return 'conflicting';
  if (agree) return 'corroborated';
  return b.measure >= r ? 'related' : null;
}

/**
 * The two strong thresholds, chosen in turn: the corroboration threshold with conflicts off, then
 * the conflict threshold given it. The two probabilities come from two models (with and without the
 * values), so their thresholds are not compared; a conflict needs more in another way: a wrong one
 * costs twice what a wrong corroboration does.
 */
function strongThresholds(bests: FigureBest[]): { corroborate: number; conflict: number } {
  const utility = (c: number, x: number, conflictCost: number): number => {
    let score = 0;
    for (const b of bests) {
      const v = verdictUnder(b, c, x, 2);
      if (!v) continue;
      const ok = !!b.label && rightDirection(v, b.label.expected);
      const conflict = v !== 'corroborated';
      if (!ok) score -= WRONG_COST * (conflict ? conflictCost : 1) + (b.negative ? WRONG_COST : 0);
      else {
        if (b.label!.tier === 'core') score += 1;
        if (conflict && (b.label!.expected === 'conflicts' || b.label!.expected === 'mixed')) score += 2;
      }
    }
    return score;
  };
  const argmax = (f: (v: number) => number): number => GRID.reduce((best, v) => (f(v) > f(best) ? v : best), GRID[GRID.length - 1]!);
  const corroborate = argmax((c) => utility(c, 2, 1));
  const conflict = argmax((x) => utility(corroborate, x, 2));
  return { corroborate, conflict };
}

function relatedThreshold(bests: FigureBest[], c: number, x: number): number {
  for (const r of GRID) {
    if (bests.every((b) => !b.negative || verdictUnder(b, c, x, r) === null)) return r;
  }
  return 1;
}
