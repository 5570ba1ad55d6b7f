/**
 * The figure extractor: finds every figure a fact-checker would care about in a text and
 * describes it (value, interval, unit, measure, sentence, offsets). Pure and linear: one
 * tokenizer pass, then a left-to-right scan with bounded look-around at each token.
 */
import type { Figure, FigureCue, Qualifier } from '../model';
import { tokenize, type Token } from '../text/tokenize';
import { splitSentences, type Sentence } from '../text/sentences';
import { COMPOUND_UNITS, DETERMINERS, LABEL_NOUNS, LABEL_PRECEDERS, MEASURE_STOP_WORDS, MONTHS, UNIT_WORDS } from '../text/lexicon';
import { singular } from '../text/words';
import { boilerplateRanges } from './boilerplate';
import { intervalFor, jsonSafe } from './interval';
import { readDate, type DateRead } from '../time/read-date';
import { readNumber, type NumberRead } from './read-number';
import { type FigureRead, type ScanContext, atLineStart, isTitleCase, sentenceIndexAt, tokenIndexAfter, withCues, makeFigure } from './scan-context';
import { matchQualifier, currencyBefore, DASHES, readSuffix } from './read-suffix';
import { EXCEED_VERBS, isForecast, isTarget } from './figure-cues';
import { withMoreFigures } from './more-figures';
import { textBefore, timesMeasure, countsWithinWindow, possessorBefore, readMeasure, subjectMeasure, inheritMeasure, eventNounBefore, measureBeforeDate } from './clause-measure';

/** Everything the extractor knows about a text, reused by the index builder and the matcher. */
export interface ExtractedText {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  figures: Figure[];
}

/** What to extract beyond the figures the shipped matcher reads. */
export interface ExtractOptions {
  /**
   * Keep figures whose wording the shipped matcher sets aside — goals, forecasts, numbers right
   * after a name — with their `cues`, for the evidence engine to weigh (core/evidence). Off by default.
   */
  keepCued?: boolean;
  /**
   * Also read weekdays, clock times and rate changes in points, and keep a year that dates another
   * figure ("$300 billion a year by 2035") as a figure of its own (`more-figures.ts`). Off by default.
   */
  moreKinds?: boolean;
}

/**
 * What the evidence engine reads, in pages and in the sources it checks (the reader's own:
 * docs/decisions/033): every figure, with the cues of its wording.
 */
export const EVIDENCE_EXTRACT: ExtractOptions = { keepCued: true, moreKinds: true };

/** Finds the figures of a text. */
export function extractFigures(text: string, options: ExtractOptions = {}): Figure[] {
  return analyzeText(text, options).figures;
}

/** A text's tokens, sentences and boilerplate, which do not depend on the options. */
interface TextLayout {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  sentenceOf: Int32Array;
  skip: Array<[number, number]>;
}

/**
 * The last text laid out: both engines read each piece of a page in turn, with other options
 * (docs/decisions/037). Nothing downstream writes to tokens or sentences.
 */
let lastLayout: TextLayout | null = null;

function layoutOf(text: string): TextLayout {
  if (lastLayout?.text === text) return lastLayout;
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens);
  const sentenceOf = new Int32Array(tokens.length).fill(-1);
  sentences.forEach((s, idx) => {
    for (let k = s.firstToken; k < s.endToken; k++) sentenceOf[k] = idx;
  });
  return (lastLayout = { text, tokens, sentences, sentenceOf, skip: boilerplateRanges(text) });
}

/** Tokenizes, splits sentences and extracts figures in one pass (shared by index and matcher). */
export function analyzeText(text: string, options: ExtractOptions = {}): ExtractedText {
  const { tokens, sentences, sentenceOf, skip } = layoutOf(text);
  let skipIdx = 0;
  const figures: Figure[] = [];
  const ctx: ScanContext = { text, tokens, sentences, sentenceOf, figures, keepDatingYears: !!options.moreKinds };
  for (let i = 0; i < tokens.length; ) {
    const t = tokens[i]!;
    while (skipIdx < skip.length && skip[skipIdx]![1] <= t.start) skipIdx++;
    const range = skip[skipIdx];
    if (range && range[0] <= t.start && t.start < range[1]) {
      i++;
      continue;
    }
    const found = t.kind === 'break' ? null : readFigureAt(ctx, i);
    if (found) {
      if (found.figure && (options.keepCued || !found.figure.cues)) figures.push(found.figure);
      i = found.end;
    } else i++;
  }
  return { text, tokens, sentences, figures: options.moreKinds ? withMoreFigures(text, sentences, figures) : figures };
}

