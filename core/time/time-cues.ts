/**
 * Time cues in a stretch of text: explicit dates ("in 2025", "February 2022", "March 20 to 22")
 * and relative words ("on Tuesday", "last week", "in May") read against a publication date.
 */
import type { TimeSpan } from '../model';
import type { Token } from '../text/tokenize';
import { MONTHS, NUMBER_WORDS, WEEKDAYS } from '../text/lexicon';
import { readDate } from './read-date';
import { addDays, daySpan, monthSpan, yearSoFar, yearSpan } from './spans';
import { firstIndex } from '../sorted';

/** One cue and what it resolves to. */
export interface TimeCue {
  time: TimeSpan;
  /** 'explicit' for written dates, 'relative' for words read against the publication date. */
  basis: 'explicit' | 'relative';
  start: number;
  end: number;
}

const MONTH_LEADS = new Set(['in', 'since', 'last', 'this', 'early', 'late', 'mid', 'until', 'by', 'during']);

const PERIOD_EDGES = new Set(['since', 'until', 'till', 'through', 'before', 'after', 'by', 'from']);

/** Whether a date at token i is preceded (within three words) by "since", "until", "through"… */
function boundsAPeriod(tokens: Token[], i: number, first: number): boolean {
  for (let k = i - 1; k >= Math.max(first, i - 3); k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word') return false;
    if (PERIOD_EDGES.has(t.lower)) return true;
  }
  return false;
}

/** Parses a publication date string ("2026-05-20", "2025-09", or a longer ISO timestamp) into a span. */
export function publicationSpan(published: string | null): TimeSpan | null {
  if (!published) return null;
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(published);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  if (mo < 1 || mo > 12) return null;
  if (m[3]) {
    const d = Number(m[3]);
    if (d < 1 || d > 31) return null;
    return daySpan(y, mo, d, d);
  }
  return monthSpan(y, mo);
}

/** The most recent `weekday` on or before the publication day; the publication span itself if only its month is known. */
function resolveWeekday(weekday: number, pub: TimeSpan): TimeSpan {
  if (pub.precision !== 'day') return pub;
  const d = new Date(`${pub.from}T00:00:00Z`);
  const back = (d.getUTCDay() - weekday + 7) % 7;
  const day = addDays(pub.from, -back);
  return { from: day, to: day, precision: 'day' };
}

function shiftMonth(pub: TimeSpan, delta: number): TimeSpan {
  const [y, m] = pub.from.split('-').map(Number) as [number, number];
  const idx = y * 12 + (m - 1) + delta;
  return monthSpan(Math.floor(idx / 12), (idx % 12) + 1);
}

const ORDINAL_PARTS: Readonly<Record<string, number>> = { first: 1, second: 2, third: 3, fourth: 4 };
const PART_TOKENS = /^([HQ])([1-4])$/;

/**
 * The months of a year that the words before it name: "the first half of 2025", "H1 2025", "the
 * third quarter of 2025", "Q3 2025", "the first seven months of 2025" (`i` is the year's token).
 * Null when they name the whole year. (Runs of months, "January–July 2025", are `monthRange`'s.)
 */
function monthsBefore(tokens: Token[], i: number, first: number): [number, number] | null {
  const w = (k: number): string => (k >= first ? (tokens[k]?.lower ?? '') : '');
  // "Q3", "H1": a letter and a digit, written as one word (two tokens).
  const letter = i - 2 >= first ? tokens[i - 2] : undefined;
  const digit = tokens[i - 1];
  const part = letter && digit && !digit.spaceBefore ? PART_TOKENS.exec(`${letter.text}${digit.text}`) : null;
  if (part) return part[1] === 'H' ? (part[2] === '1' ? [1, 6] : part[2] === '2' ? [7, 12] : null) : [3 * Number(part[2]) - 2, 3 * Number(part[2])];
  if (w(i - 1) !== 'of') return null;
  const n = ORDINAL_PARTS[w(i - 3)];
  if (w(i - 2) === 'half' && (n === 1 || n === 2)) return n === 1 ? [1, 6] : [7, 12];
  if (w(i - 2) === 'quarter' && n !== undefined) return [3 * n - 2, 3 * n];
  if (w(i - 2) === 'months' && w(i - 4) === 'first') {
    const count = tokens[i - 3]?.kind === 'num' ? tokens[i - 3]!.value : NUMBER_WORDS[w(i - 3)];
    if (count !== undefined && count >= 1 && count <= 11) return [1, count];
  }
  return null;
}

/** A span of whole months of one year. */
function monthsSpan(year: number, from: number, to: number): TimeSpan {
  return { from: monthSpan(year, from).from, to: monthSpan(year, to).to, precision: 'month' };
}

