/**
 * Checks a page: finds its figures, keeps those that speak to a claim of the index (same
 * measure, a page about the claim's subject), and gives each a verdict, per-source relations
 * and one-line reasons. Pure: the content script and the command line call the same function.
 */
import type { CheckedFigure, Fact, Figure, PageCheck, PageMeta, SourceMatch } from '../model';
import { analyzeText } from '../figures/extract-figures';
import { EventResolver } from '../index/event';
import { paragraphBefore } from '../index/extract-source-facts';
import { resolvePageContext } from './page-context';
import { lookupKey, type PreparedIndex } from './prepare-index';
import { reasonFor, relateSource, verdictOf, type PageFigure } from './relate';
import { pageIsAbout, pageSubject, sentenceIsAboutOthers } from './subject-gate';
import { contentTerms } from './terms';

/** Content words a money or volume figure must share with a source's to be about the same thing. */
export const MIN_SHARED_TERMS = 2;

/** Checks the text of a page against a prepared index. */
export function checkPage(prepared: PreparedIndex, text: string, meta: PageMeta): PageCheck {
  const page = resolvePageContext(meta, text);
  const ex = analyzeText(text);
  const figures: CheckedFigure[] = [];
  if (ex.figures.length === 0) return { page, figures };
  const subject = pageSubject(`${meta.title}\n${text}`);
  const about = new Map<string, boolean>();
  const isAbout = (claimId: string): boolean => {
    let v = about.get(claimId);
    if (v === undefined) {
      const claim = prepared.claims.get(claimId);
      v = !!claim && pageIsAbout(subject, claim);
      about.set(claimId, v);
    }
    return v;
  };
  const resolver = new EventResolver(ex, { published: page.published, place: page.event.place });
  for (const fig of ex.figures) {
    const facts = candidateFacts(prepared, fig, text).filter((f) => {
      if (!isAbout(f.claimId)) return false;
      return !sentenceIsAboutOthers(fig.sentence, prepared.claims.get(f.claimId)!);
    });
    if (facts.length === 0) continue;
    const pf: PageFigure = { ...fig, event: resolver.eventOf(fig) };
    const checked = checkFigure(prepared, pf, facts);
    // A date that only names another event's date ("that September 2025 trip"), or only possibly
    // differs from a date whose year is unknown, checks nothing.
    if ((fig.kind === 'date' || fig.kind === 'year') && !checked.sources.some((s) => s.relation === 'corroborates' || (s.relation === 'conflicts' && s.certain))) continue;
    figures.push(checked);
  }
  return { page, figures };
}

/** Facts that measure the same thing as a page figure: by key (exact, then fuzzy), and for money and volumes by shared context. */
export function candidateFacts(prepared: PreparedIndex, fig: Figure, text: string): Fact[] {
  const found = new Set<Fact>();
  if (fig.measureKey) {
    let hits = prepared.byKey.get(lookupKey(fig.measureKey, fig.unit));
    if (!hits) {
      const [base, ...rest] = fig.measureKey.split(/(?=[:/])/);
      const best = base && base.length >= 4 ? prepared.measureWords.search(base, { limit: 1 })[0] : undefined;
      if (best && best.item.key !== base) hits = prepared.byKey.get(lookupKey(best.item.key + rest.join(''), fig.unit));
    }
    for (const f of hits ?? []) found.add(f);
  }
  if ((fig.kind === 'money' || fig.kind === 'quantity' || fig.kind === 'percent') && fig.unit) {
    const pool = prepared.byUnit.get(fig.unit);
    if (pool) {
      // The subject's names are shared by every page about it, so they say nothing about the measure.
      const names = new Set([...prepared.subjectEntities].map((e) => e.toLowerCase()));
      const mine = contentTerms(`${paragraphBefore(text, fig.sentenceStart)} ${fig.sentence}`);
      for (const f of pool) {
        if (found.has(f)) continue;
        let shared = 0;
        for (const t of prepared.terms.get(f.id) ?? []) if (mine.has(t) && !names.has(t)) shared++;
        if (shared >= MIN_SHARED_TERMS) found.add(f);
      }
    }
  }
  return [...found];
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