/** Reads a figure whose first token (qualifier, currency or number) is `i`. */
function readFigureAt(ctx: ScanContext, i: number): FigureRead | null {
  const { tokens } = ctx;
  const q = matchQualifier(tokens, i);
  let k = q ? i + q.len : i;
  let currency: string | null = null;
  const cur = currencyBefore(tokens, k);
  if (cur) [currency, k] = cur;
  const first = tokens[k];
  if (!first || (first.kind !== 'num' && first.kind !== 'word')) return null;
  if (q && first.kind === 'word' && !/^(a|half)$/.test(first.lower) && readNumber(tokens, k) === null) return null;

  // Dates and years come first: "March 20 to 22", "May 20, 2026", "2025".
  if (!currency) {
    const d = readDate(tokens, k);
    if (d) return dateFigure(ctx, d, q ? k : i);
  }
  const n = readNumber(tokens, k);
  if (!n) return null;
  const label = currency ? false : isLabel(ctx, n, q !== null);
  if (label === true) return null;
  return numberFigure(ctx, i, q?.qualifier ?? null, currency, n, label === 'name' ? ['name'] : []);
}

/**
 * Whether a number after a capitalised name is part of a name used before a noun ("the Power of
 * Siberia 2 pipeline", "Boeing 737 order", "World War 2 veteran"): the next word is a content word
 * in the singular, which a count above one would not be ("99 seats"). A possessive name counts what
 * follows ("the Lok Sabha's 543 seats"), so it is not one.
 */
