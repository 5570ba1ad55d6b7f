/**
 * Content words of a stretch of text, singular and lower-cased: what the matcher compares to
 * tell whether a page's "$175bn" speaks of the same thing as a source's "$175 billion".
 */
import { MEASURE_STOP_WORDS, MONTHS, NUMBER_WORDS, QUALIFIERS_BEFORE, WEEKDAYS } from '../text/lexicon';
import { singular } from '../text/words';

const GENERIC = new Set([
  'said', 'says', 'would', 'will', 'also', 'year', 'years', 'time', 'times', 'last', 'first', 'week', 'month',
  'weeks', 'months', 'day', 'days', 'hour', 'hours', 'minute', 'minutes', 'decade', 'decades',
  'country', 'countries', 'side', 'sides', 'leader', 'leaders', 'president', 'minister', 'government', 'official',
  'officials', 'people', 'report', 'reports', 'according', 'told', 'called', 'make', 'made', 'take', 'took', 'over',
  'new', 'more', 'most', 'than', 'like', 'just', 'only', 'even', 'still', 'very', 'much', 'many', 'some', 'other',
  'both', 'such', 'what', 'when', 'which', 'while', 'where', 'there', 'their', 'they', 'them', 'this', 'that', 'these',
  'those', 'with', 'from', 'have', 'been', 'were', 'being', 'into', 'after', 'before', 'about', 'around', 'billion',
  'million', 'trillion', 'thousand', 'percent', 'dollar', 'dollars', 'total', 'worth', 'cost', 'costs', 'value',
]);

/** Words of the qualifiers a figure may carry ("approximately", "more than"): they say how much, not of what. */
const QUALIFIER_WORDS = new Set(QUALIFIERS_BEFORE.flatMap((q) => q.words));

/** A crude stem so "traded" meets "trade" and "signing" meets "signed" (applied to both sides alike). */
export function stem(word: string): string {
  const w = word.replace(/(ing|ed|es|e)$/, '');
  return w.length >= 4 ? w : word;
}

/** The content words of a text (at least four letters, no function words, numbers, months or weekdays). */
export function contentTerms(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/[\p{L}][\p{L}'’-]*/gu)) {
    const raw = m[0].toLowerCase().replace(/['’]s$/, '');
    for (const part of raw.split('-')) {
      if (part.length < 3) continue;
      if (MEASURE_STOP_WORDS.has(part) || GENERIC.has(part) || QUALIFIER_WORDS.has(part) || MONTHS[part] !== undefined || WEEKDAYS[part] !== undefined || NUMBER_WORDS[part] !== undefined) continue;
      out.add(stem(singular(part)));
    }
  }
  return out;
}
