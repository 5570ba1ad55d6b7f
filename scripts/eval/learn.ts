/**
 * Learning the model from corpus topics: the two logistic regressions from the topics' pairs, then
 * the thresholds — those that keep strong verdicts at least `PRECISION_FLOOR` precise on the
 * training topics, chosen to get the most core figures and conflicts right; the
 * `related` threshold the lowest that marks nothing on a negative control. Deterministic.
 */
import { FEATURE_NAMES } from '../../core/evidence/features';
import { trainLogistic } from '../../core/evidence/logistic';
import { anyOf, sourceEvidence } from '../../core/match/check-page';
import { withoutValues, type ModelWeights } from '../../core/evidence/model';
import type { Verdict } from '../../core/model';
import type { CorpusLabel } from '../lib/corpus';
import { rightDirection } from './metrics';
import { examples, type TopicData } from './topic-data';

/** The precision strong verdicts must keep on the training topics. */
export const PRECISION_FLOOR = 0.975;
const GRID = Array.from({ length: 39 }, (_, i) => Number((0.025 + i * 0.025).toFixed(3)));

/** Per figure: the combined evidence the decision compares with its thresholds (see `decideFigure`). */
interface FigureBest {
  label: CorpusLabel | null;
  negative: boolean;
  agree: number;
  conflict: number;
  measure: number;
}

/** Learns weights and thresholds from `topics`. */
export function learn(topics: readonly TopicData[], note: string): ModelWeights {
  const ex = examples(topics);
  const xs = ex.map((e) => e.x);
  const same = trainLogistic(xs, ex.map((e) => e.same));
  const claim = trainLogistic(xs.map(withoutValues), ex.map((e) => e.same));
  const measure = trainLogistic(xs, ex.map((e) => e.measure));
  const positives = ex.filter((e) => e.same).length;
  const draft: ModelWeights = {
    version: 1,
    features: [...FEATURE_NAMES],
    same,
    claim,
    measure,
    thresholds: { corroborate: 1, conflict: 1, related: 1 },
    trainedOn: `${note}: ${topics.map((t) => t.name).join(', ')} (${ex.length} pairs, ${positives} same-claim)`,
  };
  const bests = figureBests(topics, draft);
  const { corroborate, conflict } = strongThresholds(bests);
  const related = relatedThreshold(bests, corroborate, conflict);
  return { ...draft, thresholds: { corroborate, conflict, related } };
}

function figureBests(topics: readonly TopicData[], weights: ModelWeights): FigureBest[] {
  const out: FigureBest[] = [];
  for (const t of topics) {
    for (const p of t.pages) {
      p.figures.forEach((f, i) => {
        const ev = [...sourceEvidence(f, weights).values()];
        out.push({
          label: p.labelOf[i] ?? null,
          negative: p.page.kind === 'negative',
          agree: anyOf(ev.map((e) => e.agree?.same ?? 0)),
          conflict: anyOf(ev.map((e) => e.conflict?.claim ?? 0)),
          measure: Math.max(0, ...ev.map((e) => e.measure?.measure ?? 0)),
        });
      });
    }
  }
  return out;
}

function verdictUnder(b: FigureBest, c: number, x: number, r: number): Verdict | null {
  const agree = b.agree >= c;
  const conflict = b.conflict >= x;
  if (agree && conflict) return 'mixed';
  if (conflict) return 'conflicting';
  if (agree) return 'corroborated';
  return b.measure >= r ? 'related' : null;
}

function strongThresholds(bests: FigureBest[]): { corroborate: number; conflict: number } {
  let best = { corroborate: 0.95, conflict: 0.95, score: -Infinity, precision: 0 };
  for (const c of GRID) {
    for (const x of GRID.filter((v) => v >= c)) {
      let strong = 0;
      let right = 0;
      let negatives = 0;
      let gain = 0;
      for (const b of bests) {
        const v = verdictUnder(b, c, x, 2);
        if (!v) continue;
        strong++;
        if (b.negative) negatives++;
        const ok = !!b.label && rightDirection(v, b.label.expected);
        if (ok) {
          right++;
          if (b.label!.tier === 'core') gain++;
          if (v !== 'corroborated' && (b.label!.expected === 'conflicts' || b.label!.expected === 'mixed')) gain += 2;
        }
      }
      const precision = strong ? right / strong : 1;
      const feasible = precision >= PRECISION_FLOOR;
      const score = feasible ? gain : -1e6 + precision * 1e5 - negatives;
      if (score > best.score) best = { corroborate: c, conflict: x, score, precision };
    }
  }
  return { corroborate: best.corroborate, conflict: best.conflict };
}

function relatedThreshold(bests: FigureBest[], c: number, x: number): number {
  for (const r of GRID) {
    if (bests.every((b) => !b.negative || verdictUnder(b, c, x, r) === null)) return r;
  }
  return 1;
}
