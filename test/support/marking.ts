/**
 * Marking helpers for the page tests (happy-dom): a fresh body, a mark spec for a figure of an
 * article's text, and the check that every segment still maps its text 1:1 to its node.
 */
import { expect } from 'vitest';
import type { MarkSpec } from '../../page/highlighter';
import type { ArticleText } from '../../page/read-article';

/** A fresh body holding `html` (test markup, trusted). */
export function body(html: string): HTMLElement {
  const doc = document.implementation.createHTMLDocument('t');
  doc.body.innerHTML = html;
  return doc.body;
}

/** A spec for the `n`-th occurrence (0-based) of `figure` in the article text. */
export function spec(article: ArticleText, figure: string, n = 0, extra: Partial<MarkSpec> = {}): MarkSpec {
  let start = -1;
  for (let i = 0; i <= n; i++) start = article.text.indexOf(figure, start + 1);
  if (start < 0) throw new Error(`"${figure}" #${n} not in the text`);
  return {
    id: `f-${figure}-${n}`,
    start,
    end: start + figure.length,
    verdict: 'corroborated',
    figure,
    label: `${figure}: corroborated`,
    ...extra,
  };
}

/** Asserts that every segment still maps its text 1:1 to its node. */
export function expectSegmentsValid(article: ArticleText): void {
  for (const s of article.segments) expect(article.text.slice(s.start, s.end)).toBe(s.node.data);
}
