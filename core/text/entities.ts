/**
 * Named entities a text is about: capitalised words that are not sentence openers, function
 * words, months or weekdays, with demonyms folded into their country ("Chinese" → China) and
 * possessives dropped ("Putin's" → Putin). Counted, most frequent first.
 */
import { COUNTRY_FORMS, PLACE_ALIASES } from './places';
import { MONTHS, WEEKDAYS } from './lexicon';

const COMMON = new Set([
  'The', 'A', 'An', 'In', 'On', 'At', 'For', 'And', 'But', 'Or', 'Of', 'To', 'By', 'With', 'From', 'As', 'It', 'Its',
  'This', 'That', 'These', 'Those', 'He', 'She', 'They', 'We', 'I', 'You', 'His', 'Her', 'Their', 'Our', 'Both', 'All',
  'After', 'Before', 'During', 'While', 'When', 'Where', 'What', 'Why', 'How', 'Who', 'Which', 'There', 'Here', 'Some',
  'Many', 'Most', 'More', 'Mr', 'Mrs', 'Ms', 'Dr', 'President', 'Prime', 'Minister', 'Chairman', 'Secretary', 'General',
  'Foreign', 'State', 'Government', 'Ministry', 'News', 'Read', 'More', 'Related', 'Share', 'Previous', 'Next', 'Article',
  'Image', 'Source', 'Sources', 'Photo', 'Getty', 'Reuters', 'AP', 'AFP', 'Xinhua', 'Tass', 'TASS', 'Advertisement', 'No',
  'Get', 'Summary', 'Time', 'Analysts', 'Observers', 'Western', 'Global', 'South', 'North', 'East', 'West', 'New', 'One',
  'Two', 'Three', 'Four', 'Five', 'First', 'Second', 'Third', 'Day', 'Week', 'Year', 'Summit', 'Agreements', 'Agreement',
  'However', 'Meanwhile', 'Also', 'Yet', 'Still', 'Even', 'So', 'If', 'Then', 'Now', 'Today', 'Yesterday', 'Tomorrow',
]);

/** Folds a capitalised word into the entity it names, or null when it names nothing. */
export function entityOf(word: string): string | null {
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
  // A word is a candidate when capitalised and not the first word of a sentence or line;
  // hyphenated compounds contribute each capitalised part ("China–Russia", "Sino-Russian").
  const re = /([.!?:;\n"“]\s*|^\s*)?(\p{Lu}[\p{L}'’]*)/gmu;
  for (const m of text.matchAll(re)) {
    if (m[1] !== undefined) continue;
    if (lowerWords.has(m[2]!.toLowerCase())) continue;
    const e = entityOf(m[2]!);
    if (e) counts.set(e, (counts.get(e) ?? 0) + 1);
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