/** Finds the cues among tokens [first, end). `pub` is the publication span (null when undated). */
export function timeCuesIn(tokens: Token[], first: number, end: number, pub: TimeSpan | null): TimeCue[] {
  const cues: TimeCue[] = [];
  for (let i = first; i < end; i++) {
    const t = tokens[i]!;
    if (t.kind === 'num' || (t.kind === 'word' && MONTHS[t.lower] !== undefined)) {
      // "January-July 2025", "from January to June": a run of months (the year is the publication's when unwritten).
      const range = monthRange(tokens, i, end, pub);
      if (range) {
        cues.push({ time: range.time, basis: range.explicit ? 'explicit' : 'relative', start: t.start, end: tokens[range.end - 1]!.end });
        i = range.end - 1;
        continue;
      }
      const d = readDate(tokens, i);
      if (d && d.end <= end) {
        // "since 2023", "through 2027": the edge of a period, not when the event happened.
        if (d.time && !boundsAPeriod(tokens, i, first)) {
          const part = d.yearOnly && d.year !== null ? monthsBefore(tokens, i, first) : null;
          const time = part ? monthsSpan(d.year!, part[0], part[1]) : yearSoFar(d.time, pub);
          cues.push({ time, basis: 'explicit', start: t.start, end: tokens[d.end - 1]!.end });
        }
        i = d.end - 1;
        continue;
      }
      // "in May" (or "November alone") without a year: the latest such month up to the publication.
      if (t.kind === 'word' && t.capitalized && pub && (MONTH_LEADS.has(tokens[i - 1]?.lower ?? '') || tokens[i + 1]?.lower === 'alone')) {
        const m = MONTHS[t.lower]!;
        const [py, pm] = pub.from.split('-').map(Number) as [number, number];
        cues.push({ time: monthSpan(m <= pm ? py : py - 1, m), basis: 'relative', start: t.start, end: t.end });
      }
      continue;
    }
    if (t.kind !== 'word' || !pub) continue;
    const w = t.lower.replace(/['’]s$/, '');
    const next = tokens[i + 1]?.lower;
    const prev = tokens[i - 1]?.lower;
    if (WEEKDAYS[w] !== undefined && t.capitalized) {
      cues.push({ time: resolveWeekday(WEEKDAYS[w]!, pub), basis: 'relative', start: t.start, end: t.end });
    } else if (w === 'yesterday' || w === 'today' || w === 'tonight') {
      if (pub.precision === 'day') {
        const day = w === 'yesterday' ? addDays(pub.from, -1) : pub.from;
        cues.push({ time: { from: day, to: day, precision: 'day' }, basis: 'relative', start: t.start, end: t.end });
      }
    } else if ((w === 'last' || w === 'this' || w === 'past' || ((w === 'previous' || w === 'prior') && prev === 'the')) && (next === 'week' || next === 'month' || next === 'year')) {
      // "the previous year", "the prior month" are last year's and last month's.
      const span = relativePeriod(w === 'this' ? 0 : -1, next, pub);
      if (span) cues.push({ time: yearSoFar(span, pub), basis: 'relative', start: t.start, end: tokens[i + 1]!.end });
      i++;
    } else if (w === 'week' && prev === 'earlier' && tokens[i - 2]?.lower === 'this') {
      // handled by "this week" above
    }
  }
  return cues;
}

/**
 * A run of months at token i: "January-July 2025", "January to June 2025", "from January to June"
 * (no year: the latest such run up to the publication). Null for anything else, a single month
 * included.
 */
function monthRange(tokens: Token[], i: number, end: number, pub: TimeSpan | null): { time: TimeSpan; explicit: boolean; end: number } | null {
  const a = tokens[i]!;
  const sep = tokens[i + 1];
  const b = tokens[i + 2];
  if (a.kind !== 'word' || !a.capitalized || !sep || !b || b.kind !== 'word' || !b.capitalized) return null;
  if (!(sep.lower === 'to' || sep.lower === 'through' || (sep.kind === 'sym' && /^[-–—]$/.test(sep.text)))) return null;
  const from = MONTHS[a.lower];
  const to = MONTHS[b.lower];
  if (from === undefined || to === undefined || to <= from || i + 3 > end) return null;
  const y = tokens[i + 3];
  if (y?.kind === 'num' && y.decimals === 0 && y.text.length === 4 && y.value >= 1800 && y.value <= 2199 && i + 4 <= end) {
    return { time: monthsSpan(y.value, from, to), explicit: true, end: i + 4 };
  }
  if (!pub) return null;
  const [py, pm] = pub.from.split('-').map(Number) as [number, number];
  return { time: monthsSpan(to <= pm ? py : py - 1, from, to), explicit: false, end: i + 3 };
}

function relativePeriod(delta: number, unit: string, pub: TimeSpan): TimeSpan | null {
  const [y] = pub.from.split('-').map(Number) as [number];
  if (unit === 'year') return yearSpan(y + delta);
  if (unit === 'month') return pub.precision === 'year' ? null : shiftMonth(pub, delta);
  if (pub.precision !== 'day') return null;
  // A week: the seven days ending on the publication day, or the seven before them.
  const end = delta === 0 ? pub.from : addDays(pub.from, -7);
  const start = addDays(end, -6);
  return { from: start, to: end, precision: 'day' };
}

/** How far (in characters) a cue may stand from a figure and still date it. */
export const CUE_REACH = 400;

/**
 * The cue nearest to an offset (explicit cues first) within CUE_REACH, or null. `cues` are in text
 * order; `within` bounds where a cue may stand (see `EventResolver`).
 */
export function nearestCue(cues: TimeCue[], offset: number, skip?: { start: number; end: number }, within?: { from: number; to: number }): TimeCue | null {
  let best: TimeCue | null = null;
  let bestScore = Infinity;
  // Binary search for the first cue that may be in reach, so a run-on sentence stays linear.
  const first = firstIndex(cues.length, (i) => cues[i]!.end < offset - CUE_REACH);
  for (let i = first; i < cues.length; i++) {
    const c = cues[i]!;
    if (c.start > offset + CUE_REACH) break;
    if (skip && c.start < skip.end && c.end > skip.start) continue; // the figure itself
    if (within && (c.start < within.from || c.end > within.to)) continue;
    const dist = c.start >= offset ? c.start - offset : offset - c.end;
    if (dist > CUE_REACH) continue;
    const score = dist + (c.basis === 'relative' ? 10_000 : 0);
    if (score < bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}
