/**
 * Plain-word summaries for the popup, in the reader's language: the page tally ("7 figures
 * checked: 5 corroborated, 1 conflicting, 1 other event"), the page's figures grouped one row per
 * distinct figure, and the index counts.
 */
import { figureLabel } from '../../core/text/figure-label';
import type { Verdict } from '../../core/model';
import type { IndexCounts, PageSummary, SummaryFigure } from '../../messaging/protocol';
import { formatDay as formatDayInLanguage, t, tn } from '../i18n';

/** The verdicts in the order a tally names them. */
const TALLY_ORDER: readonly Verdict[] = ['corroborated', 'conflicting', 'mixed', 'related'];

/** "7 figures checked: 5 corroborated, 1 conflicting, 1 other event". */
export function tallyLine(summary: Pick<PageSummary, 'checked' | 'counts'>): string {
  if (summary.checked === 0) return t('tallyNone');
  const parts = TALLY_ORDER.filter((v) => summary.counts[v] > 0).map((v) => tn(`tally_${v}`, summary.counts[v]));
  return t('tallyLine', tn('tallyFigures', summary.checked), parts.join(', '));
}

/** One row of the tally: a distinct figure, how often the page states it, and its marks' ids. */
export interface TallyRow {
  /** "42 agreements". */
  label: string;
  verdict: Verdict;
  /** The reason of its first occurrence. */
  reason: string;
  /** The ids of its marks, in page order (`cc:reveal` takes one). */
  ids: string[];
}

/** Verdicts from the one a reader must see first (a conflict) to the least telling. */
const URGENCY: readonly Verdict[] = ['conflicting', 'mixed', 'corroborated', 'related'];

/**
 * The page's figures, one row per distinct figure and verdict ("42 agreements" twice is one row,
 * ×2), conflicts first, then in page order.
 */
export function tallyRows(figures: readonly SummaryFigure[]): TallyRow[] {
  const rows = new Map<string, TallyRow & { first: number }>();
  figures.forEach((f, i) => {
    const label = figureLabel(f.text, f.measure);
    const key = `${label.toLowerCase()}\u0000${f.verdict}`;
    const row = rows.get(key);
    if (row) row.ids.push(f.id);
    else rows.set(key, { label, verdict: f.verdict, reason: f.reason, ids: [f.id], first: i });
  });
  return [...rows.values()]
    .sort((a, b) => URGENCY.indexOf(a.verdict) - URGENCY.indexOf(b.verdict) || a.first - b.first)
    .map(({ first: _first, ...row }) => row);
}

/** "5 sources · 22 facts · 15 claims, 1 with conflicts". */
export function countsLine(c: IndexCounts): string {
  return t('indexCounts', tn('countSources', c.sources), tn('countFacts', c.facts), tn('countClaims', c.claims), c.conflicts);
}

/** "1 figure" / "7 figures" in plain English, for the search status. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A date from ISO in the reader's format; the input itself when unreadable. */
export function formatDay(iso: string): string {
  return formatDayInLanguage(iso);
}
