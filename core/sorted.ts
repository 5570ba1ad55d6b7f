/**
 * The one binary search: every sorted look-up of the engine and the highlighter (claims by date,
 * cues by offset, sentences, tokens, segments, the search vocabulary) goes through it.
 */

/**
 * The first index in `[0, length)` at which `before(i)` is false, where `before` holds for a
 * prefix of the indexes and not after it (the lower bound of a sorted array); `length` when it
 * holds everywhere. `before` is called O(log length) times.
 */
export function firstIndex(length: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
