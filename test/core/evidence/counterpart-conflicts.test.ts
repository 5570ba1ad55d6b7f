/**
 * A corroborated figure's conflicts (docs/decisions/042): another source's counterpart, weighed by
 * the corroboration model as if it stated the figure's value, conflicts when that probability and
 * the nearness of the two values reach the learned thresholds. Checked on real pages of the
 * corpus's election topic with the shipped weights, and against the same check with it off.
 */
import { describe, expect, it } from 'vitest';
import { checkPage, viewPage } from '../../../core/evidence/check-page';
import { prepareIndex } from '../../../core/evidence/evidence-index';
import { asIfAgreeing, FEATURE_NAMES } from '../../../core/evidence/features';
import { shippedWeights, type ModelWeights } from '../../../core/evidence/model';
import type { Figure } from '../../../core/model';
import { buildSeedIndexFor } from '../../../scripts/lib/build-seed-index';
import { loadCorpusTopic } from '../../../scripts/lib/corpus';
import { readCorpusPages } from '../../../scripts/eval/corpus-pages';

const at = (name: string) => FEATURE_NAMES.indexOf(name as (typeof FEATURE_NAMES)[number]);

describe('asIfAgreeing', () => {
  it('sets every feature that reads the values as for an equal value, and takes the index’s view of the value from the agreeing fact', () => {
    const x = FEATURE_NAMES.map(() => 0.25);
    x[at('measureSimilar')] = 0.6;
    x[at('windowOverlap')] = 0.3;
    x[at('contextCosine')] = 0.4;
    x[at('documentSimilarity')] = 0.7;
    const agreeing = FEATURE_NAMES.map(() => 0);
    agreeing[at('rareValueAgree')] = 0.5;
    agreeing[at('consensus')] = 0.8;
    const figure = { kind: 'count', text: '291', value: 291 } as Figure;
    const y = asIfAgreeing(x, figure, agreeing);
    const changed = FEATURE_NAMES.filter((_, i) => y[i] !== x[i]);
    expect(changed).toEqual(['valuesAgree', 'valuesClose', 'specificAgree', 'valuesEqual', 'rareValueAgree', 'equalAndMeasure', 'equalAndContext', 'equalAndDocument', 'consensus']);
    expect(changed.map((n) => y[at(n)])).toEqual([1, 1, 1, 1, 0.5, 0.6, 0.4, 0.7, 0.8]);
    // A value of two significant digits is half as specific ("42"), one of one not at all ("40"), as `specificity` has it.
    expect(asIfAgreeing(x, { kind: 'count', text: '42', value: 42 } as Figure, agreeing)[at('specificAgree')]).toBe(0.5);
    expect(asIfAgreeing(x, { kind: 'count', text: '40', value: 40 } as Figure, agreeing)[at('specificAgree')]).toBe(0);
  });
});

describe('counterpart conflicts on the election topic', () => {
  const topic = loadCorpusTopic('test/corpus/india-election-2024');
  const index = buildSeedIndexFor('test/corpus/india-election-2024/seeds', 'evidence', '2026-01-01T00:00:00Z');
  const pages = readCorpusPages(topic);
  const check = (file: string, weights: ModelWeights, figure: string) => {
    const { text, meta } = pages.find((p) => p.page.file === file)!;
    return checkPage(prepareIndex(index, weights), text, meta, viewPage(meta, text)).figures.filter((f) => f.text === figure);
  };
  const off: ModelWeights = { ...shippedWeights(), thresholds: { ...shippedWeights().thresholds, counterpart: 2 } };

  it('turns a page’s "INDIA bloc won 234" mixed: one seed states 234, another 230 for the same bloc', () => {
    const [figure] = check('p12-nationalherald-nda-292-india-234.txt', shippedWeights(), '234');
    expect(figure!.verdict).toBe('mixed');
    expect(figure!.sources.filter((s) => s.relation !== 'related').map((s) => [s.outlet, s.relation, s.text])).toEqual([
      ['The Tribune (India)', 'conflicts', '230'],
      ['The Siasat Daily', 'corroborates', '234'],
    ]);
    expect(figure!.reason).toBe('The Siasat Daily (5 June 2024) reports 234, The Tribune (India) (5 June 2024) reports 230; this page says 234');
    // The Tribune's "BJP … won 240 seats" is nearer in wording, but the page states 240 itself (BJP's count): not this figure's counterpart.
    expect(figure!.sources.some((s) => s.text === '240' && s.relation === 'conflicts')).toBe(false);
    // "Why" explains the corroboration, then why the counterpart is the same claim (its value left out).
    expect(figure!.why).toBe(
      "the same precise figure; 5+ other figures on this page are in The Siasat Daily's report; shared words: nda, india. " +
        "The Tribune (India)'s 230 is taken as the same claim with another value: 5+ other figures on this page are in The Tribune (India)'s report; same measure: seats; shared words: india, congress, seat",
    );
    expect(check('p12-nationalherald-nda-292-india-234.txt', off, '234')[0]!.verdict).toBe('corroborated');
  });

  it('lists the seeds that count 292 and 293 for the alliance against a page’s 291', () => {
    const figures = check('p01-canadianparvasi-nda-291-india-230.txt', shippedWeights(), '291');
    expect(figures.map((f) => f.verdict)).toEqual(['mixed', 'mixed', 'mixed']);
    // Each mention lists both (in the order of their probability, which differs between mentions).
    const conflicts = (f: (typeof figures)[number]) => f.sources.filter((s) => s.relation === 'conflicts').map((s) => [s.outlet, s.text, s.reason]).sort();
    expect(figures.map(conflicts)).toEqual(
      Array(3).fill([
        ['The Independent', '293', 'reports 293; this page says 291'],
        ['The Siasat Daily', '292', 'reports 292; this page says 291'],
      ]),
    );
    expect(check('p01-canadianparvasi-nda-291-india-230.txt', off, '291').map((f) => f.verdict)).toEqual(['corroborated', 'corroborated', 'corroborated']);
  });
});
