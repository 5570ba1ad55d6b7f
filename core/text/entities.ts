/**
 * Named entities a text is about: capitalised words that are not sentence openers, function
 * words, months or weekdays, with demonyms folded into their country ("Chinese" → China) and
 * possessives dropped ("Putin's" → Putin). Counted, most frequent first.
 */
import { CITIES, COUNTRY_FORMS, PLACE_ALIASES } from './places';
import { MONTHS, WEEKDAYS } from './lexicon';

const COMMON = new Set([
  'The', 'A', 'An', 'In', 'On', 'At', 'For', 'And', 'But', 'Or', 'Of', 'To', 'By', 'With', 'From', 'As', 'It', 'Its',
  'This', 'That', 'These', 'Those', 'He', 'She', 'They', 'We', 'I', 'You', 'His', 'Her', 'Their', 'Our', 'Both', 'All',
  'After', 'Before', 'During', 'While', 'When', 'Where', 'What', 'Why', 'How', 'Who', 'Which', 'There', 'Here', 'Some',
  'Many', 'Most', 'More', 'Mr', 'Mrs', 'Ms', 'Dr', 'President', 'Prime', 'Minister', 'Chairman', 'Secretary', 'General',
  'Foreign', 'State', 'Government', 'Ministry', 'News', 'Read', 'More', 'Related', 'Share', 'Previous', 'Next', 'Article',
  'Image', 'Source', 'Sources', 'Photo', 'Getty', 'Reuters', 'AP', 'AFP', 'Xinhua', 'Tass', 'TASS', 'Advertisement',
  'Analysts', 'Observers', 'Western', 'Global', 'South', 'North', 'East', 'West', 'New', 'One',
  'Two', 'Three', 'Four', 'Five', 'First', 'Second', 'Third', 'Day', 'Week', 'Year',
  'However', 'Meanwhile', 'Also', 'Yet', 'Still', 'Even', 'So', 'If', 'Then', 'Now', 'Today', 'Yesterday', 'Tomorrow',
  'Days', 'Weeks', 'Months', 'Years', 'Hours', 'Minutes', 'Decades', 'Officials', 'Leaders', 'Experts', 'Critics',
]);

/** Whether a word names a country or a place the gazetteer knows. */
function isPlaceWord(word: string): boolean {
  const w = word.replace(/['’]s$/, '');
  return !!COUNTRY_FORMS[w] || !!PLACE_ALIASES[w] || CITIES.has(w);
}

/** Words already folded (a page repeats its names): pure, so safe to remember. */
const ENTITY_CACHE = new Map<string, string | null>();
/** Enough for the names of any page; the cache starts afresh past it, so memory stays bounded. */
const ENTITY_CACHE_MAX = 5_000;

/** Folds a capitalised word into the entity it names, or null when it names nothing. */
export function entityOf(word: string): string | null {
  let e = ENTITY_CACHE.get(word);
  if (e === undefined) {
    if (ENTITY_CACHE.size >= ENTITY_CACHE_MAX) ENTITY_CACHE.clear();
    ENTITY_CACHE.set(word, (e = foldEntity(word)));
  }
  return e;
}

function foldEntity(word: string): string | null {
  const w = word.replace(/['’]s$/, '').replace(/['’]$/, '');
  if (w.length < 2 || COMMON.has(w)) return null;
  const lower = w.toLowerCase();
  if (MONTHS[lower] !== undefined || WEEKDAYS[lower] !== undefined) return null;
  if (COUNTRY_FORMS[w]) return COUNTRY_FORMS[w]!;
  if (PLACE_ALIASES[w]) return PLACE_ALIASES[w]!;
  if (!/^\p{Lu}/u.test(w)) return null;
  return w;
}

/** Counts the entities of a text; returns them most frequent first, ties in order of first mention. */
export function countEntities(text: string): Array<[string, number]> {
  const counts = new Map<string, number>();
  // Words the text also writes in lower case are common nouns in a headline ("Deals", "Energy").
  const lowerWords = new Set<string>();
  for (const m of text.matchAll(/(?<![\p{L}'’])\p{Ll}[\p{L}]*/gu)) lowerWords.add(m[0]);
  // Runs of capitalised words ("Jonas Gahr Støre", "United States"). A run that opens a sentence
  // or line loses its first word (it is capitalised anyway). Within a run, the last word names a
  // person ("Putin" of "Vladimir Putin"), and any word the text also uses alone counts too
  // ("Xi" of "Xi Jinping"); first names and parts of titles do not.
  const runs: string[][] = [];
  const alone = new Set<string>();
  // (Not a word glued to "$": "US$228 billion" names a currency, not a country.)
  const re = /([.!?:;\n"“]\s*|^\s*)?(\p{Lu}[\p{L}'’]*(?:[ \u00A0]+\p{Lu}[\p{L}'’]*)*)(?![\p{L}'’$])/gmu;
  for (const m of text.matchAll(re)) {
    let words = m[2]!.split(/[ \u00A0]+/).filter((w) => !lowerWords.has(w.toLowerCase()));
    // Countries and places count wherever they stand, even first in a sentence.
    if (m[1] !== undefined && !isPlaceWord(words[0] ?? '')) words = words.slice(1);
    if (words.length === 0) continue;
    const whole = words.join(' ');
    if (words.length > 1 && (COUNTRY_FORMS[whole] || PLACE_ALIASES[whole])) {
      runs.push([whole]);
      continue;
    }
    if (words.length === 1) alone.add(words[0]!.replace(/['’]s$/, ''));
    runs.push(words);
  }
  for (const words of runs) {
    words.forEach((w, i) => {
      if (i !== words.length - 1 && !alone.has(w.replace(/['’]s$/, '')) && !isPlaceWord(w)) return;
      const e = entityOf(w);
      if (e) counts.set(e, (counts.get(e) ?? 0) + 1);
    });
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]);
}

/** The `n` most salient entities of a text. */
export function topEntities(text: string, n: number): string[] {
  return countEntities(text)
    .slice(0, n)
    .map(([e]) => e);
}

/** Whether an entity is a country (so another country's summit can be told apart). */
export function isCountry(entity: string): boolean {
  return Object.prototype.hasOwnProperty.call(COUNTRY_FORMS, entity) && COUNTRY_FORMS[entity] === entity;
}
