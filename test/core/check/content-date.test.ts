/** An undated page dated by its content (core/check/content-date.ts, docs/decisions/035). */
import { describe, expect, it } from 'vitest';
import { contentDate, dateLineFor } from '../../../core/check/content-date';
import type { CheckedFigure, SourceMatch } from '../../../core/model';

function source(file: string, published: string | null, relation: SourceMatch['relation'] = 'corroborates', certain = true): SourceMatch {
  return { source: file, outlet: file, url: `https://${file}.test/a`, published, relation, certain, text: '47', quote: 'q', value: 47, event: 'e', reason: 'r' };
}

function figure(text: string, verdict: CheckedFigure['verdict'], sources: SourceMatch[]): CheckedFigure {
  return { text, start: 0, end: text.length, value: 0, unit: 'count', measure: '', measureKey: '', verdict, reason: '', why: '', event: '', sources };
}

describe('contentDate', () => {
  it('dates the page to the month of the dated sources that certainly corroborate its figures', () => {
    const figures = [figure('47-page', 'corroborated', [source('courant', '2026-05-20')]), figure('25th', 'corroborated', [source('courant', '2026-05-20'), source('other', '2026-05')])];
    expect(contentDate(figures)).toEqual({ value: 'May 2026', basis: 'its content ("47-page", "25th", as sources of that month report)', figures: ['47-page', '25th'] });
  });

  it('leaves the page undated when corroborating sources fall in two months (no guess between two events)', () => {
    const figures = [figure('47-page', 'corroborated', [source('courant', '2026-05-20')]), figure('20', 'corroborated', [source('republic', '2025-09')])];
    expect(contentDate(figures)).toBeNull();
  });

  it('reads nothing from undated sources, possible relations, conflicts or figures without a corroborated verdict', () => {
    expect(contentDate([figure('42', 'corroborated', [source('review', null)])])).toBeNull();
    expect(contentDate([figure('42', 'related', [source('courant', '2026-05-20', 'corroborates', false)])])).toBeNull();
    expect(contentDate([figure('42', 'conflicting', [source('courant', '2026-05-20', 'conflicts')])])).toBeNull();
    expect(contentDate([figure('42', 'mixed', [source('courant', '2026-05-20')])])).toBeNull();
    expect(contentDate([])).toBeNull();
  });
});

describe('dateLineFor', () => {
  const date = { value: 'May 2026', basis: 'its content ("47-page", "25th", as sources of that month report)', figures: ['47-page', '25th'] };

  it('names every dating figure on the line of a figure that did not date the page', () => {
    expect(dateLineFor('42', date)).toBe('the page, undated, dated by its content ("47-page", "25th", as sources of that month report)');
  });

  it('never names a figure as its own evidence: the others, or "this figure" when it alone dated the page', () => {
    expect(dateLineFor('25th', date)).toBe('the page, undated, dated by its content ("47-page", as sources of that month report)');
    expect(dateLineFor('47-page', { ...date, figures: ['47-page'] })).toBe('the page, undated, dated by its content (this figure, as sources of that month report)');
  });
});
