/**
 * Checks a page: finds its figures, keeps those that speak to a claim of the index (same
 * measure, a page about the claim's subject), and gives each a verdict, per-source relations
 * and one-line reasons. Pure: the content script and the command line call the same function.
 */
import type { CheckedFigure, Claim, Fact, Figure, PageCheck, PageContext, PageMeta, SourceMatch } from '../model';
import { analyzeText } from '../figures/extract-figures';
import { compareEvents } from '../index/compare';
import { dayNumber } from '../time/spans';
import { EventResolver } from '../index/event';
import { paragraphBefore } from '../index/extract-source-facts';
import { resolvePageContext } from './page-context';
import { claimsNamedBy, lookupKey, type ClaimsBySubject, type PreparedIndex } from './prepare-index';
import { reasonFor, relateSource, verdictOf, type PageFigure } from './relate';
import { pageIsAbout, pageSubject, sentenceEntities, sentenceIsAboutOthers, type PageSubject } from './subject-gate';
import { contentTerms } from './terms';

/** Content words a money or volume figure must share with a source's to be about the same thing. */
export const MIN_SHARED_TERMS = 2;

/** What a check needs to know about the page as a whole: its time and place, and its subject. */
export interface PageView {
  page: PageContext;
  subject: PageSubject;
}

/**
 * Reads a page as a whole from its metadata and text. A caller that checks a long page piece by
 * piece reads the page once (from its title and opening) and hands the view to every piece.
 */
export function viewPage(meta: PageMeta, text: string): PageView {
  return { page: resolvePageContext(meta, text), subject: pageSubject(`${meta.title}\n${text}`) };
}

/**
 * Checks the text of a page against a prepared index. `view` is the page as a whole; by default
 * it is read from `text` itself.
 */
export function checkPage(prepared: PreparedIndex, text: string, meta: PageMeta, view?: PageView): PageCheck {
  const page = view?.page ?? resolvePageContext(meta, text);
  const ex = analyzeText(text);
  const figures: CheckedFigure[] = [];
  if (ex.figures.length === 0) return { page, figures };
  const subject = view?.subject ?? pageSubject(`${meta.title}\n${text}`);
  const aboutBySubject = new Map<string, boolean>();
  // Many claims share one subject (every claim of one set of sources): decided once per subject.
  const isAbout = (claimSubject: string[], key: string): boolean => {
    let v = aboutBySubject.get(key);
    if (v === undefined) aboutBySubject.set(key, (v = pageIsAbout(subject, claimSubject)));
    return v;
  };
  // Figures of one measure meet the same claims: looked up once per measure, key and unit.
  const aboutByMeasure = new Map<string, ClaimsByDate>();
  const resolver = new EventResolver(ex, { published: page.published, place: page.event.place });
  // The claims a group offers this page depend only on the page's entities: looked up once per group.
  const named = new Map<string, Claim[]>();
  const nearest = new Map<string, Claim[]>();
  for (const fig of ex.figures) {
    const key = resolvedKey(prepared, fig);
    const measureKey = `${key}|${fig.unit}|${CONTINUOUS_KINDS.has(fig.kind)}`;
    let about = aboutByMeasure.get(measureKey);
    if (!about) aboutByMeasure.set(measureKey, (about = byDate(prepared, candidateClaims(prepared, fig, key, subject.entities, named, isAbout))));
    if (about.claims.length === 0) continue;
    const pf: PageFigure = { ...fig, event: resolver.eventOf(fig) };
    // Figures of one measure and one event meet the same claims: chosen once per page.
    const eventKey = `${key}|${fig.unit}|${fig.kind}|${pf.event.timeBasis}|${pf.event.place}|${pf.event.time?.from}|${pf.event.time?.to}`;
    let near = nearest.get(eventKey);
    if (!near) nearest.set(eventKey, (near = nearestEvents(about, pf)));
    const inSentence = sentenceEntities(fig.sentence);
    const claims = near.filter((c) => !sentenceIsAboutOthers(inSentence, c));
    if (claims.length === 0) continue;
    // The figure's content words, read only if a claim has to be matched by context.
    let terms: Set<string> | null = null;
    const figureTerms = () => (terms ??= contentTerms(`${paragraphBefore(text, fig.sentenceStart)} ${fig.sentence}`));
    const facts = claims.flatMap((c) => factsFor(prepared, c, key, figureTerms));
    if (facts.length === 0) continue;
    const checked = checkFigure(prepared, pf, facts);
    // A date that only names another event's date ("that September 2025 trip"), or only possibly
    // differs from a date whose year is unknown, checks nothing.
    if ((fig.kind === 'date' || fig.kind === 'year') && !checked.sources.some((s) => s.relation === 'corroborates' || (s.relation === 'conflicts' && s.certain))) continue;
    figures.push(checked);
  }
  return { page, figures };
}

