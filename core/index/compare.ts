/**
 * Comparisons the index and the matcher share: whether two events are the same, different or
 * unknown, and whether two figures' values agree.
 */
import type { EventRef, Interval } from '../model';
import { overlaps } from '../figures/interval';
import { gapDays, isPartialYear } from '../time/spans';

/** Days two dated mentions of one event may be apart (a summit spans days). */
export const SAME_EVENT_DAYS = 3;
/** Extra slack when one side is only dated by its publication (reports follow events by days). */
export const PUBLICATION_LAG_DAYS = 14;

/** How two events relate. */
export type EventRelation = 'same' | 'different' | 'unknown';

/** Compares two events: different places or times far apart → different; an undated side → unknown. */
export function compareEvents(a: EventRef, b: EventRef): EventRelation {
  // An undated side cannot be placed with certainty, whatever the places say.
  if (!a.time || !b.time) return 'unknown';
  if (a.place && b.place && a.place !== b.place) return 'different';
  if (a.time.precision === 'year' || b.time.precision === 'year') {
    if (a.time.from.slice(0, 4) !== b.time.from.slice(0, 4)) return 'different';
    // A year's figure written before the year was over is not its total: it may be the same
    // figure so far, or a forecast, or a slip for last year's; only possibly the same.
    if (a.time.precision === 'year' && b.time.precision === 'year' && isPartialYear(a.time) !== isPartialYear(b.time)) return 'unknown';
    return 'same';
  }
  const slack = SAME_EVENT_DAYS + (a.timeBasis === 'publication' || b.timeBasis === 'publication' ? PUBLICATION_LAG_DAYS : 0);
  return gapDays(a.time, b.time) <= slack ? 'same' : 'different';
}

/** Whether two figures' values agree (their intervals overlap). */
export function valuesAgree(a: { interval: Interval }, b: { interval: Interval }): boolean {
  return overlaps(a.interval, b.interval);
}
