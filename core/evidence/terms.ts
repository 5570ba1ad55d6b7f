/**
 * Words as the evidence model compares them: content lemmas (lower-case, singular, no function
 * words or numbers) and names (runs of capitalised words). General English only: which words
 * matter for a topic is learned from the index itself (`idf.ts`), never listed here.
 */
import { lemma } from '../text/words';
import { NUMBER_WORDS, ORDINAL_WORDS } from '../text/lexicon';

/** Function words and reporting verbs: they say nothing about what a figure measures. */
const STOP = new Set(
  ('a an the and or but nor so yet of to in on at by for with from into onto over under about above below ' +
    'after before during since until than then that this these those there here which who whom whose what when where why how ' +
    'is are was were be been being am has have had having do does did will would shall should can could may might must ' +
    'it its he him his she her they them their we us our you your i me my one ones not no also just only even still very ' +
    'said says say told tell according added adding noted reported reports report per each other another such some any all ' +
    'both more most less least many much few several as if while though although because however meanwhile including ' +
    'like up down out off again further once now today yesterday tomorrow week weeks month months year years day days time times ' +
    'mr mrs ms dr new s t').split(' '),
);

/** A word: letters, with inner apostrophes ("Xi's"). Dashes are not in it, so "long-term" is two words. */
const WORD = /\p{L}[\p{L}'’]*/gu;

/** Each word's content lemma, or null for a word `contentLemmas` drops: remembered, as pages and sources repeat their words. */
const lemmaOfWord = new Map<string, string | null>();
/** Words remembered before the memo starts afresh (a bound on its memory, not on its answers). */
const LEMMA_MEMO = 50_000;

/** Content lemmas of a text, in order (repeats kept): words of 3+ letters that are not function words or number words. */
export function contentLemmas(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WORD)) {
    let l = lemmaOfWord.get(m[0]);
    if (l === undefined) {
      if (lemmaOfWord.size >= LEMMA_MEMO) lemmaOfWord.clear();
      lemmaOfWord.set(m[0], (l = contentLemma(m[0])));
    }
    if (l !== null) out.push(l);
  }
  return out;
}

function contentLemma(word: string): string | null {
  if (word.length < 3) return null;
  const l = lemma(word);
  // Number words are figures, not words about them ("four" in "four days").
  return l.length >= 3 && !STOP.has(l) && NUMBER_WORDS[l] === undefined && ORDINAL_WORDS[l] === undefined ? l : null;
}

/** The set of content lemmas of a text. */
export function termSet(text: string): Set<string> {
  return new Set(contentLemmas(text));
}

/**
 * Names in a text: runs of capitalised words, lower-cased and joined ("golden dome", "min aung
 * hlaing"). A capitalised word that opens a sentence counts only if the text also writes it
 * capitalised elsewhere, so "Officials said" adds nothing.
 */
export function namesIn(text: string): Set<string> {
  const capitalisedMidSentence = new Set<string>();
  const runs: Array<{ words: string[]; opens: boolean }> = [];
  const re = /(?<![\p{L}\d])(\p{Lu}[\p{L}'’.-]*(?:\s+(?:of\s+|de\s+|al-)?\p{Lu}[\p{L}'’.-]*)*)/gu;
  for (const m of text.matchAll(re)) {
    const before = text.slice(Math.max(0, m.index! - 3), m.index!);
    const opens = m.index === 0 || /[.!?:\n"“]\s*$/.test(before) || /^\s*$/.test(before);
    const words = m[1]!.replace(/['’]s$/, '').split(/\s+/);
    if (!opens) for (const w of words) capitalisedMidSentence.add(w);
    runs.push({ words, opens });
  }
  const out = new Set<string>();
  for (const { words, opens } of runs) {
    // An opener is kept when the text capitalises it elsewhere too, or when it is an acronym ("NDA").
    const kept = opens && !capitalisedMidSentence.has(words[0]!) && !/^\p{Lu}{2,}$/u.test(words[0]!) ? words.slice(1) : words;
    if (kept.length === 0) continue;
    const name = kept.join(' ').toLowerCase().replace(/[.’']+$/g, '');
    if (name.length >= 2 && !STOP.has(name)) out.add(name);
  }
  return out;
}
