/** How labels are placed and met by the engine's figures, and how a page's counts add up. */
import { describe, expect, it } from 'vitest';
import { alignFigures, placeLabels } from '../../scripts/eval/align';
import { emptyTally, measures, rightDirection, tallyPage } from '../../scripts/eval/metrics';
import type { CheckedFigure } from '../../core/model';
import type { CorpusLabel, CorpusPage } from '../../scripts/lib/corpus';

const label = (figure: string, quote: string, expected: CorpusLabel['expected'], tier: CorpusLabel['tier'] = 'core'): CorpusLabel => ({
  page: 'p.txt', figure, quote, expected, tier, note: '', seed_support: [],
});
const figure = (text: string, start: number, verdict: CheckedFigure['verdict']): CheckedFigure => ({
  text, start, end: start + text.length, value: 0, unit: 'count', measure: '', measureKey: '', verdict, reason: '', why: '', event: '', sources: [],
});
const page: CorpusPage = { file: 'p.txt', url: 'https://example.com/p', outlet: 'E', published: null, dateBasis: null, kind: 'same-event', query: '' };

describe('placeLabels', () => {
  it('places repeated figures of one quote at successive occurrences', () => {
    const text = 'NDA 293, INDIA 233. BJP 240 and 240 again.';
    const placed = placeLabels(text, [label('240', 'BJP 240 and 240', 'corroborates'), label('240', 'BJP 240 and 240', 'corroborates', 'background')]);
    expect(placed.map((p) => [p.start, p.end])).toEqual([[24, 27], [32, 35]]);
  });
});

describe('alignFigures and tallyPage', () => {
  it('meets every figure inside a labelled range but counts the label once, counts a strong verdict on an unlabelled figure as wrong, and a missed core label', () => {
    const text = 'The range is 4.75%-5% now. Seats: 99. Turnout 65.79%.';
    const placed = placeLabels(text, [label('4.75%-5%', 'range is 4.75%-5%', 'corroborates'), label('65.79%', 'Turnout 65.79%', 'conflicts')]);
    const figures = [figure('4.75%', 13, 'corroborated'), figure('5%', 19, 'corroborated'), figure('99', 34, 'corroborated')];
    const { aligned, unmet } = alignFigures(figures, placed);
    expect(aligned.map((a) => a.label?.figure ?? null)).toEqual(['4.75%-5%', '4.75%-5%', null]);
    expect(unmet.map((l) => l.figure)).toEqual(['65.79%']);
    const t = emptyTally();
    tallyPage(t, { page, aligned, unmet });
    expect(t).toEqual({ coreWanted: 2, coreRight: 1, strong: 3, strongRight: 2, conflictWanted: 1, conflictRight: 0, negativeMarks: 0, strongOnRelated: 0, marks: 3, conflictGiven: 0, conflictGivenRight: 0 });
    expect(measures(t)).toEqual({ coreRecall: 1 / 2, precision: 2 / 3, conflictRecall: 0, negativeMarks: 0, strongOnRelated: 0 });
  });

  it('counts a label two figures meet as met when either gives its direction', () => {
    const text = 'The range is 4.75%-5% now.';
    const placed = placeLabels(text, [label('4.75%-5%', 'range is 4.75%-5%', 'conflicts')]);
    const { aligned, unmet } = alignFigures([figure('4.75%', 13, 'related'), figure('5%', 19, 'conflicting')], placed);
    const t = emptyTally();
    tallyPage(t, { page, aligned, unmet });
    expect([t.coreWanted, t.coreRight, t.conflictWanted, t.conflictRight, t.strong, t.strongRight]).toEqual([1, 1, 1, 1, 1, 1]);
  });

  it('counts conflicting and mixed verdicts given, and those on a figure labelled conflicts or mixed', () => {
    const text = 'NDA 293, INDIA 233. Turnout 65.79%.';
    const placed = placeLabels(text, [label('293', 'NDA 293', 'corroborates'), label('65.79%', 'Turnout 65.79%', 'conflicts')]);
    const { aligned, unmet } = alignFigures([figure('293', 4, 'mixed'), figure('233', 15, 'conflicting'), figure('65.79%', 28, 'conflicting')], placed);
    const t = emptyTally();
    tallyPage(t, { page, aligned, unmet });
    expect([t.conflictGiven, t.conflictGivenRight, t.conflictWanted, t.conflictRight]).toEqual([3, 1, 1, 1]);
  });

  it('counts mixed for both directions, and nothing strong for a related or none label', () => {
    expect(rightDirection('mixed', 'corroborates')).toBe(true);
    expect(rightDirection('mixed', 'conflicts')).toBe(true);
    expect(rightDirection('corroborated', 'conflicts')).toBe(false);
    expect(rightDirection('corroborated', 'related')).toBe(false);
    expect(rightDirection('related', 'none')).toBe(false);
  });
});
