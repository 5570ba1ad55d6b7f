/**
 * Intervals of values a figure allows, and the tolerance rules that decide whether two figures
 * agree. See docs/fact-model.md ("Intervals and tolerance").
 */
import type { Interval, Qualifier } from '../model';

/** Relative half-width allowed by "about", "around", "approximately", "some", "roughly". */
export const ABOUT_TOLERANCE = 0.02;
/** "nearly 20" allows values up to 10% below 20. */
export const NEARLY_TOLERANCE = 0.1;
/** Rounding tolerance for money and volumes written without a qualifier ("$228 billion" vs "$228.1 billion"). */
export const ROUND_TOLERANCE = 0.01;

/**
 * The interval a number allows given its qualifier. `step` is the precision of the written
 * number in the same scale as `value` (1e9 for "228 billion", 1e8 for "228.1 billion"); it widens
 * exact and approximate values by half a step so rounding never makes a conflict.
 */
export function intervalFor(value: number, qualifier: Qualifier, step: number, kind: 'count' | 'continuous', upper?: number): Interval {
  const half = kind === 'continuous' ? step / 2 : 0;
  switch (qualifier) {
    case 'exact': {
      const tol = kind === 'continuous' ? Math.max(half, Math.abs(value) * ROUND_TOLERANCE) : 0;
      return { min: value - tol, max: value + tol, minInclusive: true, maxInclusive: true };
    }
    case 'about': {
      const tol = Math.max(half, Math.abs(value) * ABOUT_TOLERANCE, kind === 'count' ? 1 : 0);
      return { min: value - tol, max: value + tol, minInclusive: true, maxInclusive: true };
    }
    case 'nearly':
      return { min: value * (1 - NEARLY_TOLERANCE), max: value, minInclusive: true, maxInclusive: false };
    case 'more-than':
      return { min: value, max: Infinity, minInclusive: false, maxInclusive: false };
    case 'at-least':
      return { min: value, max: Infinity, minInclusive: true, maxInclusive: false };
    case 'less-than':
      return { min: 0, max: value, minInclusive: true, maxInclusive: false };
    case 'at-most':
      return { min: 0, max: value, minInclusive: true, maxInclusive: true };
    case 'range':
      return { min: value - half, max: (upper ?? value) + half, minInclusive: true, maxInclusive: true };
  }
}

/** Whether two intervals share at least one value. */
export function overlaps(a: Interval, b: Interval): boolean {
  if (a.max < b.min || b.max < a.min) return false;
  if (a.max === b.min) return a.maxInclusive && b.minInclusive;
  if (b.max === a.min) return b.maxInclusive && a.minInclusive;
  return true;
}

/** JSON cannot hold Infinity: intervals are stored with `max: null`-free sentinel 1e308 instead. */
export const OPEN_MAX = 1e308;

/** Replaces Infinity by OPEN_MAX so the interval survives JSON. */
export function jsonSafe(i: Interval): Interval {
  return { ...i, max: i.max === Infinity ? OPEN_MAX : i.max };
}
