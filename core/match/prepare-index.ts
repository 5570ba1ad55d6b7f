/**
 * Everything the matcher looks up, built once per index: claims by measure key and unit and, within
 * each, by subject (so a page decides once per subject, not once per claim, whether it names it,
 * however many claims the index holds about that subject); claims of continuous kinds by unit and entity; facts by claim; and a fuse.js
 * index over the measure words so typos and inflections ("agrements", "accord") still find their
 * key. Content terms of facts are computed on first use, not up front.
 */
import Fuse from 'fuse.js/basic';
import type { Claim, Fact, FactIndex, IndexedSource } from '../model';
import { MEASURE_SYNONYMS } from '../text/lexicon';
import { COUNTRY_FORMS, PLACE_ALIASES } from '../text/places';
import { isCountry } from '../text/entities';
import { contentTerms } from './terms';
import { dayNumber } from '../time/spans';
import type { ClaimsByDate } from './nearest-events';

/** The claims of a group about one subject; `byDate` is their date index, made on first use. */
export interface SubjectClaims {
  /** Unique in the index: the group's key and the subject's. */
  id: string;
  subject: string[];
  claims: Claim[];
  byDate?: ClaimsByDate;
}

/**
 * Claims grouped by their subjects (one entry per distinct set of subject entities), and the
 * subjects by each of their entities, so a page finds the subjects it names from its own entities.
 */
export interface ClaimsBySubject {
  subjects: Map<string, SubjectClaims>;
  /** entity → keys of the subjects that include it. */
  byEntity: Map<string, string[]>;
}

/** The index with its lookups. */
export interface PreparedIndex {
  index: FactIndex;
  sources: Map<string, IndexedSource>;
  claims: Map<string, Claim>;
  /** claim id → its facts. */
  factsByClaim: Map<string, Fact[]>;
  /** `measureKey|unit` → subject → claims. */
  byKey: Map<string, ClaimsBySubject>;
  /** unit → subject → claims of continuous kinds (money, quantities, percentages). */
  byUnit: Map<string, ClaimsBySubject>;
  /** Every subject entity of every claim. */
  subjectEntities: Set<string>;
  /**
   * The same as content terms (see `contentTerms`), with every form the gazetteer knows ("Chinese",
   * "Kremlin"): words every page about the subject shares, so they say nothing about a measure.
   */
  subjectNames: Set<string>;
  /** Fuzzy lookup of measure head words → key. */
  measureWords: Fuse<{ word: string; key: string }>;
  /** The countries in the subject of at least half the claims: what the index is about, whatever a claim's own list says. */
  coreCountries: Set<string>;
  /** Keys of the form "term:xi-jinping" by their part before the last ":" ("term"), for owners written in part. */
  ownedKeys: Map<string, string[]>;
  /** claim id → the first and last day of its event, as days since the epoch (claims with a date only). */
  eventSpan: Map<string, [number, number]>;
  /** Content terms of a fact's sentence and context (computed once, on first use). */
  termsOf(fact: Fact): Set<string>;
  /** Date indexes of claims met together (several subjects' claims), by their subjects' ids, made on first use. */
  dateIndexes: Map<string, ClaimsByDate>;
}

/** Key of the lookup by measure: "agreement|count". */
export function lookupKey(measureKey: string, unit: string | null): string {
  return `${measureKey}|${unit ?? ''}`;
}

/** Kinds matched by unit as well as by key: money, quantities, percentages. */
export const CONTINUOUS_KINDS: ReadonlySet<string> = new Set(['money', 'quantity', 'percent']);

/**
 * The subject entities as the matcher's content terms: each name and every form that folds into
 * it, normalised as `contentTerms` does ("Beijing" → "beij"), so a fact and a page that share only
 * "Chinese" and "Beijing" are not taken to speak of the same thing.
 */
function subjectTerms(entities: Set<string>): Set<string> {
  const forms = [...entities];
  for (const table of [COUNTRY_FORMS, PLACE_ALIASES]) {
    for (const [form, entity] of Object.entries(table)) if (entities.has(entity)) forms.push(form);
  }
  return contentTerms(forms.join(' '));
}

/** The countries named in the subject of at least half the claims. */
function coreCountries(claims: readonly Claim[]): Set<string> {
  const counts = new Map<string, number>();
  for (const c of claims) for (const e of c.subject) if (isCountry(e)) counts.set(e, (counts.get(e) ?? 0) + 1);
  return new Set([...counts].filter(([, n]) => n * 2 >= claims.length).map(([e]) => e));
}

