/**
 * Plain-word summaries for the popup: the page tally ("7 figures checked: 5 corroborated,
 * 1 conflicting, 1 other event") and the index counts.
 */
import { formatIsoDay } from '../../core/time/spans';
import type { IndexCounts, PageSummary } from '../../messaging/protocol';

/** What each verdict is called in a tally (singular, plural). */
const VERDICT_WORDS = {
  corroborated: ['corroborated', 'corroborated'],
  conflicting: ['conflicting', 'conflicting'],
  mixed: ['mixed', 'mixed'],
  related: ['other event', 'other events'],
} as const;

/** "1 figure" / "7 figures". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "7 figures checked: 5 corroborated, 1 conflicting, 1 other event". */
export function tallyLine(summary: Pick<PageSummary, 'checked' | 'counts'>): string {
  if (summary.checked === 0) return 'No figure on this page matches the index.';
  const parts = (Object.keys(VERDICT_WORDS) as Array<keyof typeof VERDICT_WORDS>)
    .filter((v) => summary.counts[v] > 0)
    .map((v) => `${summary.counts[v]} ${VERDICT_WORDS[v][summary.counts[v] === 1 ? 0 : 1]}`);
  return `${plural(summary.checked, 'figure')} checked: ${parts.join(', ')}`;
}

/** "5 sources · 22 facts · 15 claims, 1 with conflicts". */
export function countsLine(c: IndexCounts): string {
  return `${plural(c.sources, 'source')} · ${plural(c.facts, 'fact')} · ${plural(c.claims, 'claim')}, ${c.conflicts} with conflicts`;
}

/** "20 May 2026" from an ISO date or date-time; the input itself when unreadable. */
export function formatDay(iso: string): string {
  return formatIsoDay(iso);
}