function namesTheNoun(prev: Token, next: Token | undefined, n: NumberRead): boolean {
  if (!next || next.kind !== 'word' || !next.spaceBefore || next.capitalized || /['’]s$/.test(prev.lower)) return false;
  if (n.value === 1 || !Number.isInteger(n.value) || MEASURE_STOP_WORDS.has(next.lower) || UNIT_WORDS[next.lower] || COMPOUND_UNITS[next.lower] !== undefined) return false;
  return singular(next.lower) === next.lower;
}

/**
 * Names, codes and furniture that contain digits but are not figures (true), or a number right
 * after a capitalised name ('name': "Boeing 737", but also "Congress 99" in a list of seats), which
 * is kept with that cue for the evidence model to weigh.
 */
function isLabel(ctx: ScanContext, n: NumberRead, qualified: boolean): boolean | 'name' {
  const { tokens } = ctx;
  const t = tokens[n.first]!;
  const prev = tokens[n.first - 1];
  const next = tokens[n.end];
  if (t.kind === 'num') {
    // G20, Chang'e-7, COVID-19, Su-57: letters glued to the digits.
    if (prev && !t.spaceBefore && prev.kind === 'word') return true;
    if (prev && !t.spaceBefore && DASHES.has(prev.text)) {
      const before = tokens[n.first - 2];
      if (before && !prev.spaceBefore && before.kind === 'word') return true;
    }
    // 4G, 3D, 737MAX: letters glued after that are no scale, ordinal or unit.
    if (next && !next.spaceBefore && next.kind === 'word' && n.end === n.first + 1 && !UNIT_WORDS[next.lower]) return true;
    // List markers: "1. …" at the start of a line.
    if (atLineStart(tokens, n.first) && next && (next.text === '.' || next.text === ')') && !next.spaceBefore) return true;
    // Times of day: 10:30, 9pm.
    if (prev?.text === ':' && !t.spaceBefore && tokens[n.first - 2]?.kind === 'num') return true;
    if (next?.text === ':' && tokens[n.end + 1]?.kind === 'num') return true;
    if (next?.kind === 'word' && /^(am|pm|gmt|utc)$/.test(next.lower)) return true;
    // Long bare digit strings are identifiers.
    if (t.text.length >= 7 && !t.grouped && n.scale === 1) return true;
  }
  if (!qualified && prev?.kind === 'word') {
    if (LABEL_PRECEDERS.has(prev.lower) && n.first > 0 && !n.spelled) return true;
    // "Power of Siberia 2", "Boeing 737", "World War 2": a capitalised name right before a bare number.
    // Headlines in title case capitalise every word, so the rule cannot tell names there.
    if (
      prev.capitalized && !n.spelled && !n.ordinal && !MONTHS[prev.lower] && !atLineStart(tokens, n.first - 1) &&
      ctx.sentenceOf[n.first - 1] === ctx.sentenceOf[n.first] && tokens[ctx.sentences[ctx.sentenceOf[n.first]!]?.firstToken ?? -1] !== prev &&
      !isTitleCase(ctx, ctx.sentenceOf[n.first]!)
    ) return namesTheNoun(prev, next, n) ? true : 'name';
  }
  if (n.spelled) {
    const w = t.lower;
    // "the two leaders", "the world's two most…" — but "his second term", "Xi's third term" are figures.
    // "the four-day gap" is a figure: a hyphenated unit follows.
    const compound = next?.text === '-' && !next.spaceBefore && COMPOUND_UNITS[tokens[n.end + 1]?.lower ?? ''] !== undefined;
    if (prev && !n.ordinal && !compound && (DETERMINERS.has(prev.lower) || /['’]s$/.test(prev.lower))) return true;
    if (n.ordinal && prev && /^(a|an)$/.test(prev.lower) && next?.lower === 'of') return true; // "a third of"
    if (n.ordinal && next?.text === '-' && !next.spaceBefore) return true; // "second-largest", "third-party"

    if (w === 'one' && n.scale === 1) return true;
    if (next?.lower === 'of' && !n.ordinal) return true;
  }
  // "21st century", "third quarter" as labels.
  if (n.ordinal) {
    let k = n.end;
    if (tokens[k]?.text === '-' && !tokens[k]!.spaceBefore) k++;
    if (tokens[k]?.kind === 'word' && LABEL_NOUNS.has(tokens[k]!.lower)) return true;
  }
  return false;
}

function numberFigure(ctx: ScanContext, start: number, before: Qualifier | null, currency: string | null, n: NumberRead, cues: FigureCue[]): FigureRead | null {
  const { tokens } = ctx;
  const suf = readSuffix(tokens, n, currency);
  // A hyphen compound we do not know ("two-way", "one-sided") is a word, not a figure.
  if (n.spelled && suf.end === n.end && tokens[n.end]?.text === '-' && !tokens[n.end]!.spaceBefore) return null;
  // A goal or a threshold is what no one measured: kept, with its cue, for the model to weigh.
  if (!n.ordinal && isTarget(tokens, start, suf.end)) cues = [...cues, 'foreseen'];
  let measure = readMeasure(ctx, suf.end, start, suf.kind === 'money');
  if (n.ordinal && measure?.head === 'time') measure = timesMeasure(ctx, start) ?? measure;
  if (n.ordinal && !measure) return null; // "came third" says nothing checkable
  if (n.ordinal && countsWithinWindow(ctx, suf.end)) return null;
  if (n.spelled && !n.ordinal && !measure && n.value <= 10 && suf.unit === null) return null;
  measure ??= inheritMeasure(ctx, start, suf.unit ?? 'count');
  if (!measure && (suf.kind === 'money' || suf.kind === 'quantity')) measure = subjectMeasure(ctx, start);
  const continuous = suf.kind === 'money' || suf.kind === 'quantity' || suf.kind === 'percent';
  // Money foreseen ("trade should hit $100 billion this year", "is expected to reach") is no
  // total yet: read whole and set aside, like a goal. (A planned pipeline's "would carry 50 bcm"
  // is its design, and stays a figure.)
  if (suf.kind === 'money' && isForecast(ctx, start) && !cues.includes('foreseen')) cues = [...cues, 'foreseen'];
  // "exceeded $200 billion", "tops $200 billion": more than the amount, as "more than" says; the
  // verb is part of the figure as written, as a qualifier is.
  const exceeds = before === null && !n.ordinal && EXCEED_VERBS.has(tokens[start - 1]?.lower ?? '');
  const qualifier: Qualifier = suf.qualifier ?? before ?? (exceeds ? 'more-than' : 'exact');
  const interval = intervalFor(suf.value, qualifier === 'range' ? 'range' : qualifier, suf.step, continuous ? 'continuous' : 'count', suf.upper ?? undefined);
  let unit = suf.unit ?? (suf.kind === 'count' ? 'count' : null);
  let phrase = measure?.phrase ?? '';
  let key = measure?.key ?? '';
  // "a document consisting of more than 30 pages" is a page count of that text, as "a 30-page
  // document" is (the compound's rule below).
  const text = unit === 'count' && measure?.head === 'page' ? textBefore(ctx, start) : null;
  if (text) [unit, phrase, key] = ['pages', `${text} pages`, 'declaration/pages'];
  if (suf.compound || suf.kind === 'duration') {
    phrase = phrase ? `${phrase} ${suf.kind === 'duration' ? 'length' : unit}` : unit ?? '';
    // Page counts are of a text, whatever it is called ("a 47-page document / statement / declaration").
    if (unit === 'pages' && (key === 'agreement' || key === 'declaration')) key = 'declaration';
    key = key ? `${key}/${unit}` : `/${unit}`;
  }
  // "third term", "second round": whose term? Without it a term of one leader would meet another's.
  if (n.ordinal && key && !key.includes(':')) key = `${key}:${possessorBefore(ctx, n.first)}`;
  const startTok = tokens[exceeds ? start - 1 : start]!;
  const endTok = tokens[suf.textEnd - 1]!;
  return {
    figure: withCues(makeFigure(ctx, startTok.start, endTok.end, suf.kind, suf.value, jsonSafe(interval), qualifier, unit, phrase, key, null, start), cues),
    end: Math.max(suf.end, start + 1),
  };
}

function dateFigure(ctx: ScanContext, d: DateRead, start: number): FigureRead | null {
  const { tokens } = ctx;
  if (d.yearOnly) {
    const prev = tokens[d.first - 1];
    const next = tokens[d.first + 1];
    // "Vision 2030", "Expo 2020": a year glued to a name is a label.
    if (prev?.kind === 'word' && prev.capitalized && !MONTHS[prev.lower] && tokens[ctx.sentences[ctx.sentenceOf[d.first]!]?.firstToken ?? -1] !== prev && !/^(In|Since|By|Until|Through|From|During|Before|After)$/.test(prev.text)) return null;
    if (next?.kind === 'word' && !next.spaceBefore) return null;
    // A year that only dates the figure before it ("$228 billion in 2025") is that figure's time, not a figure.
    const last = ctx.figures[ctx.figures.length - 1];
    if (!ctx.keepDatingYears && last && last.kind !== 'date' && last.kind !== 'year' && ctx.sentenceOf[d.first] === sentenceIndexAt(ctx, last.start) && /^(in|during|for|by|of|since)$/.test(prev?.lower ?? '') && d.first - tokenIndexAfter(ctx, last.end) <= 4) {
      return null;
    }
  }
  // A year's value is the year; a date's is YYYYMMDD (MMDD when the year is not written).
  if (d.yearOnly) {
    const measure = eventNounBefore(ctx, d.first);
    const year = d.year!;
    return {
      figure: makeFigure(ctx, tokens[start]!.start, tokens[d.end - 1]!.end, 'year', year, { min: year, max: year, minInclusive: true, maxInclusive: true }, 'exact', 'year', measure?.phrase ?? '', measure?.key ?? '', d.time, start),
      end: d.end,
    };
  }
  const value = d.year !== null ? d.year * 10000 + (d.month ?? 0) * 100 + (d.dayFrom ?? 0) : (d.month ?? 0) * 100 + (d.dayFrom ?? 0);
  const upper = d.year !== null ? d.year * 10000 + (d.month ?? 0) * 100 + (d.dayTo ?? d.dayFrom ?? 0) : (d.month ?? 0) * 100 + (d.dayTo ?? d.dayFrom ?? 0);
  const interval = { min: value, max: d.yearOnly ? value : upper, minInclusive: true, maxInclusive: true };
  const measure = eventNounBefore(ctx, d.first) ?? readMeasure(ctx, d.end, d.first, false) ?? measureBeforeDate(ctx, d.first);
  const startTok = tokens[start]!;
  const endTok = tokens[d.end - 1]!;
  return {
    figure: makeFigure(ctx, startTok.start, endTok.end, d.yearOnly ? 'year' : 'date', value, interval, d.dayTo !== d.dayFrom ? 'range' : 'exact', d.yearOnly ? 'year' : 'date', measure?.phrase ?? '', measure?.key ?? '', d.time, start),
    end: d.end,
  };
}
