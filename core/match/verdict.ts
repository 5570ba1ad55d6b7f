/**
 * A figure's verdict from its sources' relations, and the one-line reasons a reader understands
 * ("American Courant (20 May 2026) reports 40; this page says 42").
 */
import type { Figure, SourceMatch, Verdict } from '../model';
import { formatIsoDay } from '../time/spans';


/** "20 May 2026", "September 2025", "undated". */
export function formatPublished(published: string | null): string {
  return published ? formatIsoDay(published) : 'undated';
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
export function reasonFor(verdict: Verdict, figure: Pick<Figure, 'text'>, matches: SourceMatch[]): string {
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
    // Its own entry's reason says what it reports and why the relation is only possible.
    const p = possible.find((m) => m.relation === 'conflicts') ?? possible[0]!;
    parts.push(`${named(p)} ${p.reason}`);
  }
  return parts.join('. ');
}
