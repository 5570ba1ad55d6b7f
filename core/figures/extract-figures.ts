/**
 * The figure extractor: finds every figure a fact-checker would care about in a text and
 * describes it (value, interval, unit, measure, sentence, offsets). Pure and linear: one
 * tokenizer pass, then a left-to-right scan with bounded look-around at each token.
 */
import type { Figure, FigureCue, FigureKind, Qualifier } from '../model';
import { tokenize, type Token } from '../text/tokenize';
import { splitSentences, type Sentence } from '../text/sentences';
import {
  COMPOUND_UNITS, CURRENCY_SYMBOLS, CURRENCY_WORDS, DETERMINERS, DURATION_UNITS, EVENT_NOUNS, LABEL_NOUNS,
  LABEL_PRECEDERS, MEASURE_SYNONYMS, MONTHS, NUMBER_WORDS, QUALIFIERS_BEFORE, UNIT_WORDS, WEEKDAYS,
} from '../text/lexicon';
import { COUNTRY_FORMS, findPlaces } from '../text/places';
import { entityOf } from '../text/entities';
import { boilerplateRanges } from './boilerplate';
import { intervalFor, jsonSafe } from './interval';
import { measureAfter, measureBefore, measureKeyOf, singular, type MeasureRead } from './measure';
import { readDate, type DateRead } from './read-date';
import { readNumber, type NumberRead } from './read-number';
import { withMoreFigures } from './more-figures';
import { sentenceWindow } from './sentence-window';

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

/** Finds the figures of a text. */
export function extractFigures(text: string, options: ExtractOptions = {}): Figure[] {
  return analyzeText(text, options).figures;
}

/** Tokenizes, splits sentences and extracts figures in one pass (shared by index and matcher). */
export function analyzeText(text: string, options: ExtractOptions = {}): ExtractedText {
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens);
  const sentenceOf = new Int32Array(tokens.length).fill(-1);
  sentences.forEach((s, idx) => {
    for (let k = s.firstToken; k < s.endToken; k++) sentenceOf[k] = idx;
  });
  const skip = boilerplateRanges(text);
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

/** What reading at a token found: a figure, or (`figure: null`) a number read and set aside whole, such as a goal. */
interface FigureRead {
  figure: Figure | null;
  end: number;
}

interface ScanContext {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  sentenceOf: Int32Array;
  figures: Figure[];
  titleCase?: Map<number, boolean>;
  /** Keep a year that dates the figure before it as a figure too (`ExtractOptions.moreKinds`). */
  keepDatingYears?: boolean;
}

/** Whether token i starts a line (or the text). */
function atLineStart(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return !prev || prev.kind === 'break';
}

/** The qualifiers by their first word, in the lexicon's order (longest phrasing first where it matters). */
const QUALIFIERS_BY_FIRST_WORD = new Map<string, Array<(typeof QUALIFIERS_BEFORE)[number]>>();
for (const q of QUALIFIERS_BEFORE) {
  const list = QUALIFIERS_BY_FIRST_WORD.get(q.words[0]!);
  if (list) list.push(q);
  else QUALIFIERS_BY_FIRST_WORD.set(q.words[0]!, [q]);
}

