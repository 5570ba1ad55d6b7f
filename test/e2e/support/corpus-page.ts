/** A corpus page (test/corpus/TOPIC/pages/*.txt) served as a news page in the end-to-end tests, and what they check on it. */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { CheckedFigure } from '../../../core/model';
import { waitForCard } from './cards';
import { figureVerdicts, readCard, readMarks, settledMarks, waitForMarks, type MarkInfo } from './pages';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The corpus page as a news page: its first line the title and headline, each further line a paragraph. */
export function corpusPageHtml(text: string, published: string | null): string {
  const [title, ...rest] = text.split('\n').filter((l) => l.trim());
  const meta = published ? `<meta property="article:published_time" content="${published}">` : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title ?? '')}</title>${meta}</head><body><main><article><h1>${escape(title ?? '')}</h1>${rest.map((p) => `<p>${escape(p)}</p>`).join('')}</article></main></body></html>`;
}

/**
 * Loads `url` in `tab`, asserts that its marks are the command line's `expected` figures and
 * verdicts, clicks the mark `pick` chooses, and returns the card that opens.
 */
export async function marksAsExpectedThenCard(tab: Page, url: string, expected: readonly CheckedFigure[], pick: (marks: MarkInfo[]) => MarkInfo): Promise<NonNullable<Awaited<ReturnType<typeof readCard>>>> {
  await tab.goto(url);
  await waitForMarks(tab, 1, 20_000);
  const marks = await settledMarks(tab, { quietMs: 800 });
  assert.deepEqual(figureVerdicts(marks), figureVerdicts([...expected]));
  await tab.locator(`crosscheck-mark[data-cc-id="${pick(await readMarks(tab)).id}"]`).click();
  await waitForCard(tab, true, 10_000);
  const card = await readCard(tab);
  assert.ok(card, 'a card opens');
  return card;
}
