/**
 * How each source relates to a page's figure, the figure's verdict, and the one-line reasons a
 * reader understands ("American Courant (20 May 2026) reports 40; this page says 42").
 */
import type { EventRef, Fact, Figure, IndexedSource, SourceMatch, TimeSpan, Verdict } from '../model';
import { compareEvents, valuesAgree, type EventRelation } from '../index/compare';
import { formatIsoDay, isPartialYear } from '../time/spans';
import { CONTINUOUS_KINDS } from './prepare-index';
import { agreeingSourceReason, agreementOf, corroborationText, type Agreement } from './reason-text';

/** How each corroborating entry agrees with the page's figure, for the verdict's line (`reasonFor`). */
const agreements = new WeakMap<SourceMatch, Agreement>();

/** A page figure with the event it was found to refer to. */
export interface PageFigure extends Figure {
  event: EventRef;
  /** When the page was published; null when nothing dates it. */
  written: TimeSpan | null;
}

/** "20 May 2026", "September 2025", "undated". */
export function formatPublished(published: string | null): string {
  return published ? formatIsoDay(published) : 'undated';
}

interface Candidate {
  fact: Fact;
  event: EventRelation;
  agrees: boolean;
}

/**
 * How a page figure's event relates to a fact's. For money, volumes and percentages a year's
 * figure and one of some months within it ("in June", "the first half of 2025") measure different
 * periods: never the same event, whatever the year.
 */
export function relateEvents(figure: PageFigure, fact: Fact): EventRelation {
  const a = figure.event;
  const b = fact.event;
  // An undated page's figure for a year may have been written before the year was over.
  if (CONTINUOUS_KINDS.has(figure.kind) && !figure.written && a.time?.precision === 'year' && b.time?.precision === 'year') {
    return compareEvents(a, b) === 'different' ? 'different' : 'unknown';
  }
  if (CONTINUOUS_KINDS.has(figure.kind) && a.time && b.time && (a.time.precision === 'year') !== (b.time.precision === 'year')) {
    const [year, part] = a.time.precision === 'year' ? [a.time, b] : [b.time, a];
    if (part.timeBasis === 'sentence' || part.timeBasis === 'context') return 'different';
    // Dated only by its publication, within that year or the next (when a year's totals are
    // published): a figure that may or may not be the year's.
    const lag = Number(part.time!.from.slice(0, 4)) - Number(year.from.slice(0, 4));
    if (part.timeBasis === 'publication' && (lag === 0 || lag === 1)) return 'unknown';
  }
  return compareEvents(a, b);
}

/** The relation of one source (given its candidate facts) to a page figure. */
export function relateSource(figure: PageFigure, source: IndexedSource, facts: Fact[]): SourceMatch {
  const cands: Candidate[] = facts.map((fact) => ({ fact, event: relateEvents(figure, fact), agrees: valuesAgree(figure, fact) }));
  const pick = (rel: EventRelation) => cands.filter((c) => c.event === rel);
  const same = pick('same');
  const unknown = pick('unknown');
  const pool = same.length ? same : unknown;
  const certain = same.length > 0;
  if (pool.length) {
    // A whole that agrees first, then a part that agrees (with its note), else the nearest whole that conflicts.
    const agreeing = pool.filter((c) => c.agrees).sort((a, b) => roleRank(a.fact) - roleRank(b.fact));
    if (agreeing.length) {
      const f = agreeing[0]!.fact;
      const agreement = agreementOf(figure, f);
      const why = f.role === 'part' && f.note ? f.note : agreeingSourceReason(agreement, figure.text, f.text);
      const match = entry(source, f, 'corroborates', certain, certain ? why : `${why} (possible: ${uncertainty(figure, f)})`);
      agreements.set(match, agreement);
      return match;
    }
    const wholes = pool.filter((c) => c.fact.role === 'whole');
    const f = nearest(figure, (wholes.length ? wholes : pool).map((c) => c.fact));
    const why = `reports ${f.text}; this page says ${figure.text}`;
    return entry(source, f, 'conflicts', certain, certain ? why : `${why} (possible conflict: ${uncertainty(figure, f)})`);
  }
  const f = nearestInTime(figure, cands.map((c) => c.fact));
  return entry(source, f, 'related', true, `a different event: ${f.event.label}`);
}

/**
 * Why a fact's relation to a page figure is only possible: a side is undated, a side's figure for
 * a year was written before that year was over, or the page does not say which period its amount
 * covers ("this page is undated", "this page wrote of 2025 before it ended").
 */
