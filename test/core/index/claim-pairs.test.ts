/**
 * claimPairs skips the rows that cannot hold a wanted pair (docs/decisions/036): on random claims
 * (few sources, parts, touching and excluded bounds, even empty points) it gives exactly the first MAX_PAIRS pairs of
 * each kind (or of a smaller cap) that comparing every two facts gives.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { claimPairs, MAX_PAIRS } from '../../../core/index/claim-pairs';
import { valuesAgree } from '../../../core/index/compare';
import type { Fact } from '../../../core/model';
import { fact } from '../../support/search-fixture';

/** Every pair, as assembleIndex listed them before decision 036, cut to `cap` of each kind. */
function everyPair(facts: Fact[], cap: number): { agree: Array<[string, string]>; conflict: Array<[string, string]> } {
  const agree: Array<[string, string]> = [];
  const conflict: Array<[string, string]> = [];
  for (let i = 0; i < facts.length; i++) {
    for (let j = i + 1; j < facts.length; j++) {
      const a = facts[i]!;
      const b = facts[j]!;
      if (a.source === b.source || !a.measureKey || a.role === 'part' || b.role === 'part') continue;
      (valuesAgree(a, b) ? agree : conflict).push([a.id, b.id]);
    }
  }
  return { agree: agree.slice(0, cap), conflict: conflict.slice(0, cap) };
}

/** A fact of a small value range, mostly one value, so that intervals often touch or coincide. */
const arbitraryFact = fc.record({
  source: fc.integer({ min: 0, max: 3 }),
  min: fc.oneof({ weight: 4, arbitrary: fc.constant(3) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 6 }) }),
  width: fc.constantFrom(0, 0, 0, 1, 2),
  minInclusive: fc.boolean(),
  maxInclusive: fc.boolean(),
  part: fc.integer({ min: 0, max: 9 }),
});

describe('claimPairs', () => {
  it('gives the first MAX_PAIRS (or fewer, as asked) pairs of each kind that comparing every two facts gives', () => {
    fc.assert(
      fc.property(fc.array(arbitraryFact, { minLength: 1, maxLength: 60 }), fc.constantFrom(1, 2, 5, MAX_PAIRS), (drawn, cap) => {
        const facts = drawn.map((d, i) => {
          const interval = { min: d.min, max: d.min + d.width, minInclusive: d.minInclusive, maxInclusive: d.maxInclusive };
          return fact({ id: `f${i}`, source: `s${d.source}`, text: String(d.min), value: d.min, interval, measure: 'm', measureKey: 'm', sentence: 's', role: d.part === 0 ? 'part' : 'whole' });
        });
        expect(claimPairs(facts, cap)).toEqual(everyPair(facts, cap));
      }),
      { numRuns: 1000, seed: 36 },
    );
  });
});
