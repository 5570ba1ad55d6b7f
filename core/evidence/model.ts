/**
 * The learned model: three probabilities over the features of `features.ts` — that a page figure
 * and a fact state the same claim; the same among pairs whose values disagree (what a conflict
 * rests on); and that they measure the same thing, of any event — each boosted trees (or logistic
 * weights), and the thresholds a verdict needs. The weights are
 * learned by `npm run train` from the labelled corpus and kept, reviewed, in `weights.json`.
 */
import { z } from 'zod/mini';
import shipped from './weights.json';
import { FEATURE_NAMES } from './features';
import { predictBoosted, type Boosted, type TreeNode } from './boosted';
import { predict } from './logistic';

const TreeNodeSchema = z.union([z.object({ f: z.number(), t: z.number(), l: z.number(), r: z.number() }), z.object({ v: z.number() })]);
/** One of the model's probabilities: logistic weights (bias first) or boosted trees. */
const ScorerSchema = z.union([z.array(z.number()), z.object({ base: z.number(), trees: z.array(z.array(TreeNodeSchema)) })]);
/** One of the model's probabilities, as stored. */
export type Scorer = number[] | Boosted;

/** The probability a scorer gives a feature vector. */
export function probability(s: Scorer, x: readonly number[]): number {
  return Array.isArray(s) ? predict(s, x) : predictBoosted(s, x);
}

/** The weights file: weights in `FEATURE_NAMES` order, bias first, and the thresholds. */
export const ModelWeightsSchema = z.object({
  version: z.literal(1),
  features: z.array(z.string()),
  /** Weights of P(same claim). */
  same: ScorerSchema,
  /** Weights of P(same claim) for a pair whose values disagree, learned from such pairs only: what a conflict needs. */
  claim: ScorerSchema,
  /** Weights of P(same measure, any event). */
  measure: ScorerSchema,
  thresholds: z.object({
    /** P(same claim) a corroboration needs. */
    corroborate: z.number(),
    /** P(same claim) a conflict needs (at least the corroboration's). */
    conflict: z.number(),
    /** P(same measure) a `related` mark needs. */
    related: z.number(),
    /**
     * P(same claim) a disagreeing counterpart of a corroborated figure needs, weighed as if it
     * stated the figure's value (`asIfAgreeing`), to be listed as a conflict: docs/decisions/042.
     */
    counterpart: z.number(),
    /** How near (`valuesClose`) such a counterpart's value must be to the figure's: one claim misreported, not another claim. */
    nearValues: z.number(),
    /**
     * P(same claim) a corroboration needs from a source that corroborates at least `support` of the
     * page's other values (`pageSupport`): a page that restates much of one report. docs/decisions/043.
     */
    supported: z.number(),
    /** How many of the page's other values that source must corroborate. */
    support: z.number(),
  }),
  /** How the weights were learned: topics, examples, date. */
  trainedOn: z.string(),
});
export type ModelWeights = z.infer<typeof ModelWeightsSchema>;

/** Checks a weights object against the features this build computes. Throws naming the field. */
export function parseWeights(raw: unknown): ModelWeights {
  const w = ModelWeightsSchema.parse(raw);
  if (w.features.join() !== FEATURE_NAMES.join()) throw new Error(`weights.json: features do not match this build's (${FEATURE_NAMES.join(', ')})`);
  for (const k of ['same', 'claim', 'measure'] as const) {
    const s = w[k];
    if (!Array.isArray(s)) {
      const inRange = (i: number, n: number) => Number.isInteger(i) && i >= 0 && i < n;
      for (const tree of s.trees as TreeNode[][]) {
        for (const n of tree) {
          if ('f' in n && !(inRange(n.f, FEATURE_NAMES.length) && inRange(n.l, tree.length) && inRange(n.r, tree.length))) throw new Error(`weights.json: ${k} has a tree node out of range`);
        }
      }
      continue;
    }
    if (s.length !== FEATURE_NAMES.length + 1) throw new Error(`weights.json: ${k} has ${s.length} weights, needs ${FEATURE_NAMES.length + 1}`);
  }
  return w;
}

let cached: ModelWeights | null = null;

/** The weights the extension ships, checked when first asked for (so `npm run train` can replace stale ones). */
export function shippedWeights(): ModelWeights {
  return (cached ??= parseWeights(shipped));
}

/** Weights that decide nothing (every threshold at 1): for preparing an index that is scored with weights learned later. */
export function blankWeights(note = 'blank'): ModelWeights {
  const zeros = () => Array<number>(FEATURE_NAMES.length + 1).fill(0);
  return { version: 1, features: [...FEATURE_NAMES], same: zeros(), claim: zeros(), measure: zeros(), thresholds: { corroborate: 1, conflict: 1, related: 1, counterpart: 2, nearValues: 1, supported: 2, support: Number.MAX_SAFE_INTEGER }, trainedOn: note };
}
