/**
 * Claims named by their subject and measure (core/text/claim-label.ts, issue 14): the search finds
 * "golden dome" under a title that says Golden Dome, and trade is "China–Russia trade".
 */
import { describe, expect, test } from 'vitest';
import seed from '../../../core/generated/seed-index.json';
import type { FactIndex } from '../../../core/model';
import { describeGroup, searchFacts } from '../../../core/search/search-facts';
import { buildSearchIndex } from '../../../core/search/search-index';
import { claimLabel, namedThing } from '../../../core/text/claim-label';

test('namedThing reads a quoted name and the nouns after it', () => {
  expect(namedThing('The section targets Trump’s proposed “Golden Dome” missile defense system.')).toBe('Golden Dome missile defense system');
  expect(namedThing('the “Power of Siberia 2” pipeline would carry gas')).toBe('Power of Siberia 2 pipeline');
  expect(namedThing('No name is quoted here.')).toBeNull();
});

describe('claimLabel', () => {
  const base = { measure: 'cooperation agreements', measureKey: 'agreement', unit: 'count', event: 'Beijing, May 2026', subject: ['China', 'Russia', 'Beijing'], texts: [] };
  test('by subject and measure', () => {
    expect(claimLabel({ ...base, texts: ['Xi and Putin signed 40 cooperation agreements.'] })).toBe('Agreements signed, Beijing, May 2026');
    expect(claimLabel({ ...base, texts: ['They left with 40 cooperation agreements.'] })).toBe('Cooperation agreements, Beijing, May 2026');
    expect(claimLabel({ ...base, measure: 'bilateral trade', measureKey: 'trade', unit: 'USD', event: '2025', subject: ['Russia', 'China', 'Moscow'] })).toBe('China–Russia trade, 2025');
    expect(claimLabel({ ...base, measure: 'interceptor network', measureKey: 'network', unit: 'USD', texts: ['It would cost $175 billion.', 'Trump’s proposed “Golden Dome” missile shield.'] })).toBe('Golden Dome missile shield: cost');
    expect(claimLabel({ ...base, measure: '', measureKey: '', unit: 'year', event: '2027' })).toBe('The year 2027');
    expect(claimLabel({ ...base, measure: 'joint declaration pages', measureKey: 'declaration/pages', unit: 'pages' })).toBe('Joint declaration: pages, Beijing, May 2026');
    expect(claimLabel({ ...base, measure: 'term', measureKey: 'term:donald-trump', unit: 'ordinal' })).toBe('Term of Donald Trump, Beijing, May 2026');
    expect(claimLabel({ ...base, measure: 'visit to China', measureKey: 'visit:china', unit: 'ordinal' })).toBe('Visit to China, Beijing, May 2026');
  });
});

describe('the seed index’s claims', () => {
  const si = buildSearchIndex(seed as unknown as FactIndex);
  test('are each named by subject and measure', () => {
    expect(si.groupKeys.map((k) => describeGroup(si, k, 0).title)).toEqual([
      'Agreements signed, Beijing, September 2025',
      'Agreements signed, Beijing, May 2026',
      'Visit to China, Beijing, May 2026',
      'Joint declaration: pages, Beijing, May 2026',
      'Number of days, Beijing, May 2026',
      'Term of Donald Trump, Beijing, May 2026',
      'The year 2023',
      'Golden Dome missile defense system: cost',
      'Invasion, February 2022',
      'The year 2027',
      'The year 2023',
      'China–Russia trade, 2025',
      'Gap length, Beijing, May 2026',
      'Official visit, March 20 to 22 (year unknown)',
      'Term of Xi, Moscow, undated',
    ]);
  });
  test('"golden dome" finds the Golden Dome’s cost by its name', () => {
    expect(searchFacts(si, 'golden dome')[0]?.title).toBe('Golden Dome missile defense system: cost');
  });
});
