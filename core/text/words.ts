/**
 * Normalising English words: the one singular form every part of the engine folds nouns to
 * (measure heads, content terms, figure labels, the evidence engine's lemmas, the popup's search),
 * and the lemma built on it.
 */
import { wordTable } from './word-table';

/**
 * Plurals the suffix rules below would get wrong. Kept here, not in `lexicon.ts`: the content
 * script folds words with `singular`, and the lexicon's tables would add about 1 KB gzipped to it.
 */
const IRREGULAR_PLURALS = wordTable<string>({ memoranda: 'memorandum', criteria: 'criterion', phenomena: 'phenomenon' });

/** Singular form of an English noun (enough for measure heads). */
export function singular(word: string): string {
  const w = word.toLowerCase();
  if (w.length <= 3) return w;
  const irregular = IRREGULAR_PLURALS[w];
  if (irregular !== undefined) return irregular;
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (/(ss|us|is|ics)$/.test(w)) return w;
  if (/(ches|shes|sses|xes|zes)$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s')) return w.slice(0, -1);
  return w;
}

/** A word as the evidence engine and the search compare it: lower case, a trailing possessive dropped, singular. */
export function lemma(word: string): string {
  return singular(word.toLowerCase().replace(/['’]s?$/, ''));
}
