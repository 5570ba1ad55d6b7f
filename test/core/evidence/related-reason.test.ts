/** The line of a figure the evidence engine ties only to a measure (core/evidence/decide.ts). */
import { describe, expect, it } from 'vitest';
import { relatedReason } from '../../../core/evidence/decide';
import type { SourceMatch } from '../../../core/model';

const source = (outlet: string, published: string | null, text: string): SourceMatch => ({
  source: `${outlet}.txt`,
  outlet,
  url: `https://${outlet}.test/a`,
  published,
  relation: 'related',
  certain: true,
  text,
  quote: `Liverpool agreed to pay ${text}.`,
  value: 126,
  event: 'Liverpool, undated',
  reason: 'the same measure, not shown to be the same claim (Liverpool, undated)',
});

describe('relatedReason', () => {
  it('says what the model found (the same measure), not that the event differs', () => {
    expect(relatedReason([source('news-247.top', null, 'up to £126 million')])).toBe('news-247.top (undated) reports the same measure (up to £126 million), not shown to be the same claim');
  });
  it('counts the further sources', () => {
    expect(relatedReason([source('LBC', '2025-06-13', '£116m'), source('SI', null, '£116.1 million'), source('CNN', null, '£116 million')])).toBe(
      'LBC (13 June 2025) and 2 more sources report the same measure (£116m), not shown to be the same claim',
    );
  });
});
