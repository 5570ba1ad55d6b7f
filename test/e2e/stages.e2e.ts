/**
 * The content script's stages (docs/decisions/008, 009, 032) in Chromium: an off-topic page gets
 * the first stage only, keeps its DOM and has no listener; the popup, opened by the toolbar button,
 * injects the second stage; an on-topic
 * page loads the second stage and no engine (the background checks its texts); and a client-side navigation from an off-topic
 * page to an article is followed by the first stage alone (the Navigation API path).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { openFixture, waitForMarks } from './support/pages';
import { clickToolbarButton, tabIdOf, useExtensionSession } from './support/session';

const session = useExtensionSession({ toolbarClicks: true });

/** A new tab that records the extension's scripts V8 parses in it (content scripts and their imports). */
async function tabWithScriptLog(): Promise<{ page: Page; scripts: () => string[] }> {
  const { browser } = session;
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  const seen: string[] = [];
  cdp.on('Debugger.scriptParsed', (e) => {
    if (e.url.startsWith(`chrome-extension://${browser.extensionId}/`)) seen.push(new URL(e.url).pathname);
  });
  await cdp.send('Debugger.enable');
  return { page, scripts: () => [...new Set(seen)].sort() };
}

/** Asks the tab's content script a question, as the popup does. */
function askTab(tab: number, message: object): Promise<unknown> {
  return session.browser.serviceWorker.evaluate(
    ([id, m]) => (globalThis as unknown as { chrome: { tabs: { sendMessage(t: number, m: object): Promise<unknown> } } }).chrome.tabs.sendMessage(id, m),
    [tab, message] as const,
  );
}

describe('content script stages', () => {
  test('an off-topic page gets the first stage only and keeps its DOM; the popup\'s question loads the second stage', async () => {
    const { page, scripts } = await tabWithScriptLog();
    try {
      await openFixture(session.browser.context, session.server, 'unrelated-basketball-42-40', page);
      const html = await page.evaluate(() => document.documentElement.outerHTML);
      await page.waitForTimeout(800); // time for any stage to load, if one were going to
      assert.deepEqual(scripts(), ['/content-gate.js']);
      assert.equal(await page.evaluate(() => document.documentElement.outerHTML), html, 'the page is as it was');

      // Nothing listens there: the first stage has no listener (docs/decisions/032).
      const tab = await tabIdOf(session.browser, page);
      await assert.rejects(askTab(tab, { type: 'cc:page-summary' }), /Receiving end does not exist/);
      assert.deepEqual(scripts(), ['/content-gate.js']);
      // The reader clicks the toolbar button: the popup, granted `activeTab`, injects the second
      // stage and asks it; from then on it answers.
      await clickToolbarButton(session.browser, page);
      for (const until = Date.now() + 5_000; scripts().length < 2 && Date.now() < until; ) await page.waitForTimeout(50);
      const reply = (await askTab(tab, { type: 'cc:page-summary' })) as { ok: boolean; value: { checked: number; paused: boolean } };
      assert.equal(reply.ok, true);
      assert.equal(reply.value.checked, 0);
      assert.equal(reply.value.paused, false, 'the settings were read before the reply');
      // The popup requests' schema comes with the first request, not with the second stage. (The
      // debugger reports a parsed script a moment after it ran: wait for the report.)
      for (const until = Date.now() + 5_000; scripts().length < 3 && Date.now() < until; ) await page.waitForTimeout(50);
      assert.deepEqual(scripts(), ['/content-gate.js', '/content-main.js', '/content-requests.js']);
    } finally {
      await page.close();
    }
  });

  test('an on-topic page loads the second stage; the engine and the index stay in the background', async () => {
    const { page, scripts } = await tabWithScriptLog();
    try {
      await openFixture(session.browser.context, session.server, 'may2026-42-agreements-conflict', page);
      await waitForMarks(page, 1);
      // The card's code comes only when the reader points at a mark; nothing else enters the page.
      assert.deepEqual(scripts(), ['/content-gate.js', '/content-main.js']);
    } finally {
      await page.close();
    }
  });

  test('a client-side navigation from an off-topic page to an article is checked', async () => {
    const { page, scripts } = await tabWithScriptLog();
    try {
      await openFixture(session.browser.context, session.server, 'unrelated-basketball-42-40', page);
      await page.waitForTimeout(300);
      assert.deepEqual(scripts(), ['/content-gate.js']);
      // The site renders the article, its title and its date, as a single-page site does.
      await page.evaluate(() => {
        document.title = 'Putin and Xi, day two | The Meridian Courier';
        const published = document.createElement('meta');
        published.setAttribute('property', 'article:published_time');
        published.content = '2026-05-21T08:30:00+08:00';
        document.head.append(published);
        const article = document.createElement('article');
        article.innerHTML =
          '<h1>Putin and Xi, day two</h1><p>Russian President Vladimir Putin wrapped up his 25th visit to China in Beijing on Thursday after talks with Chinese President Xi Jinping.</p>';
        document.body.replaceChildren(article);
        history.pushState({}, '', '/news/putin-xi-day-two');
      });
      await page.waitForFunction(() => !!document.querySelector('crosscheck-mark[data-figure="25th"]'), null, { timeout: 8000 });
      assert.deepEqual(scripts(), ['/content-gate.js', '/content-main.js']);
    } finally {
      await page.close();
    }
  });
});
