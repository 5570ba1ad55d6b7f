/**
 * A claim's name as a reader would say it (issue 14): by its subject and its measure, not by the
 * noun phrase that happened to stand after the figure. "Golden Dome missile defense system:
 * cost", not "Ground-and-space-based interceptor network"; "China–Russia trade, 2025", not
 * "Bilateral trade, 2025"; "Agreements signed, Beijing, May 2026". Pure text generation fed from
 * today's fact fields (measure, key, unit, event label, the claim's subject entities, the facts'
 * sentences and the text before them), so the fact model's next version, which gives each fact a
 * subject of its own, can feed it that subject directly (docs/decisions/017).
 */
import { isCountry } from './entities';
import { MEASURE_SYNONYMS } from './lexicon';
import { measureAsWritten } from './figure-label';

/** What a claim's label is made from. */
export interface ClaimLabelInput {
  /** The claim's measure ("cooperation agreements") and its key ("agreement"). */
  measure: string;
  measureKey: string;
  /** "USD", "count", "year"… */
  unit: string | null;
  /** The event's label: "Beijing, May 2026", "2025". */
  event: string;
  /** The entities the claim's sources are about, most salient first. */
  subject: readonly string[];
  /** The facts' sentences, and the text before each in its paragraph, where the thing measured is named. */
  texts: readonly string[];
}

/** Currencies: an amount of money a thing is given is its cost. */
const MONEY_UNITS = new Set(['USD', 'EUR', 'GBP', 'CNY', 'RUB', 'JPY', 'INR']);
/** Measures of what passes between two countries: named by the pair ("China–Russia trade"). */
const BETWEEN_KEYS = new Set(['trade']);
/** Verbs that say what was done with a count of documents: "Agreements signed". */
const DONE_VERBS = /\b(signed|inked|concluded|adopted|approved)\b/i;
/** Verbs written differently for the same act. */
const SAME_ACT: Record<string, string> = { inked: 'signed' };

/**
 * A thing named in a text: a quoted name and the nouns after it ("“Golden Dome” missile defense
 * system" → "Golden Dome missile defense system"). Null when the text quotes no such name.
 */
export function namedThing(text: string): string | null {
  const m = /[“"«]([A-Z][\w-]*(?: (?:of|the|de|[A-Z0-9][\w-]*)){0,4})[”"»]((?: [a-z][a-z-]+){0,3})/.exec(text);
  if (!m) return null;
  const nouns = (m[2] ?? '').trim().split(' ').filter(Boolean);
  // Stop before a verb or a preposition: "“Golden Dome” missile defense system would …".
  const kept: string[] = [];
  for (const w of nouns) {
    if (/^(is|was|would|will|has|had|that|which|of|for|to|in|on|by|and|or|the|a|an)$/.test(w)) break;
    kept.push(w);
  }
  return [m[1], ...kept].join(' ');
}

function capitalize(s: string): string {
  return s ? s[0]!.toUpperCase() + s.slice(1) : s;
}

/** The claim's label. */
export function claimLabel(claim: ClaimLabelInput): string {
  const head = claim.measureKey.split(/[:/]/)[0] ?? '';
  const known = head !== '' && MEASURE_SYNONYMS[head] !== undefined;
  const sentence = claim.texts[0] ?? '';
  // An amount given to a thing the reports name (and the extractor did not): that thing's cost.
  if (!known && claim.unit && MONEY_UNITS.has(claim.unit)) {
    const thing = claim.texts.map(namedThing).find((t): t is string => t !== null);
    if (thing) return `${thing}: cost`;
  }
  // What passes between two countries is named by the pair: "China–Russia trade, 2025".
  if (BETWEEN_KEYS.has(head)) {
    const countries = claim.subject.filter(isCountry).slice(0, 2).sort();
    const words = claim.measure.replace(/\bbilateral\s+/i, '').trim() || head;
    if (countries.length === 2) return `${countries.join('–')} ${words.toLowerCase()}, ${claim.event}`;
  }
  // A year named on its own measures nothing: it is a mention of that year.
  if (!claim.measure && claim.unit === 'year') return `The year ${claim.event}`;
  const measure = measureAsWritten(claim.measure, sentence) || 'Figure';
  // Documents counted after being signed: "Agreements signed".
  if (head === 'agreement' && claim.texts.some((t) => DONE_VERBS.test(t))) {
    const verb = claim.texts.map((t) => DONE_VERBS.exec(t)?.[1]).find(Boolean)!.toLowerCase();
    const noun = measure.split(/\s+/).pop() ?? measure;
    return `${capitalize(noun)} ${SAME_ACT[verb] ?? verb}, ${claim.event}`;
  }
  // A thing counted in units ("declaration/pages"): "Joint declaration: pages".
  const [, unitWord] = claim.measureKey.split('/');
  if (head && unitWord) {
    const thing = measure.replace(new RegExp(`\\s*\\b${unitWord}s?$`, 'i'), '').trim();
    if (thing && thing !== measure) return `${capitalize(thing)}: ${unitWord}, ${claim.event}`;
  }
  // A unit alone ("/days": "four days"): how many.
  if (!head && unitWord) return `Number of ${unitWord}, ${claim.event}`;
  // Somebody's ("term:xi"): named.
  const owner = claim.measureKey.split(':')[1]?.split('/')[0];
  if (owner && owner !== '?' && !measure.toLowerCase().includes(owner.split('-')[0]!)) {
    const name = owner.split('-').map(capitalize).join(' ');
    return `${capitalize(measure)} of ${name}, ${claim.event}`;
  }
  return `${capitalize(measure)}, ${claim.event}`;
}
