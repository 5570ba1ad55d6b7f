/**
 * Calendar spans: building them, comparing them and naming them. Dates are ISO strings in UTC;
 * no time zones are involved because articles name days, not instants.
 */
import type { TimeSpan } from '../model';
import { MONTH_NAMES } from '../text/month-names';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** `YYYY-MM-DD` of a UTC date. */
export function isoDay(d: Date): string {
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** The last day of a month. */
function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A span of days within one month (clamped to the month's length). */
export function daySpan(year: number, month: number, from: number, to: number): TimeSpan {
  const last = lastDay(year, month);
  const a = Math.min(from, last);
  const b = Math.max(a, Math.min(to, last));
  return { from: `${pad(year, 4)}-${pad(month)}-${pad(a)}`, to: `${pad(year, 4)}-${pad(month)}-${pad(b)}`, precision: 'day' };
}

/** A whole month. */
export function monthSpan(year: number, month: number): TimeSpan {
  return { from: `${pad(year, 4)}-${pad(month)}-01`, to: `${pad(year, 4)}-${pad(month)}-${pad(lastDay(year, month))}`, precision: 'month' };
}

/** A whole year. */
export function yearSpan(year: number): TimeSpan {
  return { from: `${pad(year, 4)}-01-01`, to: `${pad(year, 4)}-12-31`, precision: 'year' };
}

/**
 * A year that was not over when `written` (the publication) was: the year up to the publication,
 * still of precision 'year'. A page of May 2025 on trade "this year" cannot give 2025's total.
 */
export function yearSoFar(span: TimeSpan, written: TimeSpan | null): TimeSpan {
  if (span.precision !== 'year' || !written || written.to >= span.to || written.to < span.from) return span;
  return { ...span, to: written.to };
}

/** Whether a span is a year cut short by its publication (see `yearSoFar`). */
export function isPartialYear(span: TimeSpan): boolean {
  return span.precision === 'year' && span.to.slice(5) !== '12-31';
}

/** Days since the epoch of an ISO day. */
export function dayNumber(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
}

/** Adds days to an ISO day. */
export function addDays(iso: string, days: number): string {
  return isoDay(new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000));
}

/** Days between two spans: 0 when they overlap, otherwise the gap. */
export function gapDays(a: TimeSpan, b: TimeSpan): number {
  const a0 = dayNumber(a.from);
  const a1 = dayNumber(a.to);
  const b0 = dayNumber(b.from);
  const b1 = dayNumber(b.to);
  if (a1 < b0) return b0 - a1;
  if (b1 < a0) return a0 - b1;
  return 0;
}

/** "2025", or "2025 (to May)" for a year cut short by its publication. */
function yearLabel(s: TimeSpan): string {
  const year = s.from.slice(0, 4);
  return isPartialYear(s) ? `${year} (to ${MONTH_NAMES[Number(s.to.slice(5, 7)) - 1]})` : year;
}

/** "20 May 2026", "20–22 March 2023", "May 2026", "2025". */
export function spanLabel(s: TimeSpan): string {
  const [y, m, d] = s.from.split('-').map(Number) as [number, number, number];
  if (s.precision === 'year') return yearLabel(s);
  if (s.precision === 'month') return monthLabel(s);
  const [y2, m2, d2] = s.to.split('-').map(Number) as [number, number, number];
  if (y2 === y && m2 === m && d2 !== d) return `${d}–${d2} ${MONTH_NAMES[m - 1]} ${y}`;
  if (y2 === y && m2 !== m) return `${d} ${MONTH_NAMES[m - 1]} – ${d2} ${MONTH_NAMES[m2 - 1]} ${y}`;
  return `${d} ${MONTH_NAMES[m - 1]} ${y}`;
}

/** "May 2026" — the month of a span, for event labels ("Beijing, May 2026"). */
export function monthLabel(s: TimeSpan): string {
  const [y, m] = s.from.split('-').map(Number) as [number, number];
  if (s.precision === 'year') return yearLabel(s);
  const m2 = Number(s.to.slice(5, 7));
  // A run of months ("the first half of 2025"): "January–June 2025".
  return s.precision === 'month' && m2 !== m ? `${MONTH_NAMES[m - 1]}–${MONTH_NAMES[m2 - 1]} ${y}` : `${MONTH_NAMES[m - 1]} ${y}`;
}

/**
 * "20 May 2026" from "2026-05-20" (or a date-time starting with it), "May 2026" from "2026-05";
 * anything unreadable as given. `monthNames` lets the card use short names ("Sep 2025").
 */
export function formatIsoDay(iso: string, monthNames: readonly string[] = MONTH_NAMES): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(iso);
  const month = m ? monthNames[Number(m[2]) - 1] : undefined;
  if (!m || !month) return iso;
  return m[3] ? `${Number(m[3])} ${month} ${m[1]}` : `${month} ${m[1]}`;
}
