/**
 * The fact card as the e2e suites read it: a mark's selector, the sources a fixture expects and
 * the open card lists, waiting for the card, and where the focus is.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { expectedOf, readCard } from './pages';

/** The first mark whose figure reads `figure`. */
export const markSelector = (figure: string) => `crosscheck-mark[data-figure="${figure}"]:not([data-cc-continuation])`;

/** The expected sources of a fixture's figure, as [source, relation] pairs sorted. */
export function expectedSources(name: string, figure: string): string[] {
  const f = expectedOf(name).figures.find((x) => x.text === figure);
  assert.ok(f, `${name} lists ${figure}`);
  return f.sources.map((s) => `${s.source}|${s.relation}|${s.certain}`).sort();
}

/** The open card's sources, as [source, relation] pairs sorted. */
export async function cardSources(page: Page): Promise<string[]> {
  const card = await readCard(page);
  assert.ok(card, 'a card is open');
  return card.sources.map((s) => `${s.source}|${s.relation}|${s.certain}`).sort();
}

/** Waits for the card to be open (or, `open` false, closed). */
export async function waitForCard(page: Page, open = true, timeout = 5000): Promise<void> {
  await page.waitForFunction(
    (want) => !!document.querySelector('crosscheck-card')?.shadowRoot?.querySelector('.cc-card') === want,
    open,
    { timeout },
  );
}

/** The element focused, looking through the card's shadow root. */
export function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el) return 'none';
    if (el.localName === 'crosscheck-mark') return `mark:${el.getAttribute('data-figure')}`;
    return `${el.localName}.${el.className}`;
  });
}

