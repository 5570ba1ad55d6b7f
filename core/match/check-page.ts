/**
 * Checks a page: finds its figures, keeps those that speak to a claim of the index (same
 * measure, a page about the claim's subject), and gives each a verdict, per-source relations
 * and one-line reasons. Pure: the content script and the command line call the same function.
 */
import type { CheckedFigure, Claim, Fact, Figure, PageCheck, PageContext, PageMeta, SourceMatch } from '../model';
import { analyzeText } from '../figures/extract-figures';
import { EventResolver } from '../index/event';
import { paragraphBefore } from '../index/extract-source-facts';
import { resolvePageContext } from './page-context';
import { CONTINUOUS_KINDS, lookupKey, subjectsNamedBy, type ClaimsBySubject, type PreparedIndex, type SubjectClaims } from './prepare-index';
import { byDate, nearestEvents, type ClaimsByDate } from './nearest-events';
import { reasonFor, relateSource, verdictOf, type PageFigure } from './relate';
import { pageIsAbout, pageSubject, sentenceEntities, sentenceIsAboutOthers, sentenceIsWorldwide, type PageSubject } from './subject-gate';
import { contentTerms } from './terms';
import { addressCache, canonicalAddress, foldedOnce, isOwnFact } from './self-source';
import { DISTINCT_AMOUNTS } from '../text/lexicon';
import { isMisspelling } from '../text/misspelling';
import { measureAsWritten } from '../text/figure-label';

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
  // A page is never a source for itself (its own address, or its own sentence: self-source.ts).
  const address = canonicalAddress(meta.url);
  const addressOf = addressCache();
  const notSelf = (fig: Figure) => {
    const mine = foldedOnce(fig);
    return (f: Fact) => !isOwnFact(address, mine, prepared.sources.get(f.source)?.url ?? '', foldedOnce(f), addressOf);
  };
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
  const named = new Map<string, SubjectClaims[]>();
  const nearest = new Map<string, Claim[]>();
  for (const fig of ex.figures) {
    const key = resolvedKey(prepared, fig);
    const measureKey = `${key}|${fig.unit}|${CONTINUOUS_KINDS.has(fig.kind)}`;
    let about = aboutByMeasure.get(measureKey);
    if (!about) aboutByMeasure.set(measureKey, (about = candidateClaims(prepared, fig, key, subject.entities, named, isAbout)));
    if (about.claims.length === 0) continue;
    const pf: PageFigure = { ...fig, event: resolver.eventOf(fig), written: page.published };
    // Figures of one measure and one event meet the same claims: chosen once per page.
    const eventKey = `${key}|${fig.unit}|${fig.kind}|${pf.event.timeBasis}|${pf.event.place}|${pf.event.time?.from}|${pf.event.time?.to}`;
    let near = nearest.get(eventKey);
    if (!near) nearest.set(eventKey, (near = nearestEvents(about, pf)));
    const inSentence = sentenceEntities(fig.sentence);
    const continuous = CONTINUOUS_KINDS.has(fig.kind);
    const claims = near.filter((c) => {
      if (continuous && sentenceIsWorldwide(fig.sentence, inSentence, c)) return false;
      // An amount met through the words it shares with a fact ("the $175 billion Golden Dome
      // missile shield proposed by the United States") is bound to it by them, whichever country
      // its sentence also names; one met by its key alone is not ("trade between China and the
      // United States").
      const byContext = continuous && c.measureKey !== key;
      return byContext || !sentenceIsAboutOthers(inSentence, c, prepared.subjectEntities, prepared.coreCountries);
    });
    if (claims.length === 0) continue;
    // The figure's content words, read only if a claim has to be matched by context.
    let terms: FigureTerms | null = null;
    const figureTerms = () => (terms ??= { own: contentTerms(fig.sentence), before: contentTerms(paragraphBefore(text, fig.sentenceStart)) });
    const facts = claims.flatMap((c) => factsFor(prepared, c, key, figureTerms)).filter(notSelf(fig));
    if (facts.length === 0) continue;
    const checked = checkFigure(prepared, pf, facts);
    // A date that only names another event's date ("that September 2025 trip"), or only possibly
    // differs from a date whose year is unknown, checks nothing.
    if ((fig.kind === 'date' || fig.kind === 'year') && !checked.sources.some((s) => s.relation === 'corroborates' || (s.relation === 'conflicts' && s.certain))) continue;
    figures.push(checked);
  }
  return { page, figures };
}


/**
 * The measure key a figure is looked up by: its own, else the key of a measure word it is a
 * misspelling of ("agrements"). fuse.js finds the nearest word; only a near miss in spelling is
 * taken, since fuse's scores also bring real words of other meaning close ("country" and
 * "contract", "time" and "statement").
 */
export function resolvedKey(prepared: PreparedIndex, fig: Figure): string {
  // Remembered per index: a page repeats its measures, and the fuzzy search is the costly part.
  let known = resolvedKeys.get(prepared);
  if (!known) resolvedKeys.set(prepared, (known = new Map()));
  const id = `${fig.measureKey}\u0000${fig.unit ?? '\u0001'}`;
  let key = known.get(id);
  if (key === undefined) known.set(id, (key = resolveKey(prepared, fig)));
  return key;
}

const resolvedKeys = new WeakMap<PreparedIndex, Map<string, string>>();

