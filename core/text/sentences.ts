/**
 * Sentence boundaries over tokens: a line break always ends a sentence (headings, list items and
 * paragraphs never glue together); ".", "!" and "?" end one when a capital, digit or quote follows
 * after a space, unless the dot closes a known abbreviation or an initial.
 */
import type { Token } from './tokenize';

/** A sentence as a span of the text and of the token array. */
export interface Sentence {
  start: number;
  end: number;
  /** First token index and one past the last. */
  firstToken: number;
  endToken: number;
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'prof', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'sgt', 'capt', 'jr', 'sr',
  'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'no', 'approx', 'est', 'fig', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul',
  'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mt', 'ft', 'e', 'i', 'u', 's',
]);
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '«']);
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);

/** Splits tokens into sentences. Linear in the number of tokens. */
export function splitSentences(text: string, tokens: Token[]): Sentence[] {
  const out: Sentence[] = [];
  let first = 0;
  const close = (endTok: number) => {
    // Trim break tokens from both ends.
    let a = first;
    let b = endTok;
    while (a < b && tokens[a]!.kind === 'break') a++;
    while (b > a && tokens[b - 1]!.kind === 'break') b--;
    if (a < b) out.push({ start: tokens[a]!.start, end: tokens[b - 1]!.end, firstToken: a, endToken: b });
    first = endTok;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'break') {
      close(i + 1);
      continue;
    }
    if (t.kind !== 'sym' || (t.text !== '.' && t.text !== '!' && t.text !== '?' && t.text !== '…')) continue;
    // Closing quotes or brackets right after the mark belong to this sentence.
    let j = i + 1;
    while (j < tokens.length && tokens[j]!.kind === 'sym' && CLOSERS.has(tokens[j]!.text) && !tokens[j]!.spaceBefore) j++;
    const next = tokens[j];
    if (!next) continue;
    if (next.kind === 'break') continue; // the break closes it
    if (!next.spaceBefore) continue; // "U.S.", "3.5", "example.com"
    const startsSentence =
      (next.kind === 'word' && next.capitalized) || next.kind === 'num' || (next.kind === 'sym' && OPENERS.has(next.text));
    if (!startsSentence) continue;
    if (t.text === '.') {
      const prev = tokens[i - 1];
      if (prev && prev.kind === 'word' && !t.spaceBefore) {
        if (ABBREVIATIONS.has(prev.lower)) continue;
        if (prev.text.length === 1 && prev.capitalized) continue; // an initial: "J. Smith", "U.S. officials"
      }
    }
    close(j);
  }
  close(tokens.length);
  void text;
  return out;
}
