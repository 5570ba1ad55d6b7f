/**
 * An undated page dated by its content (issue 15, docs/decisions/035). Where the evidence engine
 * finds figures of the page's opening certainly corroborated by dated sources, and those sources
 * were all published in one month, the page is taken to be of that month, so the rule matcher can
 * weigh its other figures against that event instead of calling every relation "possible". Sources
 * of two different months leave the page undated: both events are as likely, and nothing is guessed.
 */
import type { CheckedFigure } from '../model';
import { monthSpan, spanLabel } from '../time/spans';

/** A date for the page's metadata (`PageMeta.dates`), with what it rests on. */
export interface ContentDate {
  value: string;
  basis: string;
  /** The page's figures that dated it (their texts, in page order). */
  figures: string[];
}

/** How a page's date from its content is named (`PageContext.dateBasis` starts with it). */
export const CONTENT_BASIS = 'its content';

/** The month an undated page's figures place it in, from the evidence engine's figures of its opening, or null. */
export function contentDate(figures: readonly CheckedFigure[]): ContentDate | null {
  const byMonth = new Map<string, string[]>();
  for (const f of figures) {
    if (f.verdict !== 'corroborated') continue;
    for (const s of f.sources) {
      if (s.relation !== 'corroborates' || !s.certain || !s.published) continue;
      const month = s.published.slice(0, 7);
      const texts = byMonth.get(month) ?? [];
      if (!texts.includes(f.text)) texts.push(f.text);
      byMonth.set(month, texts);
    }
  }
  if (byMonth.size !== 1) return null;
  const [[month, texts]] = [...byMonth] as [[string, string[]]];
  // Written out ("May 2026"): metadata's ISO form is read as a day, and the page is known only to the month.
  const [year, m] = month.split('-').map(Number) as [number, number];
  return { value: spanLabel(monthSpan(year, m)), basis: contentBasis(texts), figures: texts };
}

/** How a content date is explained: the figures that placed the page, and on what. */
function contentBasis(texts: readonly string[]): string {
  return `${CONTENT_BASIS} (${texts.map((t) => `"${t}"`).join(', ')}, as sources of that month report)`;
}

/**
 * The date line of one figure of a page dated by its content. A figure that is itself among the
 * figures that dated the page is not named as its own evidence: the line names the others, or,
 * when it alone dated the page, says so ("47-page" dated by "47-page" read as circular).
 */
export function dateLineFor(figureText: string, date: ContentDate): string {
  const others = date.figures.filter((t) => t !== figureText);
  const basis = others.length ? contentBasis(others) : `${CONTENT_BASIS} (this figure, as sources of that month report)`;
  return `the page, undated, dated by ${basis}`;
}