function resolveKey(prepared: PreparedIndex, fig: Pick<Figure, 'measureKey' | 'unit'>): string {
  if (!fig.measureKey || prepared.byKey.has(lookupKey(fig.measureKey, fig.unit))) return fig.measureKey;
  const owned = ownerKey(prepared, fig.measureKey, fig.unit);
  if (owned) return owned;
  const [base, ...rest] = fig.measureKey.split(/(?=[:/])/);
  if (!base || base.length < 4) return fig.measureKey;
  const best = prepared.measureWords.search(base, { limit: 1 })[0];
  return best && isMisspelling(base, best.item.word) ? best.item.key + rest.join('') : fig.measureKey;
}

/**
 * The index's key for an owner written in part: "term:xi" (from "Xi's third term") is
 * "term:xi-jinping" (from "Xi Jinping … a third term"), as is "term:jinping". Null when no owner
 * of the index shares a name with it.
 */
function ownerKey(prepared: PreparedIndex, key: string, unit: string | null): string | null {
  const at = key.lastIndexOf(':');
  if (at <= 0) return null;
  const names = key.slice(at + 1).split('-').filter((n) => n !== '?');
  for (const candidate of prepared.ownedKeys.get(key.slice(0, at)) ?? []) {
    if (!prepared.byKey.has(lookupKey(candidate, unit))) continue;
    if (candidate.slice(at + 1).split('-').some((n) => names.includes(n))) return candidate;
  }
  return null;
}

/**
 * Claims that may measure what a page figure measures and that the page names something of, with
 * their date index: by key, and for money, volumes and percentages by unit (their facts are then
 * kept only when they share context words with the figure, see `factsFor`). The usual case, one
 * subject, reuses that subject's date index, made once per index.
 */
export function candidateClaims(
  prepared: PreparedIndex,
  fig: Figure,
  key: string,
  pageEntities: Set<string>,
  cache = new Map<string, SubjectClaims[]>(),
  keep?: (subject: string[], key: string) => boolean,
): ClaimsByDate {
  const lookup = (name: string, group: ClaimsBySubject | undefined): SubjectClaims[] => {
    let hit = cache.get(name);
    if (!hit) cache.set(name, (hit = subjectsNamedBy(group, pageEntities, keep)));
    return hit;
  };
  const entries = new Set<SubjectClaims>();
  if (key) for (const e of lookup(`key ${lookupKey(key, fig.unit)}`, prepared.byKey.get(lookupKey(key, fig.unit)))) entries.add(e);
  if (CONTINUOUS_KINDS.has(fig.kind) && fig.unit) {
    for (const e of lookup(`unit ${fig.unit}`, prepared.byUnit.get(fig.unit))) entries.add(e);
  }
  if (entries.size === 1) {
    const [only] = entries;
    return (only!.byDate ??= byDate(prepared, only!.claims));
  }
  // Several subjects (money met by key and by unit): their merged index is kept for the next figure.
  const id = [...entries].map((e) => e.id).join('\u0002');
  let merged = prepared.dateIndexes.get(id);
  if (!merged) {
    const found = new Set<Claim>();
    for (const e of entries) for (const c of e.claims) found.add(c);
    prepared.dateIndexes.set(id, (merged = byDate(prepared, [...found])));
  }
  return merged;
}

/** A page figure's content words: its own sentence's, and those of the text before it in its paragraph. */
interface FigureTerms {
  own: Set<string>;
  before: Set<string>;
}

/**
 * A claim's facts that speak to the figure: all of them when the key names the same thing, else
 * those sharing `MIN_SHARED_TERMS` content words with it, one at least from the figure's own
 * sentence. (The paragraph says what a figure is about, but "Around 90 joint projects, worth
 * $200 billion" after a sentence on trade is not a trade figure.)
 */
function factsFor(prepared: PreparedIndex, claim: Claim, key: string, figureTerms: () => FigureTerms): Fact[] {
  const facts = prepared.factsByClaim.get(claim.id) ?? [];
  // A key with no noun ("/days": "four days") names a unit, not what is measured: context decides.
  if (key && !key.startsWith('/') && claim.measureKey === key) return facts;
  // A figure that says it is another kind of amount ("exports of $8.28 billion") is not this one.
  if (DISTINCT_AMOUNTS.has(key.split(/[:/]/)[0] ?? '')) return [];
  const { own, before } = figureTerms();
  // A unit with no noun ("47 days") says so little that only its own sentence may say what it is of.
  const ownOnly = key.startsWith('/');
  return facts.filter((f) => {
    let shared = 0;
    let sharedOwn = false;
    for (const t of prepared.termsOf(f)) {
      if (prepared.subjectNames.has(t)) continue;
      if (own.has(t)) {
        shared++;
        sharedOwn = true;
      } else if (!ownOnly && before.has(t)) shared++;
    }
    return shared >= MIN_SHARED_TERMS && sharedOwn;
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
  // As the page wrote it: "Golden Dome missile shield", not the extractor's "golden Dome…".
  const measure = measureAsWritten(fig.measure, fig.sentence);
  return {
    text: fig.text,
    start: fig.start,
    end: fig.end,
    value: fig.value,
    unit: fig.unit,
    measure,
    measureKey: fig.measureKey,
    verdict,
    reason: reasonFor(verdict, fig, sources),
    why: `${formatValue(fig)} · ${measure || fig.measureKey || 'same measure'} · ${fig.event.label}`,
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
