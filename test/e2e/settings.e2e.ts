/**
 * The content script and the rest of the extension: turning Crosscheck off for a site (or
 * pausing it) removes every mark and leaves the page's DOM exactly as it was; turning it on marks
 * again; hidden verdicts lose their marks (wrong match: wrong-match.e2e.ts); the popup's messages (`cc:page-summary`, `cc:reveal`, `cc:read-article`) get their answers.
 */
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './support/launch';
import { expectedOf, figureVerdicts, openFixture, readMarks, settledMarks, waitForMarks } from './support/pages';
import { startServer, type TestServer } from './support/server';
import { writeSettings } from './support/settings';

const PAGE = 'may2026-42-agreements-conflict';
const HOST = new URL(expectedOf(PAGE).url ?? 'http://x').hostname;

let browser: ExtensionBrowser;
let server: TestServer;

before(async () => {
  server = await startServer();
  browser = await launchWithExtension();
});
afterEach(async () => {
  await writeSettings(browser.serviceWorker, {});
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** The body's markup plus its text nodes one by one (so a split text node left behind shows). */
function domFingerprint(page: Page): Promise<{ html: string; textNodes: string[] }> {
  return page.evaluate(() => {
    const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
    const textNodes: string[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) textNodes.push((n as Text).data);
    return { html: document.documentElement.innerHTML, textNodes };
  });
}

async function markCount(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelectorAll('crosscheck-mark').length);
}

/**
 * Sends a popup → content message to the tab showing `url`, from the service worker. Without the
 * "tabs" permission tab URLs are hidden, so the tab is found by asking each for its page summary.
 */
async function sendToPage(url: string, message: object): Promise<unknown> {
  return browser.serviceWorker.evaluate(
    async ({ url, message }) => {
      type Reply = { ok: boolean; value: { url: string } } | null;
      const c = (
        globalThis as unknown as {
          chrome: { tabs: { query(q: object): Promise<Array<{ id: number }>>; sendMessage(id: number, m: object): Promise<Reply> } };
        }
      ).chrome;
      for (const tab of await c.tabs.query({})) {
        const summary = await c.tabs.sendMessage(tab.id, { type: 'cc:page-summary' }).catch(() => null);
        if (summary?.ok && summary.value.url === url) return c.tabs.sendMessage(tab.id, message);
      }
      throw new Error(`no tab for ${url}`);
    },
    { url, message },
  );
}

describe('turning Crosscheck off and on', () => {
  test('off for this site restores the DOM exactly; on marks again', async () => {
    await writeSettings(browser.serviceWorker, { disabledSites: [HOST] });
    const page = await openFixture(browser.context, server, PAGE);
    try {
      await page.waitForTimeout(800);
      assert.equal(await markCount(page), 0, 'no marks while the site is off');
      const pristine = await domFingerprint(page);

      await writeSettings(browser.serviceWorker, { disabledSites: [] });
      await waitForMarks(page, 1);
      const marks = await settledMarks(page);
      assert.deepEqual(figureVerdicts(marks), figureVerdicts(expectedOf(PAGE).figures));
      // Open a card too, so teardown has it to remove.
      await page.locator('crosscheck-mark:not([data-cc-continuation])').first().click();
      await page.waitForFunction(() => !!document.querySelector('crosscheck-card'));

      await writeSettings(browser.serviceWorker, { disabledSites: [HOST] });
      await page.waitForFunction(() => document.querySelectorAll('crosscheck-mark, crosscheck-card, [data-crosscheck-ui]').length === 0);
      assert.deepEqual(await domFingerprint(page), pristine, 'the DOM is exactly as before');

      await writeSettings(browser.serviceWorker, { disabledSites: [] });
      await waitForMarks(page, 1);
      assert.deepEqual(figureVerdicts(await settledMarks(page)), figureVerdicts(expectedOf(PAGE).figures));
    } finally {
      await page.close();
    }
  });

  test('pausing everywhere removes the marks at once', async () => {
    const page = await openFixture(browser.context, server, PAGE);
    try {
      await waitForMarks(page, 1);
      await writeSettings(browser.serviceWorker, { enabled: false });
      await page.waitForFunction(() => document.querySelectorAll('crosscheck-mark, [data-crosscheck-ui]').length === 0, null, {
        timeout: 3000,
      });
    } finally {
      await page.close();
    }
  });

  test('hiding a verdict removes its marks; showing it again brings them back', async () => {
    const page = await openFixture(browser.context, server, PAGE);
    try {
      await waitForMarks(page, 1);
      const all = figureVerdicts(await settledMarks(page));
      await writeSettings(browser.serviceWorker, {
        showVerdicts: { corroborated: false, conflicting: true, mixed: true, related: true },
      });
      await page.waitForFunction(() => !document.querySelector('crosscheck-mark[data-verdict="corroborated"]'));
      const left = figureVerdicts(await readMarks(page));
      assert.deepEqual(left, all.filter((s) => !s.endsWith('|corroborated')));
      await writeSettings(browser.serviceWorker, {});
      await page.waitForFunction((n) => document.querySelectorAll('crosscheck-mark:not([data-cc-continuation])').length === n, all.length);
      assert.deepEqual(figureVerdicts(await readMarks(page)), all);
    } finally {
      await page.close();
    }
  });
});

describe('popup messages', () => {
  test('page summary, reveal and read-article', async () => {
    const page = await openFixture(browser.context, server, PAGE);
    try {
      await waitForMarks(page, 1);
      const marks = await settledMarks(page);
      const url = page.url();
      const summary = (await sendToPage(url, { type: 'cc:page-summary' })) as {
        ok: boolean;
        value: { checked: number; counts: Record<string, number>; figures: Array<{ id: string; text: string; verdict: string }>; paused: boolean };
      };
      assert.equal(summary.ok, true);
      assert.equal(summary.value.paused, false);
      assert.deepEqual(figureVerdicts(summary.value.figures), figureVerdicts(expectedOf(PAGE).figures));
      const tally = { corroborated: 0, conflicting: 0, mixed: 0, related: 0 } as Record<string, number>;
      for (const f of expectedOf(PAGE).figures) tally[f.verdict]! += 1;
      assert.deepEqual(summary.value.counts, tally);
      assert.deepEqual(
        summary.value.figures.map((f) => f.id).sort(),
        marks.map((m) => m.id).sort(),
        'the ids are the marks’ data-cc-id',
      );

      const last = summary.value.figures[summary.value.figures.length - 1]!;
      const revealed = (await sendToPage(url, { type: 'cc:reveal', id: last.id })) as { ok: boolean; value: boolean };
      assert.deepEqual(revealed, { ok: true, value: true });
      await page.waitForFunction(() => !!document.querySelector('crosscheck-card')?.shadowRoot?.querySelector('.cc-card'));
      assert.equal(await page.locator(`crosscheck-mark[data-cc-id="${last.id}"]`).getAttribute('aria-expanded'), 'true');
      const unknown = (await sendToPage(url, { type: 'cc:reveal', id: 'cc-nope' })) as { ok: boolean; value: boolean };
      assert.deepEqual(unknown, { ok: true, value: false });

      const article = (await sendToPage(url, { type: 'cc:read-article' })) as {
        ok: boolean;
        value: { text: string; meta: { url: string; title: string } };
      };
      assert.equal(article.ok, true);
      assert.match(article.value.text, /signed 42 agreements/);
      assert.equal(article.value.meta.url, url);

      const malformed = (await sendToPage(url, { type: 'cc:reveal' })) as { ok: boolean };
      assert.equal(malformed.ok, false);
    } finally {
      await page.close();
    }
  });
});