export function uncertainty(figure: PageFigure, fact: Fact): string {
  const a = figure.event.time;
  const b = fact.event.time;
  if (!a || !figure.written) return 'this page is undated';
  if (!b) return 'the source is undated';
  if (isPartialYear(a)) return `this page wrote of ${a.from.slice(0, 4)} before it ended`;
  if (isPartialYear(b)) return `the source wrote of ${b.from.slice(0, 4)} before it ended`;
  return 'this page does not say which period its figure covers';
}

function roleRank(f: Fact): number {
  return f.role === 'whole' ? 0 : 1;
}

function nearest(figure: Figure, facts: Fact[]): Fact {
  return facts.reduce((best, f) => (Math.abs(f.value - figure.value) < Math.abs(best.value - figure.value) ? f : best));
}

function nearestInTime(figure: PageFigure, facts: Fact[]): Fact {
  const t = figure.event.time?.from ?? '';
  const dist = (f: Fact) => (f.event.time && t ? Math.abs(Date.parse(f.event.time.from) - Date.parse(t)) : Infinity);
  return facts.reduce((best, f) => (dist(f) < dist(best) ? f : best));
}

function entry(source: IndexedSource, f: Fact, relation: SourceMatch['relation'], certain: boolean, reason: string): SourceMatch {
  return {
    source: source.file,
    outlet: source.outlet,
    url: source.url,
    published: source.published,
    relation,
    certain,
    text: f.text,
    quote: f.sentence,
    value: f.value,
    event: f.event.label,
    reason,
  };
}

/** The verdict from the certain relations; with none, 'related'. */
export function verdictOf(matches: SourceMatch[]): Verdict {
  const certain = matches.filter((m) => m.certain && m.relation !== 'related');
  const agree = certain.some((m) => m.relation === 'corroborates');
  const conflict = certain.some((m) => m.relation === 'conflicts');
  if (agree && conflict) return 'mixed';
  if (conflict) return 'conflicting';
  if (agree) return 'corroborated';
  return 'related';
}

/** The one-line reason for a verdict, naming the deciding sources. */
export function reasonFor(verdict: Verdict, figure: Pick<PageFigure, 'text'>, matches: SourceMatch[]): string {
  const named = (m: SourceMatch) => `${m.outlet} (${formatPublished(m.published)})`;
  const certain = (rel: SourceMatch['relation']) => matches.filter((m) => m.certain && m.relation === rel);
  const more = (n: number) => (n > 0 ? ` and ${n} more source${n > 1 ? 's' : ''}` : '');
  if (verdict === 'conflicting') {
    const c = certain('conflicts');
    return `${named(c[0]!)}${more(c.length - 1)} report${c.length > 1 ? '' : 's'} ${c[0]!.text}; this page says ${figure.text}`;
  }
  if (verdict === 'corroborated') {
    const c = certain('corroborates');
    const part = c.find((m) => m.reason.startsWith('counts only'));
    if (part && c.length === 1) return `${named(part)} ${part.reason}`;
    return `${named(c[0]!)}${more(c.length - 1)} ${corroborationText(agreements.get(c[0]!) ?? 'same', figure.text, c[0]!.text, c.length > 1)}`;
  }
  if (verdict === 'mixed') {
    const a = certain('corroborates')[0]!;
    const c = certain('conflicts')[0]!;
    // The card's heading already says the sources disagree (in the reader's language): the line names who says what.
    return `${named(a)} reports ${a.text}, ${named(c)} reports ${c.text}; this page says ${figure.text}`;
  }
  // related: only other events, or only undated evidence
  const parts: string[] = [];
  const other = matches.filter((m) => m.relation === 'related');
  if (other.length) {
    const events = [...new Set(other.map((m) => m.event))];
    parts.push(`${events.join('; ')}: ${events.length > 1 ? 'different events' : 'a different event'} (${other.map((m) => `${named(m)} reports ${m.text}`).join(', ')})`);
  }
  const possible = matches.filter((m) => !m.certain && m.relation !== 'related');
  if (possible.length) {
    // Its own entry's reason says what it reports and why the relation is only possible.
    const p = possible.find((m) => m.relation === 'conflicts') ?? possible[0]!;
    parts.push(`${named(p)} ${p.reason}`);
  }
  return parts.join('. ');
}
