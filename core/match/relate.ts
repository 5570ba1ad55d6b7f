/**
 * How each source relates to a page's figure, the figure's verdict, and the one-line reasons a
 * reader understands ("American Courant (20 May 2026) reports 40; this page says 42").
 */
import type { EventRef, Fact, Figure, IndexedSource, SourceMatch, Verdict } from '../model';
import { compareEvents, valuesAgree, type EventRelation } from '../index/compare';
import { formatIsoDay } from '../time/spans';

/** A page figure with the event it was found to refer to. */
export interface PageFigure extends Figure {
  event: EventRef;
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

/** The relation of one source (given its candidate facts) to a page figure. */
export function relateSource(figure: PageFigure, source: IndexedSource, facts: Fact[]): SourceMatch {
  const cands: Candidate[] = facts.map((fact) => ({ fact, event: compareEvents(figure.event, fact.event), agrees: valuesAgree(figure, fact) }));
  const pick = (rel: EventRelation) => cands.filter((c) => c.event === rel);
  const same = pick('same');
  const unknown = pick('unknown');
  const pool = same.length ? same : unknown;
  const certain = same.length > 0;
  const undatedSide = !figure.event.time ? 'this page is undated' : 'the source is undated';
  if (pool.length) {
    // A whole that agrees first, then a part that agrees (with its note), else the nearest whole that conflicts.
    const agreeing = pool.filter((c) => c.agrees).sort((a, b) => roleRank(a.fact) - roleRank(b.fact));
    if (agreeing.length) {
      const f = agreeing[0]!.fact;
      const why = f.role === 'part' && f.note ? f.note : `reports ${f.text}, as this page does`;
      return entry(source, f, 'corroborates', certain, certain ? why : `${why} (possible: ${undatedSide})`);
    }
    const wholes = pool.filter((c) => c.fact.role === 'whole');
    const f = nearest(figure, (wholes.length ? wholes : pool).map((c) => c.fact));
    const why = `reports ${f.text}; this page says ${figure.text}`;
    return entry(source, f, 'conflicts', certain, certain ? why : `${why} (possible conflict: ${undatedSide})`);
  }
  const f = nearestInTime(figure, cands.map((c) => c.fact));
  return entry(source, f, 'related', true, `a different event: ${f.event.label}`);
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
export function reasonFor(verdict: Verdict, figure: PageFigure, matches: SourceMatch[]): string {
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
    return `${named(c[0]!)}${more(c.length - 1)} also report${c.length > 1 ? '' : 's'} ${c[0]!.text}`;
  }
  if (verdict === 'mixed') {
    const a = certain('corroborates')[0]!;
    const c = certain('conflicts')[0]!;
    return `Sources disagree: ${named(a)} reports ${a.text}, ${named(c)} reports ${c.text}; this page says ${figure.text}`;
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
    const p = possible.find((m) => m.relation === 'conflicts') ?? possible[0]!;
    const why = !figure.event.time ? 'this page is undated' : `${p.outlet} is undated`;
    parts.push(`${named(p)} reports ${p.text}: a possible ${p.relation === 'conflicts' ? 'conflict' : 'match'}, but ${why}`);
  }
  return parts.join('. ');
}
