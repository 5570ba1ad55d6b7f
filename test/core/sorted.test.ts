/** The one binary search (core/sorted.ts), against a linear scan. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstIndex } from '../../core/sorted';

describe('firstIndex', () => {
  it('finds the lower bound in a sorted array', () => {
    const a = [1, 3, 3, 3, 7, 9];
    expect(firstIndex(a.length, (i) => a[i]! < 3)).toBe(1);
    expect(firstIndex(a.length, (i) => a[i]! <= 3)).toBe(4);
    expect(firstIndex(a.length, (i) => a[i]! < 0)).toBe(0);
    expect(firstIndex(a.length, (i) => a[i]! < 10)).toBe(6);
    expect(firstIndex(0, () => true)).toBe(0);
  });

  it('agrees with a linear scan on any sorted array and key', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 }), { maxLength: 60 }), fc.integer({ min: -60, max: 60 }), (values, key) => {
        const a = [...values].sort((x, y) => x - y);
        const linear = a.findIndex((v) => v >= key);
        expect(firstIndex(a.length, (i) => a[i]! < key)).toBe(linear < 0 ? a.length : linear);
      }),
    );
  });
});
