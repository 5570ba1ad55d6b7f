/**
 * The claims a page figure's card can speak from, chosen by date: every claim of the same event or
 * of an unknown one, and the few nearest claims of other events. Claims are sorted by date once
 * per page and measure, so an index of many events costs a binary search per figure, not a pass.
 */
import { compareEvents } from '../index/compare';
import type { Claim, EventRef } from '../model';
import { dayNumber } from '../time/spans';
import { firstIndex } from '../sorted';

/** How many claims about other events a card lists at most (the nearest in time). */
export const MAX_OTHER_EVENTS = 3;

/**
 * Days beyond which two dated events are surely different (more than a year apart: past the
 * same-year rule and every slack of `compareEvents`), so `compareEvents` need not be asked.
 */
const SURELY_DIFFERENT_DAYS = 400;

/** Claims in their given order, and their dated ones sorted by the first day of their event. */
export interface ClaimsByDate {
  claims: Claim[];
  /** [first day, last day, index in `claims`], by first day. */
  dated: Array<[number, number, number]>;
  /** The longest event among them, in days. */
  longest: number;
}

/** Sorts claims by date for `nearestEvents` (exported for its tests). */
export function byDate(prepared: { eventSpan: ReadonlyMap<string, [number, number]> }, claims: Claim[]): ClaimsByDate {
  const dated: Array<[number, number, number]> = [];
  let longest = 0;
  claims.forEach((c, i) => {
    const span = prepared.eventSpan.get(c.id);
    if (!span) return;
    dated.push([span[0], span[1], i]);
    longest = Math.max(longest, span[1] - span[0]);
  });
  dated.sort((a, b) => a[0] - b[0] || a[2] - b[2]);
  return { claims, dated, longest };
}

/** The first index of `dated` whose first day is at least `day`. */
function firstFrom(dated: Array<[number, number, number]>, day: number): number {
  return firstIndex(dated.length, (i) => dated[i]![0] < day);
}

/**
 * The claims a card can speak from: every claim of the same event or of an unknown one, and the
 * few nearest claims of other events (an index with years of summits lists the nearest, not all),
 * in the claims' own order. Only claims dated within `SURELY_DIFFERENT_DAYS` of the figure are
 * compared; the nearest of the others are found beside that window in the sorted dates, so an
 * index of many events costs a binary search, not a pass over every claim.
 */
export function nearestEvents(about: ClaimsByDate, fig: { event: EventRef }): Claim[] {
  const { claims, dated, longest } = about;
  const time = fig.event.time;
  if (!time) return claims.filter((c) => compareEvents(c.event, fig.event) !== 'different');
  const from = dayNumber(time.from);
  const to = dayNumber(time.to);
  const keep = new Set<number>();
  const others: Array<[number, number]> = []; // [distance, index]
  // Undated claims are never "different" from a dated figure's event: compared as they are.
  if (dated.length < claims.length) {
    const isDated = new Set(dated.map(([, , i]) => i));
    claims.forEach((c, i) => {
      if (!isDated.has(i) && compareEvents(c.event, fig.event) !== 'different') keep.add(i);
    });
  }
  const lo = firstFrom(dated, from - SURELY_DIFFERENT_DAYS - longest);
  const hi = firstFrom(dated, to + SURELY_DIFFERENT_DAYS + 1);
  for (let k = lo; k < hi; k++) {
    const [first, last, i] = dated[k]!;
    const far = last < from - SURELY_DIFFERENT_DAYS || first > to + SURELY_DIFFERENT_DAYS;
    if (!far && compareEvents(claims[i]!.event, fig.event) !== 'different') keep.add(i);
    else others.push([Math.abs(first - from) || Infinity, i]);
  }
  // Beyond the window, the nearest by first day are the ones next to it on either side (with
  // every claim tied with the last one taken, so ties go to the claims' own order as before).
  const side = (start: number, step: number): void => {
    let taken = 0;
    for (let k = start; k >= 0 && k < dated.length; k += step) {
      if (taken >= MAX_OTHER_EVENTS && dated[k]![0] !== dated[k - step]![0]) break;
      others.push([Math.abs(dated[k]![0] - from) || Infinity, dated[k]![2]]);
      taken++;
    }
  };
  side(lo - 1, -1);
  side(hi, 1);
  others.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const kept = [...keep].sort((a, b) => a - b).map((i) => claims[i]!);
  return [...kept, ...others.slice(0, MAX_OTHER_EVENTS).map(([, i]) => claims[i]!)];
}
