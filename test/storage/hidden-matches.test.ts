/**
 * "Wrong match" reports (storage/hidden-matches.ts, issue 14): one figure on one page, told apart
 * from the same number elsewhere on the page by the words around it.
 */
import { describe, expect, test } from 'vitest';
import { figureContext, fromVersion1Key, hiddenMatchKey, hiddenMatchOf, isHidden } from '../../storage/hidden-matches';

const TEXT = 'Putin and Xi sign 42 agreements\n\nThe two sides signed 42 agreements covering energy and film, said the Kremlin.';

describe('figureContext', () => {
  test('takes the words around the figure, within its paragraph only', () => {
    const headline = TEXT.indexOf('42');
    const body = TEXT.indexOf('42', headline + 1);
    expect(figureContext(TEXT, headline, headline + 2)).toBe('Putin and Xi sign 42 agreements');
    // Whole words only: "he" of "The" is cut off by the 20 characters, so it is left out.
    expect(figureContext(TEXT, body, body + 2, 20)).toBe('two sides signed 42 agreements covering');
    expect(figureContext(TEXT, body, body + 2, 15)).toBe('sides signed 42 agreements');
  });
  test('does not depend on where the page was cut into texts', () => {
    const body = TEXT.indexOf('42', TEXT.indexOf('42') + 1);
    const alone = TEXT.slice(TEXT.indexOf('The two'));
    const at = alone.indexOf('42');
    expect(figureContext(alone, at, at + 2)).toBe(figureContext(TEXT, body, body + 2));
  });
});

describe('a report and the figures it hides', () => {
  const url = 'https://www.news.example/2026/05/21/summit?utm_medium=x';
  const headline = { text: '42', measureKey: 'agreement', measure: 'agreements', context: 'Putin and Xi sign 42 agreements' };
  const report = hiddenMatchOf(url, headline, new Date('2026-05-21T10:00:00Z'));

  test('names the site, the canonical page and the figure', () => {
    expect(report).toEqual({
      site: 'news.example',
      page: 'news.example/2026/05/21/summit',
      figure: '42',
      measureKey: 'agreement',
      measure: 'agreements',
      context: 'Putin and Xi sign 42 agreements',
      at: '2026-05-21T10:00:00.000Z',
    });
  });
  test('hides that figure on that page only', () => {
    expect(isHidden([report], 'news.example/2026/05/21/summit', headline)).toBe(true);
    expect(isHidden([report], 'news.example/2026/05/21/summit', { ...headline, context: 'The two sides signed 42 agreements covering' })).toBe(false);
    expect(isHidden([report], 'news.example/2026/05/22/other', headline)).toBe(false);
    expect(isHidden([report], 'news.example/2026/05/21/summit', { ...headline, measureKey: 'deal' })).toBe(false);
    expect(isHidden([], 'news.example/2026/05/21/summit', headline)).toBe(false);
  });
  test('a version-1 report hides the figure on its whole site, as it did', () => {
    const old = fromVersion1Key('news.example|42|agreement', '2026-01-01T00:00:00.000Z')!;
    expect(isHidden([old], 'news.example/anything', { ...headline, context: 'anything' })).toBe(true);
    expect(fromVersion1Key('no-bars', 'x')).toBeNull();
  });
  test('the key tells reports apart', () => {
    expect(hiddenMatchKey(report)).not.toBe(hiddenMatchKey({ ...report, context: 'other words' }));
    expect(hiddenMatchKey(report)).toBe(hiddenMatchKey({ ...report, at: 'later', measure: 'deals' } as typeof report));
  });
});
