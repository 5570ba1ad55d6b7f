/**
 * How agreeing figures are worded (core/match/reason-text.ts, issue 14): a page saying "more than
 * 20" is not told a source reporting 42 reports it "as this page does", but that 42 is within
 * "more than 20".
 */
import { describe, expect, test } from 'vitest';
import { extractFigures } from '../../../core/figures/extract-figures';
import { assembleIndex } from '../../../core/index/assemble-index';
import { extractSourceFacts } from '../../../core/index/extract-source-facts';
import { checkPage } from '../../../core/match/check-page';
import { prepareIndex } from '../../../core/match/prepare-index';
import { agreeingSourceReason, agreementOf, corroborationText } from '../../../core/match/reason-text';

/** The first figure of a text, as the extractor reads it. */
const fig = (text: string) => extractFigures(text)[0]!;

describe('agreementOf', () => {
  test('tells the same figure from one within a range', () => {
    expect(agreementOf(fig('They signed 40 agreements.'), fig('They signed forty agreements.'))).toBe('same');
    expect(agreementOf(fig('They signed more than 20 agreements.'), fig('They signed 42 agreements.'))).toBe('source-within-page');
    expect(agreementOf(fig('They signed 42 agreements.'), fig('They signed more than 20 agreements.'))).toBe('page-within-source');
    expect(agreementOf(fig('They signed more than 20 agreements.'), fig('They signed over 20 agreements.'))).toBe('same');
    expect(agreementOf(fig('Trade was about $230 billion.'), fig('Trade was approximately $228 billion.'))).toBe('close');
  });
});

describe('the words', () => {
  test('of one agreeing source', () => {
    expect(agreeingSourceReason('same', '40', '40')).toBe('reports 40, as this page does');
    expect(agreeingSourceReason('source-within-page', 'more than 20', '42')).toBe("reports 42, which is within this page's 'more than 20'");
    expect(agreeingSourceReason('page-within-source', '42', 'more than 20')).toBe("reports 'more than 20', which this page's 42 is within");
    expect(agreeingSourceReason('close', 'about $230 billion', 'approximately $228 billion')).toBe("reports approximately $228 billion, close to this page's about $230 billion");
  });
  test('of the verdict', () => {
    expect(corroborationText('same', '40', '40', false)).toBe('also reports 40');
    expect(corroborationText('same', '40', '40', true)).toBe('also report 40');
    expect(corroborationText('source-within-page', 'more than 20', '42', false)).toBe("reports 42: 42 is within 'more than 20'");
    expect(corroborationText('page-within-source', '42', 'more than 20', false)).toBe("reports 'more than 20': 42 is within 'more than 20'");
  });
});

test('a page saying "more than 20" against a source reporting 42: 42 is within "more than 20"', () => {
  const source = extractSourceFacts(
    { file: 'harbour', url: 'https://harbour.test/a', outlet: 'Harbour Ledger', title: 'Xi and Putin in Beijing', published: '2026-05-20', place: 'Beijing', reports: 'The Beijing summit' },
    'BEIJING, May 20, 2026. Chinese President Xi Jinping and Russian President Vladimir Putin signed 42 cooperation agreements in Beijing on Wednesday.',
    'seed',
  );
  const prepared = prepareIndex(assembleIndex([source], '2026-05-21T00:00:00.000Z'));
  const page = 'Xi and Putin in Beijing\n\nBEIJING, May 21, 2026. Chinese President Xi Jinping and Russian President Vladimir Putin signed more than 20 cooperation agreements in Beijing on Wednesday, officials said.';
  const meta = { url: 'https://other.test/story', title: 'Xi and Putin in Beijing', dates: [{ value: '2026-05-21', basis: 'article:published_time' }], byline: null, siteName: null };
  const [figure] = checkPage(prepared, page, meta).figures;
  expect(figure?.text).toBe('more than 20');
  expect(figure?.verdict).toBe('corroborated');
  expect(figure?.reason).toBe("Harbour Ledger (20 May 2026) reports 42: 42 is within 'more than 20'");
  expect(figure?.sources[0]?.reason).toBe("reports 42, which is within this page's 'more than 20'");
});
