/**
 * Plain-string helpers for the fact card and the marks: verdict and relation wording (in the
 * reader's language, `i18n.ts`), the quote split around its figure, and text-fragment links.
 * Pure functions (no DOM) so the card, the marks' aria-labels and the popup share one wording.
 */
import type { CheckedFigure, Relation, SourceMatch, Verdict } from '../core/model';
import { figureLabel } from '../core/text/figure-label';
import { t, tn, type MessageKey } from './i18n';

const VERDICT_KEYS: Record<Verdict, MessageKey> = {
  corroborated: 'verdictCorroborated',
  conflicting: 'verdictConflicting',
  mixed: 'verdictMixed',
  related: 'verdictRelated',
};

/** The verdict as a short title shown on the card's badge: "Conflicts with sources". */
export function verdictTitle(verdict: Verdict): string {
  return t(VERDICT_KEYS[verdict]);
}

const VERDICT_SHORT_KEYS: Record<Verdict, MessageKey> = {
  corroborated: 'verdictShortCorroborated',
  conflicting: 'verdictShortConflicting',
  mixed: 'verdictShortMixed',
  related: 'verdictShortRelated',
};

/** The verdict in a word or two, for lists: "Conflicts", "Corroborated". */
export function verdictShort(verdict: Verdict): string {
  return t(VERDICT_SHORT_KEYS[verdict]);
}

const RELATION_KEYS: Record<Relation, MessageKey> = {
  corroborates: 'relationCorroborates',
  conflicts: 'relationConflicts',
  related: 'relationRelated',
};

/** A source's relation as shown on its entry ("Other event" rather than the model's "related"). */
export function relationTitle(relation: Relation): string {
  return t(RELATION_KEYS[relation]);
}

/** How many sources stand in each relation to a figure. */
export function relationCounts(sources: readonly SourceMatch[]): Record<Relation, number> {
  const counts: Record<Relation, number> = { corroborates: 0, conflicts: 0, related: 0 };
  for (const s of sources) counts[s.relation] += 1;
  return counts;
}

/** Which relations speak most directly to each verdict, first to last. */
const RELATION_ORDER: Record<Verdict, Relation[]> = {
  corroborated: ['corroborates', 'conflicts', 'related'],
  conflicting: ['conflicts', 'corroborates', 'related'],
  mixed: ['conflicts', 'corroborates', 'related'],
  related: ['related', 'corroborates', 'conflicts'],
};

/**
 * The sources in reading order: those whose relation decided the verdict first, certain ones
 * before merely possible ones within a relation; otherwise the engine's order is kept. The card
 * shows the first two of them.
 */
export function orderSources(figure: Pick<CheckedFigure, 'verdict' | 'sources'>): SourceMatch[] {
  const order = RELATION_ORDER[figure.verdict];
  const rank = (s: SourceMatch): number => order.indexOf(s.relation) * 2 + (s.certain ? 0 : 1);
  return figure.sources
    .map((s, i) => ({ s, i }))
    .sort((a, b) => rank(a.s) - rank(b.s) || a.i - b.i)
    .map(({ s }) => s);
}

/**
 * One phrase summing up a figure's sources for its verdict: "conflicts with 1 source",
 * "corroborated by 2 sources", "corroborated by 1 source, conflicts with 2".
 */
export function verdictSummary(figure: Pick<CheckedFigure, 'verdict' | 'sources'>): string {
  const c = relationCounts(figure.sources);
  switch (figure.verdict) {
    case 'corroborated':
      return tn('summaryCorroborated', c.corroborates);
    case 'conflicting':
      return tn('summaryConflicting', c.conflicts);
    case 'mixed':
      return `${tn('summaryCorroborated', c.corroborates)}, ${tn('summaryConflicting', c.conflicts)}`;
    case 'related':
      return tn('summaryRelated', figure.sources.length);
  }
}

/**
 * The accessible name of a mark: the figure with what it counts, then the verdict's summary,
 * e.g. "42 agreements: conflicts with 1 source".
 */
export function markLabel(figure: Pick<CheckedFigure, 'text' | 'measure' | 'verdict' | 'sources'>): string {
  return `${figureLabel(figure.text, figure.measure)}: ${verdictSummary(figure)}`;
}

/** A quote cut around its figure: the text before, the figure as it appears, the text after. */
export type QuoteParts = { before: string; figure: string; after: string };

const QUOTE_CONTEXT = 110;

/**
 * Splits a source's sentence around its figure so the card can emphasise it with JSX text nodes.
 * Long sentences are shortened to about `context` characters each side, at word boundaries,
 * with an ellipsis. When the figure is not found verbatim the whole quote is `before`.
 */
export function splitQuote(quote: string, figure: string, context = QUOTE_CONTEXT): QuoteParts {
  const text = quote.replace(/\s+/g, ' ').trim();
  const at = figure ? text.indexOf(figure) : -1;
  if (at < 0) return { before: shorten(text, context * 2), figure: '', after: '' };
  let before = text.slice(0, at);
  let after = text.slice(at + figure.length);
  if (before.length > context) {
    const cut = before.length - context;
    const space = before.indexOf(' ', cut);
    before = '…' + before.slice(space >= 0 && space < before.length - 1 ? space + 1 : cut);
  }
  if (after.length > context) {
    const space = after.lastIndexOf(' ', context);
    after = after.slice(0, space > 0 ? space : context) + '…';
  }
  return { before, figure: text.slice(at, at + figure.length), after };
}

function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const space = text.lastIndexOf(' ', max);
  return text.slice(0, space > 0 ? space : max) + '…';
}

/**
 * A short exact snippet of the quote around the figure, on word boundaries: up to `words` words
 * each side, never crossing a sentence-internal line break. It is what a text fragment searches.
 */
export function fragmentSnippet(quote: string, figure: string, words = 3): string {
  const text = quote.replace(/\s+/g, ' ').trim();
  const at = figure ? text.indexOf(figure) : -1;
  if (at < 0) return text.split(' ').slice(0, words * 2 + 1).join(' ');
  // Extend the figure to whole words, so the fragment never starts or ends inside a word.
  let start = at;
  while (start > 0 && text[start - 1] !== ' ') start -= 1;
  let end = at + figure.length;
  while (end < text.length && text[end] !== ' ') end += 1;
  const beforeWords = text.slice(0, start).split(' ').filter(Boolean).slice(-words);
  const afterWords = text.slice(end).split(' ').filter(Boolean).slice(0, words);
  return [...beforeWords, text.slice(start, end), ...afterWords].join(' ');
}

/**
 * A link that opens `url` scrolled to `snippet` (a text fragment, `#:~:text=`). Characters the
 * fragment syntax reserves (`-`, `,`, `&`) are percent-encoded; an existing fragment is replaced.
 */
export function textFragmentUrl(url: string, snippet: string): string {
  const base = url.split('#')[0] ?? url;
  const encoded = encodeURIComponent(snippet).replace(/-/g, '%2D');
  return snippet ? `${base}#:~:text=${encoded}` : base;
}
