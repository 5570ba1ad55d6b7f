/**
 * "Why this matched", in words: the evidence that weighed most for the deciding fact ("same
 * measure: agreements; shared words: golden, dome; 3 other figures on this page are in
 * American Courant's report"), read from the features and their learned weights.
 */
import type { SideView } from './features';
import { FEATURE_NAMES } from './features';
import type { PreparedIndex } from './evidence-index';
import type { ScoredCandidate } from './scored-candidate';
import type { ModelWeights } from './model';
import { contributions } from './boosted';

/** How many pieces of evidence the sentence lists. */
const SHOWN = 3;

/**
 * The evidence for one pair, strongest first, as one line. With `valueBlind` (a counterpart weighed
 * as if it stated the figure's value, docs/decisions/042) the evidence of the values themselves is
 * left out — what makes it the same claim is everything else — and so is whether this page is dated
 * (the corroboration's line before it says so).
 */
export function explainPair(prepared: PreparedIndex, weights: ModelWeights, page: SideView, chosen: ScoredCandidate, outlet: string, valueBlind = false): string {
  const fact = prepared.viewOf(chosen.fact);
  const w = weights.same;
  const moved = Array.isArray(w) ? chosen.features.map((x, i) => (w[i + 1] ?? 0) * x) : contributions(w, chosen.features, FEATURE_NAMES.length);
  const parts: Array<[number, string]> = [];
  FEATURE_NAMES.forEach((name, i) => {
    const contribution = moved[i]!;
    if (contribution <= 0 || (valueBlind && name === 'specificAgree')) return;
    const text = phrase(name, page, fact, chosen.features[i]!, outlet, prepared);
    if (text) parts.push([contribution, text]);
  });
  parts.sort((a, b) => b[0] - a[0]);
  const seen = new Set<string>();
  const lines = parts.map(([, t]) => t).filter((t) => (seen.has(t) ? false : (seen.add(t), true)));
  // A value-blind line follows the corroboration's, which has said whether this page is dated.
  const undated = valueBlind ? !fact.event.time : !page.event.time || !fact.event.time;
  const head = lines.slice(0, SHOWN).join('; ') || 'the same kind of figure';
  return undated ? `${head} (matched on content alone: ${!page.event.time && !valueBlind ? 'this page' : 'the source'} gives no date)` : head;
}

function phrase(name: (typeof FEATURE_NAMES)[number], page: SideView, fact: SideView, value: number, outlet: string, prepared: PreparedIndex): string | null {
  switch (name) {
    case 'measureSame':
    case 'measureSimilar':
      return fact.figure.measure ? `same measure: ${fact.figure.measure}` : null;
    case 'sentenceCosine':
    case 'factCoverage':
    case 'contextCosine': {
      const shared = [...page.terms].filter((t) => fact.terms.has(t) || fact.context.has(t)).sort((a, b) => prepared.idf.of(b) - prepared.idf.of(a));
      return shared.length ? `shared words: ${shared.slice(0, 4).join(', ')}` : null;
    }
    case 'nameOverlap': {
      const shared = [...page.names].filter((n) => fact.names.has(n));
      return shared.length ? `same names: ${shared.slice(0, 3).join(', ')}` : null;
    }
    case 'placeSame':
      return `same place: ${[...page.places].find((p) => fact.places.has(p))}`;
    case 'timeSame':
      return `same time: ${fact.event.label}`;
    case 'documentSimilarity':
      return `this page reads like ${outlet}'s report`;
    case 'otherFigures': {
      const n = Math.round(value * 5);
      return `${n}${n >= 5 ? '+' : ''} other figure${n === 1 ? '' : 's'} on this page ${n === 1 ? 'is' : 'are'} in ${outlet}'s report`;
    }
    case 'specificAgree':
      return `the same precise figure`;
    default:
      return null;
  }
}