/** How many claims about other events a card lists at most (the nearest in time). */
export const MAX_OTHER_EVENTS = 3;

/** Kinds matched by unit as well as by key (see `candidateClaims`). */
const CONTINUOUS_KINDS = new Set<Figure['kind']>(['money', 'quantity', 'percent']);

/**
 * Days beyond which two dated events are surely different (more than a year apart: past the
 * same-year rule and every slack of `compareEvents`), so `compareEvents` need not be asked.
 */
const SURELY_DIFFERENT_DAYS = 400;

/** Claims in their given order, and their dated ones sorted by the first day of their event. */
export interface ClaimsByDate {
  claims: Claim[];
  /** [first day, last day, index in `claims`], by first day. */
  dated: Array<[number, number, number]>;
  /** The longest event among them, in days. */
  longest: number;
}

/** Sorts claims by date for `nearestEvents` (exported for its tests). */
export function byDate(prepared: Pick<PreparedIndex, 'eventSpan'>, claims: Claim[]): ClaimsByDate {
  const dated: Array<[number, number, number]> = [];
  let longest = 0;
  claims.forEach((c, i) => {
    const span = prepared.eventSpan.get(c.id);
    if (!span) return;
    dated.push([span[0], span[1], i]);
    longest = Math.max(longest, span[1] - span[0]);
  });
  dated.sort((a, b) => a[0] - b[0] || a[2] - b[2]);
  return { claims, dated, longest };
}

