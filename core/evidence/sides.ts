/**
 * Builds the views the features compare (`features.ts`): one per source fact, made once per
 * index, and one per page figure, made when the page is checked. Both sides are read the same way.
 */
import type { EventRef, Figure } from '../model';
import { contentLemmas, namesIn, termSet } from './terms';
import { lemma } from '../text/words';
import { clauseOf, RUNNING, TENTATIVE, union, type SideView } from './features';

/** Words that locate what follows them: "in Mandalay", "at the Kremlin", "near Sagaing". */
const LOCATIVE = /\b(?:in|at|near|from|outside|inside)\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’.-]*)(?:\s+\p{Lu}[\p{L}'’.-]*)*)/gu;

/** Names a sentence locates things in, lower-cased. */
export function locatedNames(sentence: string): Set<string> {
  const out = new Set<string>();
  for (const m of sentence.matchAll(LOCATIVE)) out.add(m[1]!.toLowerCase().replace(/['’]s$/, ''));
  return out;
}

/** The lemmas of a measure phrase, head noun last ("cooperation agreements" → cooperation, agreement). */
export function measureLemmas(figure: Figure): string[] {
  const words = contentLemmas(figure.measure);
  if (words.length === 0 && figure.measureKey && !figure.measureKey.startsWith('/')) return [lemma(figure.measureKey.split(/[:/]/)[0]!)];
  return words;
}

/** What a side view reads of a figure's sentence and its context alone, the same for every figure of that sentence. */
interface SentenceView {
  terms: Set<string>;
  context: Set<string>;
  wide: Set<string>;
  names: Set<string>;
  places: Set<string>;
  running: boolean;
}

function sentenceView(sentence: string, context: string): SentenceView {
  const terms = termSet(sentence);
  const contextTerms = termSet(context);
  return { terms, context: contextTerms, wide: union(terms, contextTerms), names: namesIn(`${context} ${sentence}`), places: locatedNames(sentence), running: RUNNING.test(sentence) };
}

/**
 * Sentence views by sentence and context, for the figures of one text: a sentence with three
 * figures is read once (docs/decisions/037). The sets are shared between those figures' views,
 * and nothing writes to them.
 */
export type SentenceViews = Map<string, SentenceView>;

/**
 * The view of one figure (a page's or a source's) in its text. `sentences`, when given, keeps
 * what is read of each sentence for the text's other figures.
 */
export function sideView(figure: Figure, event: EventRef, context: string, published: string | null, sentences?: SentenceViews): SideView {
  let read: SentenceView | undefined;
  if (sentences) {
    const key = `${context}\u0000${figure.sentence}`;
    read = sentences.get(key);
    if (!read) sentences.set(key, (read = sentenceView(figure.sentence, context)));
  } else read = sentenceView(figure.sentence, context);
  // Its own copy: the event's place is this figure's.
  const places = new Set(read.places);
  if (event.place) places.add(event.place.toLowerCase());
  return {
    figure,
    event,
    terms: read.terms,
    context: read.context,
    wide: read.wide,
    running: read.running,
    tentative: TENTATIVE.test(clauseOf(figure)),
    names: read.names,
    places,
    measure: measureLemmas(figure),
    published,
    window: windowAround(figure),
    subject: subjectNames(figure, read.names),
  };
}

/**
 * The names a figure is bound to: the first name of its clause (most often its subject) and the
 * name nearest before it ("The opposition INDIA bloc, courtesy of …, has secured 232 seats" →
 * india; "NDA 292 INDIA 234" → the 234 is INDIA's); with no name before it, the first after it.
 * Two figures of one measure bound to different names are different claims, however alike their
 * sentences. `names` are those of the figure's sentence read with its paragraph (`sideView`), so a
 * name that opens the sentence is known by being capitalised before.
 */
export function subjectNames(figure: Figure, names: Iterable<string> = namesIn(figure.sentence)): Set<string> {
  const at = figure.start - figure.sentenceStart;
  const lower = figure.sentence.toLowerCase();
  const clauseStart = Math.max(...[';', ' – ', ' — ', ': '].map((d) => lower.lastIndexOf(d, at)));
  const placed = [...names]
    .map((n) => ({ n, i: lower.indexOf(n, Math.max(0, clauseStart)) }))
    .filter((p) => p.i >= 0)
    .sort((a, b) => a.i - b.i);
  const before = placed.filter((p) => p.i < at);
  const out = new Set<string>();
  if (before.length > 0) {
    out.add(before[0]!.n);
    out.add(before[before.length - 1]!.n);
  } else {
    const after = placed.find((p) => p.i > at);
    if (after) out.add(after.n);
  }
  return out;
}

/** How many content words on each side of a figure make its window. */
const WINDOW_WORDS = 4;

/** Lemmas of the content words right before and after a figure in its sentence. */
export function windowAround(figure: Figure): Set<string> {
  const at = figure.start - figure.sentenceStart;
  const before = contentLemmas(figure.sentence.slice(0, Math.max(0, at))).slice(-WINDOW_WORDS);
  const after = contentLemmas(figure.sentence.slice(at + figure.text.length)).slice(0, WINDOW_WORDS);
  return new Set([...before, ...after]);
}
