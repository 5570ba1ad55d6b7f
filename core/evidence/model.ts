/**
 * The learned model: two logistic regressions over the features of `features.ts` — the
 * probability that a page figure and a fact state the same claim, and the probability that they
 * measure the same thing (of any event) — and the thresholds a verdict needs. The weights are
 * learned by `npm run train` from the labelled corpus and kept, reviewed, in `weights.json`.
 */
import { z } from 'zod';
import shipped from './weights.json';
import { FEATURE_NAMES } from './features';

/** The weights file: weights in `FEATURE_NAMES` order, bias first, and the thresholds. */
export const ModelWeightsSchema = z.object({
  version: z.literal(1),
  features: z.array(z.string()),
  /** Weights of P(same claim). */
  same: z.array(z.number()),
  /** Weights of P(same claim) for a pair whose values disagree, learned from such pairs only: what a conflict needs. */
  claim: z.array(z.number()),
  /** Weights of P(same measure, any event). */
  measure: z.array(z.number()),
  thresholds: z.object({
    /** P(same claim) a corroboration needs. */
    corroborate: z.number(),
    /** P(same claim) a conflict needs (at least the corroboration's). */
    conflict: z.number(),
    /** P(same measure) a `related` mark needs. */
    related: z.number(),
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
    if (w[k].length !== FEATURE_NAMES.length + 1) throw new Error(`weights.json: ${k} has ${w[k].length} weights, needs ${FEATURE_NAMES.length + 1}`);
  }
  return w;
}

/** The weights the extension ships. */
export const SHIPPED_WEIGHTS: ModelWeights = parseWeights(shipped);