/** The first index of `dated` whose first day is at least `day`. */
function firstFrom(dated: Array<[number, number, number]>, day: number): number {
  let lo = 0;
  let hi = dated.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (dated[mid]![0] < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The claims a card can speak from: every claim of the same event or of an unknown one, and the
 * few nearest claims of other events (an index with years of summits lists the nearest, not all),
 * in the claims' own order. Only claims dated within `SURELY_DIFFERENT_DAYS` of the figure are
 * compared; the nearest of the others are found beside that window in the sorted dates, so an
 * index of many events costs a binary search, not a pass over every claim.
 */
export function nearestEvents(about: ClaimsByDate, fig: Pick<PageFigure, 'event'>): Claim[] {
  const { claims, dated, longest } = about;
  const time = fig.event.time;
  if (!time) return claims.filter((c) => compareEvents(c.event, fig.event) !== 'different');
  const from = dayNumber(time.from);
  const to = dayNumber(time.to);
  const keep = new Set<number>();
  const others: Array<[number, number]> = []; // [distance, index]
  // Undated claims are never "different" from a dated figure's event: compared as they are.
  if (dated.length < claims.length) {
    const isDated = new Set(dated.map(([, , i]) => i));
    claims.forEach((c, i) => {
      if (!isDated.has(i) && compareEvents(c.event, fig.event) !== 'different') keep.add(i);
    });
  }
  const lo = firstFrom(dated, from - SURELY_DIFFERENT_DAYS - longest);
  const hi = firstFrom(dated, to + SURELY_DIFFERENT_DAYS + 1);
  for (let k = lo; k < hi; k++) {
    const [first, last, i] = dated[k]!;
    const far = last < from - SURELY_DIFFERENT_DAYS || first > to + SURELY_DIFFERENT_DAYS;
    if (!far && compareEvents(claims[i]!.event, fig.event) !== 'different') keep.add(i);
    else others.push([Math.abs(first - from) || Infinity, i]);
  }
  // Beyond the window, the nearest by first day are the ones next to it on either side (with
  // every claim tied with the last one taken, so ties go to the claims' own order as before).
  const side = (start: number, step: number): void => {
    let taken = 0;
    for (let k = start; k >= 0 && k < dated.length; k += step) {
      if (taken >= MAX_OTHER_EVENTS && dated[k]![0] !== dated[k - step]![0]) break;
      others.push([Math.abs(dated[k]![0] - from) || Infinity, dated[k]![2]]);
      taken++;
    }
  };
  side(lo - 1, -1);
  side(hi, 1);
  others.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const kept = [...keep].sort((a, b) => a - b).map((i) => claims[i]!);
  return [...kept, ...others.slice(0, MAX_OTHER_EVENTS).map(([, i]) => claims[i]!)];
}

/** The measure key a figure is looked up by: its own, else the key its measure word is nearest to ("agrements"). */
export function resolvedKey(prepared: PreparedIndex, fig: Figure): string {
  if (!fig.measureKey || prepared.byKey.has(lookupKey(fig.measureKey, fig.unit))) return fig.measureKey;
  const [base, ...rest] = fig.measureKey.split(/(?=[:/])/);
  const best = base && base.length >= 4 ? prepared.measureWords.search(base, { limit: 1 })[0] : undefined;
  return best ? best.item.key + rest.join('') : fig.measureKey;
}

/**
 * Claims that may measure what a page figure measures and that the page names something of: by
 * key, and for money, volumes and percentages by unit (their facts are then kept only when they
 * share context words with the figure, see `factsFor`).
 */
export function candidateClaims(
  prepared: PreparedIndex,
  fig: Figure,
  key: string,
  pageEntities: Set<string>,
  cache = new Map<string, Claim[]>(),
  keep?: (subject: string[], key: string) => boolean,
): Claim[] {
  const lookup = (name: string, group: ClaimsBySubject | undefined): Claim[] => {
    let hit = cache.get(name);
    if (!hit) cache.set(name, (hit = claimsNamedBy(group, pageEntities, keep)));
    return hit;
  };
  const found = new Set<Claim>();
  if (key) for (const c of lookup(`key ${lookupKey(key, fig.unit)}`, prepared.byKey.get(lookupKey(key, fig.unit)))) found.add(c);
  if (CONTINUOUS_KINDS.has(fig.kind) && fig.unit) {
    for (const c of lookup(`unit ${fig.unit}`, prepared.byUnit.get(fig.unit))) found.add(c);
  }
  return [...found];
}

/** A claim's facts that speak to the figure: all of them when the key agrees, else those sharing context words. */
function factsFor(prepared: PreparedIndex, claim: Claim, key: string, figureTerms: () => Set<string>): Fact[] {
  const facts = prepared.factsByClaim.get(claim.id) ?? [];
  if (key && claim.measureKey === key) return facts;
  const mine = figureTerms();
  return facts.filter((f) => {
    let shared = 0;
    for (const t of prepared.termsOf(f)) if (mine.has(t) && !prepared.subjectNames.has(t)) shared++;
    return shared >= MIN_SHARED_TERMS;
  });
}

const RELATION_ORDER: Record<SourceMatch['relation'], number> = { conflicts: 0, corroborates: 1, related: 2 };

/** Relates every source of the candidate facts to the figure, and gives the verdict. */
function checkFigure(prepared: PreparedIndex, fig: PageFigure, facts: Fact[]): CheckedFigure {
  const bySource = new Map<string, Fact[]>();
  for (const f of facts) {
    const l = bySource.get(f.source);
    if (l) l.push(f);
    else bySource.set(f.source, [f]);
  }
  const sources: SourceMatch[] = [];
  for (const [file, fs] of bySource) {
    const source = prepared.sources.get(file);
    if (source) sources.push(relateSource(fig, source, fs));
  }
  sources.sort((a, b) => Number(b.certain) - Number(a.certain) || RELATION_ORDER[a.relation] - RELATION_ORDER[b.relation]);
  const verdict = verdictOf(sources);
  return {
    text: fig.text,
    start: fig.start,
    end: fig.end,
    value: fig.value,
    unit: fig.unit,
    measure: fig.measure,
    measureKey: fig.measureKey,
    verdict,
    reason: reasonFor(verdict, fig, sources),
    why: `${formatValue(fig)} · ${fig.measure || fig.measureKey || 'same measure'} · ${fig.event.label}`,
    event: fig.event.label,
    sources,
  };
}

const SCALE_WORDS: Array<[number, string]> = [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']];
const CURRENCY_SIGNS: Record<string, string> = { USD: '$', EUR: '€', GBP: '£' };

/** "$228 billion", "40", "47 pages", "25th", "30%". */
export function formatValue(fig: Pick<Figure, 'value' | 'unit' | 'kind' | 'text'>): string {
  if (fig.kind === 'date' || fig.kind === 'year' || fig.kind === 'ordinal') return fig.text;
  let n = String(fig.value);
  for (const [scale, word] of SCALE_WORDS) {
    if (Math.abs(fig.value) >= scale) {
      n = `${Number((fig.value / scale).toPrecision(6))} ${word}`;
      break;
    }
  }
  if (fig.unit && CURRENCY_SIGNS[fig.unit]) return `${CURRENCY_SIGNS[fig.unit]}${n}`;
  if (fig.unit === '%') return `${n}%`;
  if (fig.unit && fig.unit !== 'count') return `${n} ${fig.unit}`;
  return n;
}
