import { describe, expect, it } from 'vitest';
import { parseQuery, searchWords } from '../../../core/search/query';
import { searchFacts } from '../../../core/search/search-facts';
import { buildSearchIndex } from '../../../core/search/search-index';
import { fact, fixtureIndex } from '../../support/search-fixture';

const si = buildSearchIndex(fixtureIndex());
const first = (q: string) => searchFacts(si, q)[0]?.claimId;
const ids = (q: string) => searchFacts(si, q).map((g) => g.claimId);

describe('parseQuery', () => {
  it('separates quantities with their scale from words', () => {
    expect(parseQuery('trade $228bn 2025')).toEqual({
      numbers: [
        { text: '$228bn', mantissa: 228, scale: 1e9 },
        { text: '2025', mantissa: 2025, scale: null },
      ],
      words: ['trade'],
    });
  });
  it('reads thousands separators and decimals', () => {
    expect(parseQuery('1,250 tonnes 3.5 million').numbers.map((n) => [n.mantissa, n.scale])).toEqual([
      [1250, null],
      [3.5, 1e6],
    ]);
  });
  it('keeps names with digits as words but not bare numbers', () => {
    expect(searchWords('The Chang-e 7 agreements')).toEqual(['chang', 'agreement']);
  });
});

describe('searchFacts', () => {
  it('forgives typos and finds the claim with its spread across sources', () => {
    const [g] = searchFacts(si, 'agrements 40');
    expect(g?.claimId).toBe('c-agree');
    expect(g?.title).toBe('Agreements signed, Beijing, May 2026');
    expect(g?.spread).toBe('40 (American Courant) · 42 (The Review Co, undated)');
    expect(g?.conflicting).toBe(true);
    expect(g?.facts.map((f) => f.outlet)).toEqual(['American Courant', 'The Review Co']);
  });
  it('ignores word order and matches word prefixes', () => {
    expect(first('golden dom')).toBe('c-dome');
    expect(first('dome golden')).toBe('c-dome');
    expect(first('siberia pipeline')).toBe('c-gas');
    expect(first('pipelin siberai')).toBe('c-gas');
  });
  it('matches a bare number at any scale', () => {
    expect(ids('228')).toEqual(['c-trade-2025']);
    expect(ids('175')).toEqual(['c-dome']);
    expect(ids('228 million')).toEqual([]);
    expect(ids('228 billion')).toEqual(['c-trade-2025']);
  });
  it('narrows by quantity, then ranks by words', () => {
    expect(ids('40 agreements')).toEqual(['c-agree']);
    expect(ids('42')).toEqual(['c-agree']);
  });
  it('reads a year as the event year', () => {
    expect(ids('trade 2025')).toEqual(['c-trade-2025']);
    expect(ids('trade 2024')).toEqual(['c-trade-2024']);
    expect(ids('trade').sort()).toEqual(['c-trade-2024', 'c-trade-2025']);
  });
  it('searches outlets and measures through synonyms in sentences', () => {
    expect(first('review co')).toBe('c-agree');
    expect(first('deals')).toBe('c-agree');
  });
  it('returns nothing for an empty query or unknown words', () => {
    expect(searchFacts(si, '   ')).toEqual([]);
    expect(searchFacts(si, 'basketball')).toEqual([]);
  });
  it('tolerates one unknown word in a longer query, ranking full matches first', () => {
    expect(first('golden dome xyzzy')).toBe('c-dome');
    expect(first('review co 42')).toBe('c-agree');
  });
  it('gives the same answers when asked again (scratch state is reset)', () => {
    const once = ids('trade 2025');
    ids('golden dom');
    ids('40');
    expect(ids('trade 2025')).toEqual(once);
  });
  it('falls back to words when the quantity is nowhere', () => {
    expect(first('golden dome 999')).toBe('c-dome');
  });
});

describe('searchFacts on a large claim', () => {
  it('lists at most 30 facts and 8 values, and says how many more', () => {
    const base = fixtureIndex();
    const many = Array.from({ length: 50 }, (_, i) =>
      fact({ id: `m${i}`, source: 'ac.txt', text: String(100 + i), value: 100 + i, measure: 'widgets', measureKey: 'widget', sentence: `They made ${100 + i} widgets.`, claimId: 'c-many' }),
    );
    const claim = { ...base.claims[0]!, id: 'c-many', measure: 'widgets', measureKey: 'widget', factIds: many.map((f) => f.id), conflict: [] };
    const big = buildSearchIndex({ ...base, facts: [...base.facts, ...many], claims: [...base.claims, claim] });
    const [g] = searchFacts(big, 'widgets');
    expect(g?.factCount).toBe(50);
    expect(g?.facts).toHaveLength(30);
    expect(g?.spread.split(' · ')).toHaveLength(9);
    expect(g?.spread.endsWith(' · 42 more')).toBe(true);
    expect(searchFacts(big, 'widgets', 0)).toEqual([]);
  });
});
