/**
 * `nearestEvents` (core/match/nearest-events.ts) finds the claims a card speaks from by binary search
 * in claims sorted by date; this checks it against the plain definition (compare every claim,
 * keep the same or unknown events, then the nearest few others in a stable order) on random dates.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byDate, MAX_OTHER_EVENTS, nearestEvents } from '../../../core/match/nearest-events';
import { compareEvents } from '../../../core/index/compare';
import type { Claim, EventRef, TimeSpan } from '../../../core/model';
import { dayNumber } from '../../../core/time/spans';

const DAY = 86_400_000;
const iso = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10);

/** An event on `day` lasting `len` days with the given precision, or undated (day null). */
function event(day: number | null, len: number, precision: TimeSpan['precision'], place: string | null): EventRef {
  if (day === null) return { time: null, timeBasis: 'none', place, label: 'undated' };
  return { time: { from: iso(day), to: iso(day + len), precision }, timeBasis: 'sentence', place, label: '' };
}

/** The plain definition, as the matcher first wrote it. */
function reference(claims: Claim[], fig: { event: EventRef }): Claim[] {
  const keep: Claim[] = [];
  const others: Array<[number, Claim]> = [];
  const at = fig.event.time ? dayNumber(fig.event.time.from) : NaN;
  for (const c of claims) {
    if (compareEvents(c.event, fig.event) !== 'different') keep.push(c);
    else others.push([Math.abs((c.event.time ? dayNumber(c.event.time.from) : Infinity) - at) || Infinity, c]);
  }
  others.sort((a, b) => a[0] - b[0]);
  return [...keep, ...others.slice(0, MAX_OTHER_EVENTS).map(([, c]) => c)];
}

const BASE = dayNumber('2020-01-01');
const eventArb = fc.record({
  day: fc.option(fc.integer({ min: 0, max: 3000 }), { nil: null, freq: 8 }),
  len: fc.integer({ min: 0, max: 40 }),
  precision: fc.constantFrom<TimeSpan['precision']>('day', 'day', 'month', 'year'),
  place: fc.constantFrom<string | null>('Beijing', 'Moscow', null),
});

describe('nearestEvents', () => {
  it('gives what comparing every claim gives, in the same order', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 60 }), eventArb, (events, figEvent) => {
        const claims = events.map((e, i) => ({ id: `c${i}`, event: event(e.day === null ? null : BASE + e.day, e.len, e.precision, e.place) }) as unknown as Claim);
        const eventSpan = new Map<string, [number, number]>();
        for (const c of claims) if (c.event.time) eventSpan.set(c.id, [dayNumber(c.event.time.from), dayNumber(c.event.time.to)]);
        const fig = { event: event(figEvent.day === null ? null : BASE + figEvent.day, figEvent.len, figEvent.precision, figEvent.place) };
        expect(nearestEvents(byDate({ eventSpan }, claims), fig).map((c) => c.id)).toEqual(reference(claims, fig).map((c) => c.id));
      }),
      { numRuns: 500 },
    );
  });
});
