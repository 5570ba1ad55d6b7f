/**
 * Reads calendar dates at a token: "March 20 to 22", "May 20, 2026", "20–22 March 2023",
 * "2 September 2025", "February 2022", "2026-05-20", and a bare year ("in 2025").
 */
import type { TimeSpan } from '../model';
import type { Token } from '../text/tokenize';
import { MONTHS, MONTH_NAMES } from '../text/lexicon';
import { daySpan, monthSpan, yearSpan } from './spans';

/** A date read from tokens [first, end). */
export interface DateRead {
  first: number;
  end: number;
  /** The span named, or null when the year is unknown ("March 20 to 22"). */
  time: TimeSpan | null;
  month: number | null;
  dayFrom: number | null;
  dayTo: number | null;
  year: number | null;
  /** A bare year ("2025") rather than a date. */
  yearOnly: boolean;
  /** Readable: "20–22 March", "20 May 2026", "February 2022", "2025". */
  label: string;
}

const DASHES = new Set(['-', '–', '—']);

/** Whether a number token can be a year (four digits, 1800–2199). */
export function isYearToken(t: Token | undefined): boolean {
  return !!t && t.kind === 'num' && t.decimals === 0 && !t.grouped && t.text.length === 4 && t.value >= 1800 && t.value <= 2199;
}
function isDay(t: Token | undefined): boolean {
  return !!t && t.kind === 'num' && t.decimals === 0 && t.text.length <= 2 && t.value >= 1 && t.value <= 31;
}
function monthAt(tokens: Token[], i: number): number | null {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return null;
  const m = MONTHS[t.lower];
  if (m === undefined) return null;
  // Short forms must be capitalised ("Mar", not "mar"), and "May" must be capitalised too.
  if ((t.lower.length <= 4 || t.lower === 'may') && !t.capitalized) return null;
  return m;
}

/** Skips an abbreviation dot after a month ("Sept."). */
function afterMonth(tokens: Token[], i: number): number {
  return tokens[i]?.text === '.' && !tokens[i]!.spaceBefore ? i + 1 : i;
}

/** Reads an optional ", 2026" / " 2026" at k; returns [year or null, next index]. */
function yearAfter(tokens: Token[], k: number): [number | null, number] {
  const y = tokens[k]?.text === ',' ? k + 1 : k;
  return isYearToken(tokens[y]) ? [tokens[y]!.value, y + 1] : [null, k];
}

/** Reads "to 22" / "–22" after a day; returns [dayTo, next index] or null. */
function dayRangeEnd(tokens: Token[], i: number): [number, number] | null {
  const sep = tokens[i];
  if (!sep) return null;
  if ((sep.kind === 'sym' && DASHES.has(sep.text)) || (sep.kind === 'word' && (sep.lower === 'to' || sep.lower === 'through'))) {
    const d = tokens[i + 1];
    if (isDay(d)) return [d!.value, i + 2];
  }
  return null;
}

function finish(first: number, end: number, month: number, dayFrom: number | null, dayTo: number | null, year: number | null): DateRead {
  let time: TimeSpan | null = null;
  if (year !== null) {
    if (dayFrom !== null) time = daySpan(year, month, dayFrom, dayTo ?? dayFrom);
    else time = monthSpan(year, month);
  }
  const days = dayFrom === null ? '' : dayTo !== null && dayTo !== dayFrom ? `${dayFrom}–${dayTo} ` : `${dayFrom} `;
  const label = `${days}${MONTH_NAMES[month - 1]}${year !== null ? ` ${year}` : ''}`;
  return { first, end, time, month, dayFrom, dayTo: dayTo ?? dayFrom, year, yearOnly: false, label };
}

/** Reads a date starting at token `i`, or returns null. */
export function readDate(tokens: Token[], i: number): DateRead | null {
  const t = tokens[i];
  if (!t) return null;
  // A: Month [day[-day]] [,] [year]
  const m = monthAt(tokens, i);
  if (m !== null) {
    let k = afterMonth(tokens, i + 1);
    let dayFrom: number | null = null;
    let dayTo: number | null = null;
    if (isDay(tokens[k]) && tokens[k]!.spaceBefore && !(tokens[k + 1]?.kind === 'word' && !tokens[k + 1]!.spaceBefore && !/^(st|nd|rd|th)$/.test(tokens[k + 1]!.lower))) {
      dayFrom = tokens[k]!.value;
      k++;
      if (tokens[k]?.kind === 'word' && /^(st|nd|rd|th)$/.test(tokens[k]!.lower) && !tokens[k]!.spaceBefore) k++;
      const r = dayRangeEnd(tokens, k);
      if (r) [dayTo, k] = r;
    }
    const [year, next] = yearAfter(tokens, k);
    k = next;
    if (dayFrom === null && year === null) return null;
    return finish(i, k, m, dayFrom, dayTo, year);
  }
  if (t.kind !== 'num') return null;
  // C: ISO 2026-05-20
  if (isYearToken(t) && tokens[i + 1]?.text === '-' && !tokens[i + 1]!.spaceBefore) {
    const mm = tokens[i + 2];
    const dd = tokens[i + 4];
    if (mm?.kind === 'num' && mm.text.length === 2 && tokens[i + 3]?.text === '-' && dd?.kind === 'num' && dd.text.length === 2 && mm.value >= 1 && mm.value <= 12 && dd.value >= 1 && dd.value <= 31) {
      return finish(i, i + 5, mm.value, dd.value, null, t.value);
    }
  }
  // B: day[-day] Month [year]
  if (isDay(t)) {
    let k = i + 1;
    if (tokens[k]?.kind === 'word' && /^(st|nd|rd|th)$/.test(tokens[k]!.lower) && !tokens[k]!.spaceBefore) k++;
    let dayTo: number | null = null;
    const r = dayRangeEnd(tokens, k);
    if (r) [dayTo, k] = r;
    if (tokens[k]?.lower === 'of') k++;
    const month = monthAt(tokens, k);
    if (month !== null && tokens[k]!.spaceBefore) {
      const [year, next] = yearAfter(tokens, afterMonth(tokens, k + 1));
      return finish(i, next, month, t.value, dayTo, year);
    }
  }
  // D: a bare year
  if (isYearToken(t)) {
    return { first: i, end: i + 1, time: yearSpan(t.value), month: null, dayFrom: null, dayTo: null, year: t.value, yearOnly: true, label: String(t.value) };
  }
  return null;
}