/** Builds the lookups of an index. Cost linear in the number of facts, and small per fact. */
export function prepareIndex(index: FactIndex): PreparedIndex {
  const claims = new Map(index.claims.map((c) => [c.id, c]));
  const factsByClaim = new Map<string, Fact[]>();
  const byKey = new Map<string, ClaimsBySubject>();
  const byUnit = new Map<string, ClaimsBySubject>();
  const subjectKey = new Map(index.claims.map((c) => [c.id, c.subject.join('\u0000')]));
  const words = new Map<string, string>();
  const ownedKeys = new Map<string, string[]>();
  const seenKey = new Set<string>();
  const seenUnit = new Set<string>();
  for (const f of index.facts) {
    push(factsByClaim, f.claimId, f);
    const claim = claims.get(f.claimId);
    if (!claim) continue;
    if (f.measureKey && !seenKey.has(`${f.claimId}|${f.measureKey}|${f.unit}`)) {
      seenKey.add(`${f.claimId}|${f.measureKey}|${f.unit}`);
      addBySubject(byKey, lookupKey(f.measureKey, f.unit), claim, subjectKey.get(claim.id)!);
      const base = f.measureKey.split(/[:/]/)[0];
      if (base) words.set(base, base);
      const owner = f.measureKey.lastIndexOf(':');
      if (owner > 0) push(ownedKeys, f.measureKey.slice(0, owner), f.measureKey);
    }
    if (CONTINUOUS_KINDS.has(f.kind) && f.unit && !seenUnit.has(`${f.claimId}|${f.unit}`)) {
      seenUnit.add(`${f.claimId}|${f.unit}`);
      addBySubject(byUnit, f.unit, claim, subjectKey.get(claim.id)!);
    }
  }
  for (const [word, key] of Object.entries(MEASURE_SYNONYMS)) if (words.has(key)) words.set(word, key);
  const subjectEntities = new Set<string>();
  for (const c of index.claims) for (const e of c.subject) subjectEntities.add(e);
  const terms = new Map<string, Set<string>>();
  return {
    index,
    sources: new Map(index.sources.map((s) => [s.file, s])),
    claims,
    factsByClaim,
    byKey,
    byUnit,
    subjectEntities,
    subjectNames: subjectTerms(subjectEntities),
    eventSpan: new Map(index.claims.filter((c) => c.event.time).map((c) => [c.id, [dayNumber(c.event.time!.from), dayNumber(c.event.time!.to)]])),
    measureWords: new Fuse(
      [...words.entries()].map(([word, key]) => ({ word, key })),
      { keys: ['word'], threshold: 0.3, includeScore: true, ignoreLocation: true, minMatchCharLength: 4 },
    ),
    dateIndexes: new Map(),
    ownedKeys,
    coreCountries: coreCountries(index.claims),
    termsOf(fact: Fact): Set<string> {
      let t = terms.get(fact.id);
      if (!t) terms.set(fact.id, (t = contentTerms(`${fact.context} ${fact.sentence}`)));
      return t;
    },
  };
}

/**
 * The subjects of a group that share at least two entities with the page (one for a subject of a
 * single entity) and that `keep` accepts (asked once per subject). Walks only the subjects that
 * name one of the page's entities (or the group's entities, when it has fewer), never the group's
 * claims one by one.
 */
export function subjectsNamedBy(
  group: ClaimsBySubject | undefined,
  pageEntities: Set<string>,
  keep: (subject: string[], key: string) => boolean = () => true,
): SubjectClaims[] {
  if (!group) return [];
  const shared = new Map<string, number>();
  const count = (keys: string[] | undefined): void => {
    for (const k of keys ?? []) shared.set(k, (shared.get(k) ?? 0) + 1);
  };
  if (group.byEntity.size <= pageEntities.size) {
    for (const [e, keys] of group.byEntity) if (pageEntities.has(e)) count(keys);
  } else {
    for (const e of pageEntities) count(group.byEntity.get(e));
  }
  const out: SubjectClaims[] = [];
  for (const [key, n] of shared) {
    const entry = group.subjects.get(key)!;
    if (n >= Math.min(2, entry.subject.length) && keep(entry.subject, key)) out.push(entry);
  }
  return out;
}

function addBySubject(m: Map<string, ClaimsBySubject>, key: string, claim: Claim, subjectKey: string): void {
  let g = m.get(key);
  if (!g) m.set(key, (g = { subjects: new Map(), byEntity: new Map() }));
  const entry = g.subjects.get(subjectKey);
  if (entry) {
    entry.claims.push(claim);
    return;
  }
  g.subjects.set(subjectKey, { id: `${key}\u0001${subjectKey}`, subject: claim.subject, claims: [claim] });
  for (const e of new Set(claim.subject)) push(g.byEntity, e, subjectKey);
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
}
