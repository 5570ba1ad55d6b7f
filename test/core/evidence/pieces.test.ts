/** The pieces of the evidence engine (core/evidence): words, names, the lexical net, features, the learner. */
import { describe, expect, it } from 'vitest';
import { contentLemmas, namesIn } from '../../../core/evidence/terms';
import { buildIdf, weightedCosine } from '../../../core/evidence/idf';
import { headRelatedness, measureSimilarity } from '../../../core/evidence/lexical';
import { BEST_FOR_FIGURE, FEATURE_NAMES, markBest, specificity } from '../../../core/evidence/features';
import { predict, trainLogistic } from '../../../core/evidence/logistic';
import { shippedWeights, parseWeights } from '../../../core/evidence/model';
import { contentYear } from '../../../core/evidence/check-page';
import { extractFigures } from '../../../core/figures/extract-figures';

describe('words and names', () => {
  it('keeps content lemmas, singular, without function words', () => {
    expect(contentLemmas('The two leaders signed 40 cooperation agreements in Beijing')).toEqual(['leader', 'signed', 'cooperation', 'agreement', 'beijing']);
  });
  it('finds names in runs of capitals, but not a sentence opener the text never capitalises elsewhere', () => {
    expect([...namesIn('Officials said the Golden Dome would cost $175 billion, according to Donald Trump.')]).toEqual(['golden dome', 'donald trump']);
  });
  it('weighs shared words by their rarity', () => {
    const idf = buildIdf([new Set(['trade', 'china']), new Set(['trade', 'dome']), new Set(['trade'])]);
    expect(weightedCosine(new Set(['trade', 'dome']), new Set(['trade', 'dome']), idf)).toBeCloseTo(1, 10);
    expect(weightedCosine(new Set(['trade', 'dome']), new Set(['trade', 'china']), idf)).toBeLessThan(0.3);
  });
});

describe('the lexical net (WordNet nouns)', () => {
  it('relates synonyms and near kinds, and not words that only look alike', () => {
    expect(headRelatedness('agreement', 'accord')).toBe(1);
    expect(headRelatedness('jet', 'plane')).toBe(0.8);
    expect(headRelatedness('country', 'contract')).toBe(0);
    expect(measureSimilarity(['cooperation', 'agreement'], ['agreement'])).toBe(1);
  });
});

describe('features', () => {
  it('says how specific a value is by its significant digits', () => {
    const [toll, count, age] = extractFigures('The toll rose to 2,719. They signed 40 deals. He is 42.');
    expect([specificity(toll!), specificity(count!), specificity(age!)]).toEqual([1, 0, 0.5]);
  });
  it('marks the candidates nearest a figure in wording', () => {
    const zero = () => new Array<number>(FEATURE_NAMES.length).fill(0);
    const near = zero();
    near[FEATURE_NAMES.indexOf('measureSimilar')] = 1;
    const far = zero();
    far[FEATURE_NAMES.indexOf('contextCosine')] = 0.2;
    markBest([near, far]);
    expect([near[BEST_FOR_FIGURE], far[BEST_FOR_FIGURE]]).toEqual([1, 0]);
  });
  it('dates an undated page by the year it names most, and only when one year leads', () => {
    expect(contentYear(extractFigures('In 2007 the Fed cut. The 2007 cut followed 2006.', { keepCued: true }))).toBe(2007);
    expect(contentYear(extractFigures('In 2007 and 2008.', { keepCued: true }))).toBe(null);
  });
});

describe('the learner and the shipped weights', () => {
  it('learns the same weights from the same data, and separates what the data separates', () => {
    const xs: number[][] = [];
    const ys: number[] = [];
    for (let i = 0; i < 200; i++) {
      const a = (i % 10) / 10;
      const b = ((i * 7) % 10) / 10;
      xs.push([a, b]);
      ys.push(a - b > 0.1 ? 1 : 0);
    }
    const w1 = trainLogistic(xs, ys);
    expect(trainLogistic(xs, ys)).toEqual(w1);
    expect(predict(w1, [0.9, 0])).toBeGreaterThan(0.9);
    expect(predict(w1, [0, 0.9])).toBeLessThan(0.1);
  });
  it('ships weights for exactly the features this build computes', () => {
    expect(shippedWeights().features).toEqual([...FEATURE_NAMES]);
    expect(() => parseWeights({ ...shippedWeights(), features: ['x'] })).toThrow(/features do not match/);
  });
});
