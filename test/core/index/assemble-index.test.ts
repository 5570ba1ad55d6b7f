/**
 * assembleIndex at scale (docs/decisions/036): claims keep at most MAX_PAIRS pairs of each kind, the
 * first in order, and still flag their conflict; clustering by event and by nearest value gives
 * what it gave before on the bundled index and on hand-made cases.
 */
import { describe, expect, it } from 'vitest';
import seed from '../../../core/generated/seed-index.json';
import { assembleIndex, sourceEntries } from '../../../core/index/assemble-index';
import { MAX_PAIRS } from '../../../core/index/claim-pairs';
import type { EventRef, Fact, FactIndex, Interval, SourceFacts } from '../../../core/model';
import { fact } from '../../support/search-fixture';

const may2026: EventRef = { time: { from: '2026-05-20', to: '2026-05-20', precision: 'day' }, timeBasis: 'sentence', place: 'Beijing', label: 'Beijing, May 2026' };
const undated: EventRef = { time: null, timeBasis: 'none', place: null, label: 'undated' };

/** One source per fact, so every two facts may pair. */
function entries(facts: Fact[]): SourceFacts[] {
  return facts.map((f) => ({
    source: { file: f.source, outlet: f.source, title: f.source, url: `https://example.org/${f.source}`, published: null, place: null, reports: f.source, origin: 'user', entities: ['China'] },
    facts: [f],
  }));
}

/** Facts `f0`… of `values`, each from its own source `s0`…, about one event unless said. */
function agreementFacts(values: Array<number | Interval>, event: (i: number) => EventRef = () => may2026): Fact[] {
  return values.map((v, i) => {
    const interval = typeof v === 'number' ? { min: v, max: v, minInclusive: true, maxInclusive: true } : v;
    return fact({ id: `f${i}`, source: `s${i}`, text: String(interval.min), value: interval.min, interval, measure: 'agreements', measureKey: 'agreement', sentence: 'They signed agreements.', event: event(i) });
  });
}

const pairs = (from: number, to: number, pair: (i: number) => [number, number]): Array<[string, string]> =>
  Array.from({ length: to - from }, (_, k) => pair(from + k).map((n) => `f${n}`) as [string, string]);

describe('assembleIndex', () => {
  it('rebuilds the bundled index from its own facts exactly as it was built', () => {
    const bundled = seed as unknown as FactIndex;
    expect(assembleIndex(sourceEntries(bundled), bundled.builtAt)).toEqual(bundled);
  });

  it('keeps the first MAX_PAIRS pairs of each kind of a claim of 200 facts, in order', () => {
    // f150 and f199 say 42, the others 40: 19,900 pairs, of which 349 conflict.
    const facts = agreementFacts(Array.from({ length: 200 }, (_, i) => (i === 150 || i === 199 ? 42 : 40)));
    const [claim] = assembleIndex(entries(facts), 'now').claims;
    expect(claim!.factIds).toHaveLength(200);
    expect(claim!.agree).toEqual(pairs(1, MAX_PAIRS + 1, (j) => [0, j]));
    expect(claim!.conflict).toEqual(pairs(0, MAX_PAIRS, (k) => [Math.floor(k / 2), k % 2 === 0 ? 150 : 199]));
  });

  it('still finds a conflict that only the last of 300 facts brings, once the agreeing pairs are full', () => {
    const facts = agreementFacts([...Array.from({ length: 299 }, () => 40), 41]);
    const [claim] = assembleIndex(entries(facts), 'now').claims;
    expect(claim!.agree).toHaveLength(MAX_PAIRS);
    expect(claim!.conflict).toEqual(pairs(0, MAX_PAIRS, (i) => [i, 299]));
  });

  it('finds a conflict that only an excluded bound makes ("more than 40" against 40)', () => {
    const facts = agreementFacts([...Array.from({ length: 150 }, () => 40), { min: 40, max: 1e308, minInclusive: false, maxInclusive: true }]);
    const [claim] = assembleIndex(entries(facts), 'now').claims;
    expect(claim!.conflict).toEqual(pairs(0, MAX_PAIRS, (i) => [i, 150]));
  });

  it('keeps every pair of a claim with fewer than MAX_PAIRS of a kind, parts and same-source pairs left out', () => {
    const [f0, f1, f2, f3, f4] = agreementFacts([40, 40, 42, 20, 40]);
    const index = assembleIndex([
      { ...entries([f0!])[0]!, facts: [f0!, { ...f4!, source: 's0' }] },
      ...entries([f1!, f2!, { ...f3!, role: 'part' }]),
    ], 'now');
    expect(index.claims.map((c) => [c.factIds, c.agree, c.conflict])).toEqual([
      [['f0', 'f4', 'f1', 'f2', 'f3'], [['f0', 'f1'], ['f4', 'f1']], [['f0', 'f2'], ['f4', 'f2'], ['f1', 'f2']]],
    ]);
  });

  it('puts dated facts a few days apart across a new year or month in one claim, and farther apart in others', () => {
    const day = (iso: string): EventRef => ({ ...may2026, time: { from: iso, to: iso, precision: 'day' }, label: iso });
    const dates = ['2025-12-30', '2026-01-02', '2026-12-30', '2027-01-10', '2026-02-28', '2026-03-02'];
    const index = assembleIndex(entries(agreementFacts([40, 40, 40, 40, 40, 40], (i) => day(dates[i]!))), 'now');
    expect(index.claims.map((c) => c.factIds)).toEqual([['f0', 'f1'], ['f2'], ['f3'], ['f4', 'f5']]);
  });

  it('puts a figure of a year cut short in the claim of a later month of that year', () => {
    const soFar: EventRef = { time: { from: '2025-01-01', to: '2025-05-31', precision: 'year' }, timeBasis: 'sentence', place: null, label: '2025 (to May)' };
    const september: EventRef = { ...may2026, time: { from: '2025-09-10', to: '2025-09-10', precision: 'day' }, label: 'Beijing, September 2025' };
    const index = assembleIndex(entries(agreementFacts([40, 40, 40], (i) => [soFar, september, { ...september, place: 'Moscow' }][i]!)), 'now');
    expect(index.claims.map((c) => c.factIds)).toEqual([['f0', 'f1', 'f2']]);
  });

  it('gives an undated fact to the claim of the nearest value, the latest of equally near ones', () => {
    const year = (y: number): EventRef => ({ ...may2026, time: { from: `${y}-05-20`, to: `${y}-05-20`, precision: 'day' }, label: String(y) });
    // Dated: 20 in 2024, 80 in 2026, 100 in 2020. Undated: 40 (as near 20 as 80), 21, 95.
    const events = [year(2024), year(2026), year(2020), undated, undated, undated];
    const index = assembleIndex(entries(agreementFacts([20, 80, 100, 40, 21, 95], (i) => events[i]!)), 'now');
    expect(index.claims.map((c) => c.factIds)).toEqual([['f0', 'f4'], ['f1', 'f3'], ['f2', 'f5']]);
  });
});
