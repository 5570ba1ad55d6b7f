/**
 * Figures the evidence engine reads beyond those the shipped matcher reads: the weekday of an event
 * ("on Sunday"), a clock time ("2:40 a.m.", "shortly before 3am"), and a change of a rate in points
 * ("50 basis points", "half a percentage point", "a quarter-point cut"), all rate changes put on one
 * scale — percentage points — so "50 basis points" and "half a percentage point" state one value.
 * General English only: day names, clock notation and the units of rates; no topic's words.
 */
import type { Figure } from '../model';
import type { Sentence } from '../text/sentences';
import { sentenceWindow } from './sentence-window';
import { sentenceIndexIn } from './scan-context';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY = /(?<![\p{L}\d])(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)(?:['’]s)?(?![\p{L}\d])/gu;
/** "2:40 a.m.", "3am", "12:51 pm", "9.30pm". */
const CLOCK = /(?<![\p{L}\d:.])(\d{1,2})(?:[:.](\d{2}))?\s?(a\.m\.|p\.m\.|am|pm|AM|PM|a\.m|p\.m)(?![\p{L}\d])/gu;
/** Fractions of a point written in words: "half a percentage point", "a quarter-point", "a full percentage point". */
const POINT_WORDS = /(?<![\p{L}\d])(?:(?:a|one)[\s-])?(half|quarter|three[\s-]quarters?|full)(?:[\s-](?:of[\s-])?(?:a|one))?[\s-](?:full[\s-])?(?:percentage[\s-])?points?(?![\p{L}\d])/giu;
const FRACTION: Record<string, number> = { half: 0.5, quarter: 0.25, 'three quarter': 0.75, 'three quarters': 0.75, full: 1 };
/** The measure phrase of a rate change in points, as the extractor reads it after a number. */
const BASIS_POINTS = /^(?:(?:more|additional|further|extra) )?(?:basis[\s-]points?|bps?)$/i;
const PERCENTAGE_POINTS = /^(?:(?:more|additional|further|extra) )?percentage[\s-]points?$/i;

/** Minutes a clock time written to the hour, or to the minute, may be off and still agree. */
const HOUR_SLACK = 30;
const MINUTE_SLACK = 2;

/**
 * The figures of `text` that `existing` lacks (weekdays, clock times, points in words), and
 * `existing` with rate changes in basis or percentage points put in percentage points. Sorted by
 * start; a span `existing` already covers is not read again.
 */
export function withMoreFigures(text: string, sentences: readonly Sentence[], existing: readonly Figure[]): Figure[] {
  const out = existing.map(inPoints);
  const taken = (start: number, end: number) => out.some((f) => f.start < end && start < f.end);
  const add = (f: Figure | null) => {
    if (f && !taken(f.start, f.end)) out.push(f);
  };
  for (const m of text.matchAll(WEEKDAY)) {
    const day = WEEKDAYS.indexOf(m[1]!.toLowerCase());
    add(figureAt(text, sentences, m.index!, m.index! + m[1]!.length, 'weekday', day, 0, 'weekday', 'day'));
  }
  for (const m of text.matchAll(CLOCK)) {
    const hour = Number(m[1]);
    if (hour < 1 || hour > 12) continue;
    const pm = m[3]!.toLowerCase().startsWith('p');
    const minutes = ((hour % 12) + (pm ? 12 : 0)) * 60 + (m[2] ? Number(m[2]) : 0);
    add(figureAt(text, sentences, m.index!, m.index! + m[0].length, 'clock', minutes, m[2] ? MINUTE_SLACK : HOUR_SLACK, 'clock', 'time'));
  }
  for (const m of text.matchAll(POINT_WORDS)) {
    const word = m[1]!.toLowerCase().replace(/-/g, ' ');
    const value = FRACTION[word];
    if (value === undefined) continue;
    add(figureAt(text, sentences, m.index!, m.index! + m[0].length, 'quantity', value, 0, 'points', 'percentage points'));
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A rate change read as "50 basis points" or "0.5 percentage point", in percentage points. */
function inPoints(f: Figure): Figure {
  const scale = BASIS_POINTS.test(f.measure.trim()) ? 0.01 : PERCENTAGE_POINTS.test(f.measure.trim()) ? 1 : 0;
  if (!scale || f.kind !== 'count') return f;
  const i = f.interval;
  return { ...f, kind: 'quantity', unit: 'points', value: f.value * scale, measure: 'percentage points', measureKey: '', interval: { ...i, min: i.min * scale, max: i.max * scale } };
}

function figureAt(
  text: string, sentences: readonly Sentence[], start: number, end: number,
  kind: Figure['kind'], value: number, slack: number, unit: string, measure: string,
): Figure | null {
  const s = sentences[sentenceIndexIn(sentences, start)];
  if (!s || end > s.end) return null;
  const [from, to] = sentenceWindow(s.start, s.end, start, end);
  return {
    text: text.slice(start, end),
    start,
    end,
    kind,
    value,
    interval: { min: value - slack, max: value + slack, minInclusive: true, maxInclusive: true },
    qualifier: 'exact',
    unit,
    measure,
    measureKey: '',
    sentence: text.slice(from, to),
    sentenceStart: from,
    time: null,
  };
}
