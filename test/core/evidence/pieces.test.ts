/** The pieces of the evidence engine (core/evidence): words, names, the lexical net, features, the learner. */
import { describe, expect, it } from 'vitest';
import { contentLemmas, namesIn } from '../../../core/evidence/terms';
import { buildIdf, weightedCosine } from '../../../core/evidence/idf';
import { headRelatedness, measureSimilarity } from '../../../core/evidence/lexical';
import { BEST_FOR_FIGURE, FEATURE_NAMES, markBest, specificity } from '../../../core/evidence/features';
import { predict, trainLogistic } from '../../../core/evidence/logistic';
import { DEFAULT_BOOST, predictBoosted, trainBoosted, type Boosted } from '../../../core/evidence/boosted';
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
  it('splits boosted trees on a fixed grid, so a few more rows with new values leave the split points where they were', () => {
    const xs: number[][] = [];
    const ys: number[] = [];
    for (let i = 0; i < 400; i++) {
      const a = ((i * 37) % 101) / 100;
      const b = ((i * 53) % 97) / 96;
      xs.push([a, b]);
      ys.push(a > 0.55 ? 1 : 0);
    }
    const splits = (m: Boosted) => [...new Set(m.trees.flat().flatMap((n) => ('t' in n ? [`${n.f}:${n.t}`] : [])))].sort();
    const opts = { ...DEFAULT_BOOST, rounds: 10 };
    const grid = trainBoosted(xs, ys, opts);
    // Every split point is a multiple of 1/16, and the first cut is the grid's nearest above the data's (0.55).
    expect(splits(grid).every((s) => Number.isInteger(Number(s.split(':')[1]) * 16))).toBe(true);
    expect(grid.trees[0]![0]).toEqual({ f: 0, t: 0.5625, l: 1, r: 2 });
    expect(predictBoosted(grid, [0.9, 0.5])).toBeGreaterThan(0.5);
    expect(predictBoosted(grid, [0.1, 0.5])).toBeLessThan(0.5);
    // Three more rows that follow the same rule, with values never seen: the split points stay.
    const more = [...xs, [0.1234, 0.4567], [0.9876, 0.1234], [0.0456, 0.7891]];
    const moreYs = [...ys, 0, 1, 0];
    expect(splits(trainBoosted(more, moreYs, opts))).toEqual(splits(grid));
    // Quantile split points are values of the data: here its own boundary.
    expect(splits(trainBoosted(xs, ys, { ...opts, fixedGrid: false }))).toEqual(['0:0.56']);
  });
  it('ships weights for exactly the features this build computes', () => {
    expect(shippedWeights().features).toEqual([...FEATURE_NAMES]);
    expect(() => parseWeights({ ...shippedWeights(), features: ['x'] })).toThrow(/features do not match/);
  });
});
