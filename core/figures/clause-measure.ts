/**
 * What a figure counts when the words right after it do not say: read from its clause (the
 * subject before it, the text a count of pages belongs to, "for the Nth time", an event noun
 * before a date) or taken from an earlier figure of the same kind ("with an additional 20").
 */
import { EVENT_NOUNS, MEASURE_SYNONYMS, MONTHS, NUMBER_WORDS, WEEKDAYS } from '../text/lexicon';
import { COUNTRY_FORMS, findPlaces } from '../text/places';
import { entityOf } from '../text/entities';
import { measureAfter, measureBefore, measureKeyOf, type MeasureRead } from './measure';
import { singular } from '../text/words';
import type { ScanContext } from './scan-context';

/** How far before a count of pages the text it counts may be named. */
const PAGES_REACH = 8;

/** The text a count of pages belongs to: a noun of the agreement or declaration kind just before it, or null. */
export function textBefore(ctx: ScanContext, start: number): string | null {
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
export function timesMeasure(ctx: ScanContext, start: number): MeasureRead | null {
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
export function countsWithinWindow(ctx: ScanContext, from: number): boolean {
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
export function possessorBefore(ctx: ScanContext, i: number): string {
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

/** Determiners between a count and its noun: "four more cuts", "two other firms". */
const INCREMENT_WORDS = new Set(['more', 'fewer', 'additional', 'extra', 'further', 'other']);

/** The measure after the figure, else before it ("trade reached $228bn"), else null. */
export function readMeasure(ctx: ScanContext, after: number, first: number, money: boolean): MeasureRead | null {
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
  // "four more rate cuts", "30 additional seats", "two other firms": the noun after the determiner
  // is what is counted. An increment is not a total, so its key is kept apart ("more-cut").
  const det = tokens[k];
  if (det && INCREMENT_WORDS.has(det.lower) && tokens[k + 1]?.lower !== 'than' && k + 1 < tokens.length && same(k + 1, first)) {
    const m = measureAfter(tokens, k + 1);
    if (m) return det.lower === 'other' ? m : { ...m, phrase: `${det.lower} ${m.phrase}`, key: `more-${m.key}` };
  }
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
export function subjectMeasure(ctx: ScanContext, first: number): MeasureRead | null {
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
export function inheritMeasure(ctx: ScanContext, start: number, unit: string): MeasureRead | null {
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

/** The nearest event noun before a date in its sentence ("a state visit to Russia that runs from March 20 to 22" → visit). */
export function eventNounBefore(ctx: ScanContext, first: number): MeasureRead | null {
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
export function measureBeforeDate(ctx: ScanContext, first: number): MeasureRead | null {
  const { tokens } = ctx;
  const prep = tokens[first - 1];
  if (!prep || prep.kind !== 'word' || !/^(spanning|from|on|in|through|until|since|between|during|of)$/.test(prep.lower)) return null;
  const noun = tokens[first - 2];
  if (!noun || noun.kind !== 'word' || noun.capitalized) return null;
  return measureBefore([...tokens.slice(0, first - 1), { ...prep, lower: 'of' }], first);
}
