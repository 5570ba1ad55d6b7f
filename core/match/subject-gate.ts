/**
 * Is a page about a claim's subject? A number alone never makes a match: the page must name most
 * of the entities the claim's sources are about, its leading countries must be the claim's, and
 * a figure's own sentence must not be about another country's business.
 */
import type { Claim } from '../model';
import { countEntities, entityOf, isCountry } from '../text/entities';
import { COUNTRY_FORMS, PLACE_ALIASES } from '../text/places';
import { MIN_SHARED_ENTITIES, type SubjectGateData } from './name-gate';

/** A capitalised word; not one glued to "$" ("US$228 billion" names a currency, not a country). */
const CAPITALISED = /\p{Lu}[\p{L}'’]*(?![\p{L}'’$])/gu;

/** Share of a claim's subject a page must name. */
export const SUBJECT_COVERAGE = 0.6;

/** What the page is about, computed once per page. */
export interface PageSubject {
  entities: Set<string>;
  /** Countries the page names, most often first. */
  countries: string[];
}

/** The gate data for a set of subject entities. */
export function subjectGateData(entities: Iterable<string>): SubjectGateData {
  const wanted = new Set(entities);
  const forms: Record<string, string> = {};
  for (const e of wanted) forms[e] = e;
  for (const table of [COUNTRY_FORMS, PLACE_ALIASES]) {
    for (const [form, e] of Object.entries(table)) if (wanted.has(e) && !form.includes(' ')) forms[form] = e;
  }
  return { forms };
}

/** The entities and countries a page names. */
export function pageSubject(text: string): PageSubject {
  const counts = countEntities(text);
  // Presence is enough on the page side: a name that opens a sentence ("Støre and Frederiksen will…") still counts.
  const entities = new Set(counts.map(([e]) => e));
  for (const m of text.matchAll(CAPITALISED)) {
    const e = entityOf(m[0]);
    if (e) entities.add(e);
  }
  return {
    entities,
    countries: counts.filter(([e]) => isCountry(e)).map(([e]) => e),
  };
}

/**
 * Whether a page is about a claim's subject (its entities): it names most of them, or, for a claim
 * between countries, it is about those countries themselves (customs figures on China–Russia trade
 * name no leader and no summit city). Either way its leading country must be the claim's, and the
 * claim's two leading countries among its first three.
 */
export function pageIsAbout(page: PageSubject, subject: readonly string[]): boolean {
  if (subject.length === 0) return false;
  const shared = subject.filter((e) => page.entities.has(e)).length;
  if (shared < Math.min(MIN_SHARED_ENTITIES, subject.length)) return false;
  const claimCountries = subject.filter(isCountry);
  if (claimCountries.length >= 2) {
    // The page's leading country must be the claim's, and the claim's two leading ones among the
    // page's first three (an Iran–China summit is not a China–Russia one; a China–Russia summit
    // that talks much of the United States still is).
    if (page.countries[0] && !claimCountries.includes(page.countries[0])) return false;
    if (!claimCountries.slice(0, 2).every((c) => page.countries.slice(0, 3).includes(c))) return false;
    // The claim's two leading countries (its subject is most salient first) named: the page is about them.
    if (claimCountries.slice(0, 2).every((c) => page.entities.has(c))) return true;
  }
  return shared / subject.length >= SUBJECT_COVERAGE;
}

/** Names of more than one word the gazetteer knows ("United States", "Great Hall of the People"). */
const MULTI_WORD_NAMES = new RegExp(
  `\\b(?:${[...Object.keys(COUNTRY_FORMS), ...Object.keys(PLACE_ALIASES)]
    .filter((f) => f.includes(' '))
    .map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|')})\\b`,
  'g',
);

/** The entities a sentence names (read once per sentence, then tested against each claim). */
export function sentenceEntities(sentence: string): Set<string> {
  const seen = new Set<string>();
  for (const m of sentence.matchAll(CAPITALISED)) {
    const e = entityOf(m[0]);
    if (e) seen.add(e);
  }
  // "trade between China and the United States": a country of two words is one entity.
  for (const m of sentence.matchAll(MULTI_WORD_NAMES)) {
    const e = COUNTRY_FORMS[m[0]] ?? PLACE_ALIASES[m[0]];
    if (e) seen.add(e);
  }
  return seen;
}

/**
 * Whether a figure's sentence is about someone else: it names a country the claim is not about
 * and fewer than two of the claim's entities ("Xi signed 20 documents with Iran's president").
 * `entities` are the sentence's, from `sentenceEntities`; `known`, every subject entity of the
 * index, whose people and places count for any claim; `core`, the countries most of its claims
 * are about. Another country counts against it ("trade between China and the United States" is
 * not China–Russia trade).
 */
export function sentenceIsAboutOthers(entities: Set<string>, claim: Claim, known: ReadonlySet<string> = new Set(), core: ReadonlySet<string> = new Set()): boolean {
  let others = false;
  let shared = 0;
  const subject = new Set(claim.subject);
  for (const e of entities) {
    // A person, place or leading country the index's sources are about counts for the claim ("Xi
    // and Putin say the $175bn Golden Dome…", "Xi was confirmed for a third term as China's
    // president"), though this claim's own list missed it.
    if (subject.has(e) || core.has(e)) shared++;
    else if (isCountry(e)) others = true;
    else if (known.has(e)) shared++;
  }
  return others && shared < 2;
}

/** Words that put an amount on a country's dealings with the whole world. */
const WORLD_SCOPE = /\b(global|globally|worldwide|world's|with the world|total foreign|overall foreign|all (?:its |of its )?(?:trading )?partners)\b/i;
/** Words that make it one between two parties. */
const BETWEEN_TWO = /\b(bilateral|two-way|between|both countries|both sides|the two (?:countries|nations|sides))\b/i;

/**
 * Whether an amount's sentence is about one of a two-country claim's countries and the whole
 * world ("China's customs reported a record global trade volume of $6.48 trillion"): a country's
 * trade with everyone is not its trade with one partner. `entities` are the sentence's.
 */
export function sentenceIsWorldwide(sentence: string, entities: Set<string>, claim: Claim): boolean {
  const countries = claim.subject.filter(isCountry);
  if (countries.length < 2 || countries.filter((c) => entities.has(c)).length !== 1) return false;
  return WORLD_SCOPE.test(sentence) && !BETWEEN_TWO.test(sentence);
}