function matchQualifier(tokens: Token[], i: number): { qualifier: Qualifier; len: number } | null {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return null;
  // Looked up by the first word: most words start no qualifier, and cost one map lookup.
  for (const q of QUALIFIERS_BY_FIRST_WORD.get(t.lower) ?? []) {
    let ok = true;
    for (let k = 1; k < q.words.length; k++) {
      if (tokens[i + k]?.lower !== q.words[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return { qualifier: q.qualifier, len: q.words.length };
  }
  return null;
}

/** Dollars other than the US dollar, by the letters written before "$": "S$300.8 billion" is Singapore's. */
const DOLLAR_PREFIXES: Readonly<Record<string, string>> = { US: 'USD', U: 'USD', A: 'AUD', C: 'CAD', HK: 'HKD', S: 'SGD', NZ: 'NZD', NT: 'TWD', R: 'BRL', MX: 'MXN' };

/** A currency written before the number: "$", "US$", "US $", "USD", "RMB". Returns [currency, next index]. */
function currencyBefore(tokens: Token[], i: number): [string, number] | null {
  const t = tokens[i];
  if (!t) return null;
  if (t.kind === 'sym' && CURRENCY_SYMBOLS[t.text]) {
    // "$" glued to letters we do not know ("Z$") is not the US dollar.
    if (t.text === '$' && !t.spaceBefore && tokens[i - 1]?.kind === 'word') return null;
    return [CURRENCY_SYMBOLS[t.text]!, i + 1];
  }
  if (t.kind === 'word' && Object.prototype.hasOwnProperty.call(DOLLAR_PREFIXES, t.text)) {
    let k = i + 1;
    if (t.text === 'U' && tokens[k]?.text === '.' && tokens[k + 1]?.text === 'S' && tokens[k + 2]?.text === '.') k += 3;
    if (tokens[k]?.text === '$' && (t.text === 'US' || !tokens[k]!.spaceBefore)) return [DOLLAR_PREFIXES[t.text]!, k + 1];
  }
  if (t.kind === 'word' && t.text === t.text.toUpperCase() && t.text.length === 3 && CURRENCY_WORDS[t.lower] && tokens[i + 1]?.kind === 'num') {
    return [CURRENCY_WORDS[t.lower]!, i + 1];
  }
  return null;
}

const DASHES = new Set(['-', '–', '—']);
const PHYSICAL = new Set(['bcm', 'm3', 'km', 'mi', 't', 'bbl', 'MW', 'GW', 'kg']);

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
    ) return 'name';
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

interface Suffix {
  end: number;
  textEnd: number;
  unit: string | null;
  kind: FigureKind;
  qualifier: Qualifier | null;
  upper: number | null;
  value: number;
  step: number;
  compound: boolean;
  /** The scale applied to the value (a range takes the scale written after its end: "38 to 44 billion"). */
  scale: number;
}

/** Reads what follows a number: "+", "-plus", a range end, %, currency words, units, "-page". */
function readSuffix(tokens: Token[], n: NumberRead, currency: string | null): Suffix {
  const s: Suffix = {
    end: n.end, textEnd: n.end, unit: currency, kind: currency ? 'money' : n.ordinal ? 'ordinal' : 'count',
    qualifier: null, upper: null, value: n.value, step: n.step, compound: false, scale: n.scale,
  };
  let k = n.end;
  const t = () => tokens[k];
  if (n.ordinal) {
    s.unit = 'ordinal';
    return s;
  }
  // 20+  /  20-plus  /  20 plus
  // "20+" and "20-plus" are read as "more than 20", as headlines use them (docs/fact-model.md).
  if (t()?.text === '+' && !t()!.spaceBefore) {
    s.qualifier = 'more-than';
    k++;
  } else if (t()?.text === '-' && !t()!.spaceBefore && tokens[k + 1]?.lower === 'plus') {
    s.qualifier = 'more-than';
    k += 2;
  } else {
    // Range: "38 to 44 billion", "38-44", "between 38 and 44"
    const sep = t();
    const isSep = sep && ((sep.kind === 'sym' && DASHES.has(sep.text)) || sep.lower === 'to' || (sep.lower === 'and' && tokens[n.first - 1]?.lower === 'between'));
    if (isSep) {
      let j = k + 1;
      if (currency && tokens[j]?.kind === 'sym' && CURRENCY_SYMBOLS[tokens[j]!.text]) j++;
      const m = tokens[j]?.kind === 'num' ? readNumber(tokens, j) : null;
      if (m && !m.ordinal && (m.scale === n.scale || n.scale === 1)) {
        const scale = m.scale;
        s.value = n.scale === 1 ? n.value * scale : n.value;
        s.step = Math.min(n.scale === 1 ? n.step * scale : n.step, m.step);
        s.upper = m.value;
        s.scale = scale;
        if (s.upper >= s.value) {
          s.qualifier = 'range';
          k = m.end;
        } else s.upper = null;
      }
    }
  }
  s.textEnd = k;
  // Units after the number.
  const u = t();
  if (u?.text === '%' ) {
    s.unit = '%';
    s.kind = 'percent';
    k++;
  } else if (u?.kind === 'word') {
    if (u.lower === 'percent' || (u.lower === 'per' && tokens[k + 1]?.lower === 'cent')) {
      s.unit = '%';
      s.kind = 'percent';
      k += u.lower === 'per' ? 2 : 1;
    } else if (u.lower === 'cubic' && /^met(re|er)s?$/.test(tokens[k + 1]?.lower ?? '')) {
      if (Math.abs(s.scale - 1e9) < 1) {
        s.unit = 'bcm';
        s.value /= 1e9;
        s.step /= 1e9;
        if (s.upper !== null) s.upper /= 1e9;
      } else s.unit = 'm3';
      s.kind = 'quantity';
      k += 2;
    } else if (!currency && (u.text === 'US' || u.lower === 'u') && tokens[k + 1]?.lower === 'dollars') {
      s.unit = 'USD';
      s.kind = 'money';
      k += 2;
    } else if (!currency && CURRENCY_WORDS[u.lower] && u.spaceBefore) {
      s.unit = CURRENCY_WORDS[u.lower]!;
      s.kind = 'money';
      k++;
    } else if (!currency && UNIT_WORDS[u.lower] && u.lower !== 'per') {
      s.unit = UNIT_WORDS[u.lower]!;
      s.kind = 'quantity';
      k++;
    } else if (!currency && COMPOUND_UNITS[u.lower] && DURATION_UNITS.has(COMPOUND_UNITS[u.lower]!)) {
      s.unit = COMPOUND_UNITS[u.lower]!;
      s.kind = 'duration';
      k++;
    }
  } else if (u?.text === '-' && !u.spaceBefore && tokens[k + 1]?.kind === 'word' && !tokens[k + 1]!.spaceBefore && !currency) {
    // "47-page", "four-day"
    const w = tokens[k + 1]!.lower;
    if (COMPOUND_UNITS[w]) {
      s.unit = COMPOUND_UNITS[w]!;
      s.kind = DURATION_UNITS.has(s.unit) ? 'duration' : 'count';
      s.compound = true;
      k += 2;
    }
  }
  if (s.unit !== null && s.unit !== currency && s.kind !== 'money') s.textEnd = k;
  else if (s.kind === 'money') s.textEnd = k;
  // "or more", "or so"
  if (tokens[k]?.lower === 'or' && tokens[k + 1]?.lower === 'more') {
    s.qualifier = 'at-least';
    k += 2;
    s.textEnd = k;
  } else if (tokens[k]?.lower === 'or' && tokens[k + 1]?.lower === 'so') {
    s.qualifier = 'about';
    k += 2;
    s.textEnd = k;
  }
  if (s.kind === 'count' && PHYSICAL.has(s.unit ?? '')) s.kind = 'quantity';
  s.end = k;
  return s;
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

/** Verbs that put an amount below what happened: "exceeded $200 billion" is more than $200 billion. */
const EXCEED_VERBS = new Set(['exceeded', 'exceeds', 'exceed', 'exceeding', 'surpassed', 'surpasses', 'surpassing', 'topped', 'tops', 'topping', 'passed', 'crossed']);

/** Modal verbs that make what follows a forecast: "should hit", "will reach". */
const MODALS = new Set(['will', 'would', 'should', 'could', 'might', 'may']);
/** Words that make what follows a forecast with a "to" before the amount, or "at": "is expected to", "aims to", "projected at". */
const FORESEEING = new Set(['expected', 'expects', 'expect', 'projected', 'forecast', 'forecasts', 'aims', 'aim', 'plans', 'plan', 'hopes', 'hope', 'predicted', 'predicts', 'set', 'targets', 'target']);
/** How far before an amount its forecast may be written ("is expected to rise to"). */
const FORECAST_REACH = 6;

/** Whether the amount at token `start` is foreseen rather than reported (within its clause). */
function isForecast(ctx: ScanContext, start: number): boolean {
  const { tokens } = ctx;
  const sentence = ctx.sentenceOf[start];
  // A headline's "Trade to reach $200 billion by 2024" is its future tense.
  if (tokens[start - 2]?.lower === 'to' && /^(reach|hit|top|exceed|surpass|pass|cross)$/.test(tokens[start - 1]?.lower ?? '')) return true;
  for (let k = start - 1; k >= Math.max(0, start - FORECAST_REACH) && ctx.sentenceOf[k] === sentence; k--) {
    const t = tokens[k]!;
    if (t.kind === 'sym' && t.text !== '-' && t.text !== '$') return false;
    if (t.kind !== 'word') continue;
    // "May" the month is no modal; "took aim at the $175bn" is no forecast, "aims to" is.
    if (MODALS.has(t.text)) return true;
    if (FORESEEING.has(t.lower) && tokens[k - 1]?.lower !== 'took') {
      // "expect the trade volume to reach", "projected at": a "to" before the amount, or "at" right after.
      if (tokens[k + 1]?.lower === 'at') return true;
      for (let j = k + 1; j < start; j++) if (tokens[j]!.lower === 'to') return true;
    }
  }
  return false;
}

/** Words that make a figure a goal or a threshold, not a value: "the $200 billion mark", "a goal of 40". */
const TARGET_WORDS = new Set(['mark', 'level', 'threshold', 'target', 'targets', 'goal', 'goals', 'milestone', 'barrier', 'benchmark', 'aim', 'ceiling']);

/**
 * Whether the figure at tokens [first, end) is a goal or a threshold ("broke the $200 billion
 * mark", "a trade goal of $200 billion", "on pace to hit $200 billion"): nothing that happened,
 * so nothing to check against what did.
 */
function isTarget(tokens: Token[], first: number, end: number): boolean {
  if (TARGET_WORDS.has(tokens[end]?.lower ?? '')) return true;
  if (tokens[first - 1]?.lower === 'of' && TARGET_WORDS.has(tokens[first - 2]?.lower ?? '')) return true;
  // "on pace to hit", "on track to reach"
  for (let k = first - 1; k >= Math.max(0, first - 4); k--) {
    const w = tokens[k]!.lower;
    if ((w === 'pace' || w === 'track') && tokens[k - 1]?.lower === 'on') return true;
    if (tokens[k]!.kind !== 'word') break;
  }
  return false;
}

/** How far before a count of pages the text it counts may be named. */
const PAGES_REACH = 8;

/** The text a count of pages belongs to: a noun of the agreement or declaration kind just before it, or null. */
function textBefore(ctx: ScanContext, start: number): string | null {
  const sentence = ctx.sentenceOf[start];
  for (let k = start - 1; k >= Math.max(0, start - PAGES_REACH) && ctx.sentenceOf[k] === sentence; k--) {
    const t = ctx.tokens[k]!;
    const key = t.kind === 'word' ? MEASURE_SYNONYMS[singular(t.lower)] : undefined;
    if (key === 'agreement' || key === 'declaration') return t.lower;
  }
  return null;
}

/** Bodies that name no one whose term or round an ordinal counts. */
const INSTITUTIONS = new Set([
  'Congress', 'Parliament', 'Duma', 'Assembly', 'Senate', 'Council', 'Committee', 'Party', 'Court', 'Ministry',
  'Government', 'Kremlin', 'Commission', 'Cabinet', 'Politburo', 'Bureau', 'Union', 'Organization', 'Organisation',
]);

/** How far before "for the Nth time" its verb may stand ("Putin visits China for the 25th time"). */
const TIMES_REACH = 6;

/**
 * What "for the Nth time" counts: the measure its verb names, with the place it goes to
 * ("Putin Visits China for 25th Time" → visit:china). Null when no verb the lexicon knows is there.
 */
function timesMeasure(ctx: ScanContext, start: number): MeasureRead | null {
  const { tokens } = ctx;
  let k = start - 1;
  if (tokens[k]?.lower === 'the') k--;
  if (tokens[k]?.lower !== 'for') return null;
  const sentence = ctx.sentenceOf[start];
  for (let j = k - 1; j >= Math.max(0, k - TIMES_REACH) && ctx.sentenceOf[j] === sentence; j--) {
    const verb = tokens[j]!.lower.replace(/(s|ed|ing)$/, '');
    const key = MEASURE_SYNONYMS[verb];
    if (!key) continue;
    // The place it goes to: the capitalised word after the verb ("visits China", "visited Moscow").
    const object = tokens[j + 1];
    const place = object?.kind === 'word' && object.capitalized && j + 1 < k ? object.text : '';
    return { phrase: place ? `${verb} to ${place}` : verb, head: verb, key: key === 'visit' && place ? `visit:${place.toLowerCase()}` : key };
  }
  return null;
}

/** Units of time that bound a window: "in six months", "in a decade". */
const WINDOW_UNITS = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'decade', 'decades']);
/** How far after an ordinal its window may be written ("second trip to China in six months"). */
const WINDOW_REACH = 8;

/**
 * Whether an ordinal counts within a window of time, not overall: "his second trip to China in
 * six months", "the third visit this year", "the first since 2019". Such a count never meets a
 * career count ("25th visit") and is left out.
 */
function countsWithinWindow(ctx: ScanContext, from: number): boolean {
  const { tokens } = ctx;
  const sentence = ctx.sentenceOf[from - 1];
  for (let k = from; k < Math.min(tokens.length, from + WINDOW_REACH) && ctx.sentenceOf[k] === sentence; k++) {
    const t = tokens[k]!;
    if (t.kind === 'break' || (t.kind === 'sym' && t.text !== '-')) return false; // the window is in the ordinal's own clause
    if (t.lower === 'since') return true;
    if (t.lower === 'this' && (tokens[k + 1]?.lower === 'year' || tokens[k + 1]?.lower === 'month')) return true;
    if (t.lower !== 'in' && t.lower !== 'within') continue;
    // "in (the past | the last) (six | a | 12) months"
    let j = k + 1;
    if (tokens[j]?.lower === 'the') j++;
    if (tokens[j]?.lower === 'past' || tokens[j]?.lower === 'last') j++;
    if (tokens[j]?.kind === 'num' || tokens[j]?.lower === 'a' || NUMBER_WORDS[tokens[j]?.lower ?? ''] !== undefined) j++;
    if (j > k + 1 && WINDOW_UNITS.has(tokens[j]?.lower ?? '')) return true;
  }
  return false;
}

/**
 * Whose is an ordinal's term or round: the nearest person-like name before token i in its
 * sentence ("Xi's reelection to a third term" → "xi"), else the first one of the sentence, its
 * subject ("Xi Jinping arrived in Moscow …, days after securing a third term" → "xi"), or "?".
 * After "his" or "her", a name in the possessive behind a comma owns its own noun, not the
 * ordinal: in "Putin's visit, at Xi's invitation, marks … his fifth term", the term is the
 * subject's, Putin's; in "marking Putin's first trip since starting his fifth term", Putin's too.
 */
function possessorBefore(ctx: ScanContext, i: number): string {
  const s = ctx.sentences[ctx.sentenceOf[i] ?? -1];
  if (!s) return '?';
  const pronoun = /^(his|her)$/.test(ctx.tokens[i - 1]?.lower ?? '');
  // The words of a body's name: "National People's Congress", with every capital before its last word.
  const inBody = new Set<number>();
  for (let k = s.firstToken; k < i; k++) {
    if (!INSTITUTIONS.has(ctx.tokens[k]!.text)) continue;
    for (let a = k; a >= s.firstToken && ctx.tokens[a]!.kind === 'word' && ctx.tokens[a]!.capitalized; a--) inBody.add(a);
  }
  const nameAt = (k: number): string | null => {
    const t = ctx.tokens[k]!;
    if (t.kind !== 'word' || !t.capitalized) return null;
    const possessive = /['’]s$/.test(t.text);
    // Every sentence opens with a capital: its first word is a name only in the possessive, or
    // when it names something ("Xi was confirmed for a third term").
    if (k === s.firstToken && !possessive && entityOf(t.text) !== t.text) return null;
    const name = t.text.replace(/['’]s$/, '');
    if (MONTHS[name.toLowerCase()] !== undefined || WEEKDAYS[name.toLowerCase()] !== undefined || findPlaces(name).length > 0 || COUNTRY_FORMS[name] || /^(President|Prime|Minister|The|A|An|His|Her)$/.test(name)) return null;
    // A body ("the National People's Congress") elects, but holds no term of its own.
    if (inBody.has(k)) return null;
    return name.toLowerCase();
  };
  // The whole name the word at k is part of, "xi-jinping" for "Xi Jinping": pages write either
  // part alone, and the matcher meets owners that share a part (see `ownerKey` in check-page).
  const whole = (k: number, name: string): string => {
    const parts = [name];
    for (let a = k - 1; a >= s.firstToken && !/['’]s$/.test(ctx.tokens[a]!.text); a--) {
      // The sentence's opening word is part of the name only if it names something ("Xi Jinping
      // was re-elected", not "After Xi's…").
      const opening = a === s.firstToken && ctx.tokens[a]!.kind === 'word' && entityOf(ctx.tokens[a]!.text) === ctx.tokens[a]!.text;
      const more = nameAt(a) ?? (opening ? ctx.tokens[a]!.lower : null);
      if (!more || ctx.tokens[a + 1]!.spaceBefore === false) break;
      parts.unshift(more);
    }
    for (let b = k + 1; b < i && !/['’]s$/.test(ctx.tokens[b - 1]!.text); b++) {
      const more = nameAt(b);
      if (!more) break;
      parts.push(more);
    }
    return parts.join('-');
  };
  let comma = false;
  for (let k = i - 1; k >= s.firstToken && k >= i - 16; k--) {
    if (ctx.tokens[k]!.text === ',') comma = true;
    // After "his", a possessive name in another phrase ("…, at Xi's invitation, … his") owns its own noun.
    if (pronoun && comma && /['’]s$/.test(ctx.tokens[k]!.text)) continue;
    const name = nameAt(k);
    if (name) return whole(k, name);
  }
  for (let k = s.firstToken; k < (pronoun ? i : i - 16); k++) {
    const name = nameAt(k);
    if (name) return whole(k, name);
  }
  return '?';
}

/** The measure after the figure, else before it ("trade reached $228bn"), else null. */
function readMeasure(ctx: ScanContext, after: number, first: number, money: boolean): MeasureRead | null {
  const { tokens } = ctx;
  let k = after;
  // "$228bn in trade", "30% of exports"
  // ("in monetary terms", "in dollar terms" say how it is counted, not what.)
  const inTerms = tokens[k]?.lower === 'in' && (tokens[k + 2]?.lower === 'terms' || tokens[k + 1]?.lower === 'terms');
  if ((tokens[k]?.lower === 'in' || tokens[k]?.lower === 'of') && !inTerms && tokens[k + 1]?.kind === 'word' && !tokens[k + 1]!.capitalized && !MONTHS[tokens[k + 1]!.lower]) {
    const m = measureAfter(tokens, k + 1);
    if (m) return m;
  }
  const same = (a: number, b: number) => ctx.sentenceOf[a] === ctx.sentenceOf[b];
  // A participle right after an amount is a verb, not what it measures: "$244.8 billion achieved in 2024".
  const verb = money && /^[a-z]{3,}(ed|ing)$/.test(tokens[k]?.text ?? '');
  if (k < tokens.length && same(k, first) && !verb) {
    const m = measureAfter(tokens, k);
    if (m) return m;
  }
  k = first;
  return k > 0 && same(k - 1, first) ? measureBefore(tokens, k) : null;
}

/** How far before an amount the subject of its clause may stand. */
const SUBJECT_REACH = 24;
/** Words that open a phrase inside a sentence: a measure after one is not a clause's subject. */
const PHRASE_OPENERS = new Set(['in', 'on', 'at', 'for', 'of', 'with', 'by', 'from', 'to', 'after', 'before', 'during', 'under', 'over', 'amid', 'as', 'while', 'since']);

/**
 * An amount with no measure of its own, in a clause whose subject is a measure the lexicon knows:
 * "Trade turnover between Russia and China decreased by 6.9% in 2025, reaching $228.105 billion",
 * "… adding that trade between the two countries hit a record this year, reaching $245 billion"
 * measure trade. The nearest such word before the amount counts, unless a preposition puts it in
 * a phrase ("On the trade front, …" is no subject) or another amount stands between them.
 */
function subjectMeasure(ctx: ScanContext, first: number): MeasureRead | null {
  const sentence = ctx.sentences[ctx.sentenceOf[first] ?? -1];
  if (!sentence) return null;
  const { tokens } = ctx;
  const last = ctx.figures[ctx.figures.length - 1];
  const floor = Math.max(sentence.firstToken, first - SUBJECT_REACH);
  for (let k = first - 1; k >= floor; k--) {
    const t = tokens[k]!;
    if (last && (last.kind === 'money' || last.kind === 'quantity') && t.end <= last.end) return null;
    if (t.kind !== 'word') continue;
    const key = MEASURE_SYNONYMS[singular(t.lower)];
    if (!key) continue;
    let b = k - 1;
    if (/^(the|a|an|its|their)$/.test(tokens[b]?.lower ?? '')) b--;
    if (b >= sentence.firstToken && PHRASE_OPENERS.has(tokens[b]!.lower)) return null;
    return { phrase: t.lower, head: singular(t.lower), key };
  }
  return null;
}

/** How many earlier figures an elliptical figure may take its measure from. */
const INHERIT_LOOKBACK = 3;

/** "20 agreements …, with an additional 20 expected": the second 20 counts the same thing. */
function inheritMeasure(ctx: ScanContext, start: number, unit: string): MeasureRead | null {
  const sentence = ctx.sentences[ctx.sentenceOf[start] ?? -1];
  if (!sentence) return null;
  // Only the last few figures: a run-on "sentence" of thousands of numbers must stay linear.
  // "1.63 trillion yuan ($234 billion)": an amount converted in brackets is the amount before them.
  const last = ctx.figures[ctx.figures.length - 1];
  const bracket = ctx.tokens[start - 1];
  if (last?.measureKey && last.kind === 'money' && bracket?.text === '(' && last.end >= sentence.start && bracket.start - last.end <= 1) {
    return { phrase: last.measure, head: last.measureKey, key: last.measureKey };
  }
  for (let f = ctx.figures.length - 1; f >= Math.max(0, ctx.figures.length - INHERIT_LOOKBACK); f--) {
    const prev = ctx.figures[f]!;
    if (prev.start < sentence.start) break;
    if (prev.measureKey && prev.unit === unit) return { phrase: prev.measure, head: prev.measureKey, key: prev.measureKey };
  }
  return null;
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

/** The nearest event noun before a date in its sentence ("a state visit to Russia that runs from March 20 to 22" → visit). */
function eventNounBefore(ctx: ScanContext, first: number): MeasureRead | null {
  const s = ctx.sentences[ctx.sentenceOf[first] ?? -1];
  if (!s) return null;
  for (let k = first - 1; k >= s.firstToken && k >= first - 12; k--) {
    const t = ctx.tokens[k]!;
    const head = t.kind === 'word' ? singular(t.lower) : '';
    if (t.kind === 'word' && (EVENT_NOUNS.has(t.lower) || EVENT_NOUNS.has(head))) {
      const adj = ctx.tokens[k - 1];
      const phrase = adj?.kind === 'word' && /^(state|official|working|joint|summit)$/.test(adj.lower) ? `${adj.lower} ${t.lower}` : t.lower;
      return { phrase, head, key: measureKeyOf(head) };
    }
  }
  return null;
}

/** "an official visit spanning March 20 to 22": the noun before a preposition before the date. */
function measureBeforeDate(ctx: ScanContext, first: number): MeasureRead | null {
  const { tokens } = ctx;
  const prep = tokens[first - 1];
  if (!prep || prep.kind !== 'word' || !/^(spanning|from|on|in|through|until|since|between|during|of)$/.test(prep.lower)) return null;
  const noun = tokens[first - 2];
  if (!noun || noun.kind !== 'word' || noun.capitalized) return null;
  return measureBefore([...tokens.slice(0, first - 1), { ...prep, lower: 'of' }], first);
}

/** Whether most words of a sentence are capitalised (a headline). Cached per sentence. */
function isTitleCase(ctx: ScanContext, sentence: number): boolean {
  const cache = (ctx.titleCase ??= new Map());
  const hit = cache.get(sentence);
  if (hit !== undefined) return hit;
  const s = ctx.sentences[sentence];
  let words = 0;
  let caps = 0;
  if (s) {
    for (let k = s.firstToken; k < s.endToken && words < 40; k++) {
      const t = ctx.tokens[k]!;
      if (t.kind !== 'word' || t.text.length <= 3) continue;
      words++;
      if (t.capitalized) caps++;
    }
  }
  const result = words >= 3 && caps / words >= 0.7;
  cache.set(sentence, result);
  return result;
}

function sentenceIndexAt(ctx: ScanContext, offset: number): number {
  // Figures are pushed in order, so a binary search over sentences finds the one holding `offset`.
  let lo = 0;
  let hi = ctx.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = ctx.sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

function tokenIndexAfter(ctx: ScanContext, offset: number): number {
  let lo = 0;
  let hi = ctx.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A figure with the cues of its wording (none: no field, so most figures stay as they were). */
function withCues(f: Figure, cues: FigureCue[]): Figure {
  return cues.length ? { ...f, cues } : f;
}

function makeFigure(
  ctx: ScanContext, start: number, end: number, kind: FigureKind, value: number, interval: Figure['interval'],
  qualifier: Qualifier, unit: string | null, measure: string, measureKey: string, time: Figure['time'], firstToken: number,
): Figure {
  const s = ctx.sentences[ctx.sentenceOf[firstToken] ?? -1];
  const [sentenceStart, sentenceEnd] = sentenceWindow(s ? s.start : start, s ? s.end : end, start, end);
  const sentence = ctx.text.slice(sentenceStart, sentenceEnd);
  return { text: ctx.text.slice(start, end), start, end, kind, value, interval, qualifier, unit, measure, measureKey, sentence, sentenceStart, time };
}
