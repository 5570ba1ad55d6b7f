/**
 * Page helpers for end-to-end tests: the fixture pages and their expected checks, opening a
 * fixture under the address it was written for, and reading the marks Crosscheck made.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { PAGES_DIR, type TestServer } from './server';

/** What a fixture's `NAME.expected.json` says (the parts the e2e tests use). */
export interface ExpectedPage {
  url?: string;
  figures: Array<{
    text: string;
    verdict: string;
    sources: Array<{ source: string; relation: string; certain: boolean }>;
  }>;
}

/** The names of the fixture pages that come with an expected check. */
export function fixtureNames(): string[] {
  return readdirSync(PAGES_DIR)
    .filter((f) => f.endsWith('.expected.json'))
    .map((f) => f.replace(/\.expected\.json$/, ''))
    .sort();
}

/** A fixture's expected check. */
export function expectedOf(name: string): ExpectedPage {
  return JSON.parse(readFileSync(join(PAGES_DIR, `${name}.expected.json`), 'utf8')) as ExpectedPage;
}

/**
 * Opens a fixture page. When its expected check names an address, the page is served under that
 * address (the browser's request is fulfilled from the file), since the address can date a page;
 * otherwise it is loaded from the local server.
 */
export async function openFixture(context: BrowserContext, server: TestServer, name: string, page?: Page): Promise<Page> {
  const target = page ?? (await context.newPage());
  const { url } = expectedOf(name);
  if (url) {
    const html = readFileSync(join(PAGES_DIR, `${name}.html`));
    await target.route(
      (u) => u.origin === new URL(url).origin,
      (route) =>
        new URL(route.request().url()).pathname === new URL(url).pathname
          ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
          : route.fulfill({ status: 204, body: '' }),
    );
    await target.goto(url);
  } else {
    await target.goto(`${server.origin}/pages/${name}.html`);
  }
  return target;
}

/** Opens the demo page (`npm start`'s) in a new tab and waits for its first `marks` marks. */
export async function openDemo(context: BrowserContext, server: TestServer, marks = 2): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${server.origin}/demo/`);
  await waitForMarks(page, marks);
  return page;
}

/** One figure's mark as the page shows it (first piece of each figure). */
export interface MarkInfo {
  figure: string;
  verdict: string;
  id: string;
  label: string | null;
}

/** The marks on the page, in document order. */
export function readMarks(page: Page): Promise<MarkInfo[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('crosscheck-mark:not([data-cc-continuation])')).map((m) => ({
      figure: m.getAttribute('data-figure') ?? '',
      verdict: m.getAttribute('data-verdict') ?? '',
      id: m.getAttribute('data-cc-id') ?? '',
      label: m.getAttribute('aria-label'),
    })),
  );
}

/**
 * Waits until the number of marks has not changed for `quietMs` (the content script runs at
 * document_idle and marks in slices), or `timeoutMs` passed. Returns the marks.
 */
export async function settledMarks(page: Page, { quietMs = 600, timeoutMs = 8000, min = 1 } = {}): Promise<MarkInfo[]> {
  const start = Date.now();
  let last = -1;
  let stableSince = Date.now();
  for (;;) {
    const count = await page.evaluate(() => document.querySelectorAll('crosscheck-mark').length);
    if (count !== last) {
      last = count;
      stableSince = Date.now();
      // Fewer than `min` marks is never settled (a cold background may answer after the quiet time);
      // a page that should stay unmarked passes `min: 0`.
    } else if (count >= min && Date.now() - stableSince >= quietMs) break;
    if (Date.now() - start > timeoutMs) break;
    await page.waitForTimeout(100);
  }
  return readMarks(page);
}

/** Waits until at least `n` marks exist. */
export async function waitForMarks(page: Page, n = 1, timeout = 10_000): Promise<void> {
  await page.waitForFunction((k) => document.querySelectorAll('crosscheck-mark:not([data-cc-continuation])').length >= k, n, {
    timeout,
  });
}

/** The open card's source entries ([data-source, data-relation]) read from its shadow root, or null. */
export function readCard(page: Page): Promise<{
  title: string;
  verdict: string | null;
  sources: Array<{ source: string | null; relation: string | null; certain: string | null }>;
  rect: { top: number; left: number; bottom: number; right: number };
} | null> {
  return page.evaluate(() => {
    const host = document.querySelector('crosscheck-card');
    const card = host?.shadowRoot?.querySelector('.cc-card');
    if (!card) return null;
    const r = card.getBoundingClientRect();
    return {
      title: card.querySelector('.cc-figure')?.textContent ?? '',
      verdict: card.getAttribute('data-verdict'),
      sources: Array.from(card.querySelectorAll('.cc-source')).map((s) => ({
        source: s.getAttribute('data-source'),
        relation: s.getAttribute('data-relation'),
        certain: s.getAttribute('data-certain'),
      })),
      rect: { top: r.top, left: r.left, bottom: r.bottom, right: r.right },
    };
  });
}

/** Multiset of "figure|verdict" strings, sorted, for comparing marks with an expected check. */
export function figureVerdicts(items: Array<{ figure?: string; text?: string; verdict: string }>): string[] {
  return items.map((i) => `${i.figure ?? i.text}|${i.verdict}`).sort();
}
