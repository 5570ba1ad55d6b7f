/**
 * Crosscheck in a German Chromium (issue 14): the interface's words come from
 * public/_locales/de, and dates and numbers are written the German way by `Intl`.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { launchWithExtension, type ExtensionBrowser } from './support/launch';
import { readCard, settledMarks, waitForMarks } from './support/pages';
import { startServer, type TestServer } from './support/server';
import { tabIdOf } from './support/session';

let browser: ExtensionBrowser;
let server: TestServer;

before(async () => {
  server = await startServer();
  browser = await launchWithExtension({ locale: 'de-DE' });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

describe('in German', () => {
  test('the popup, the card, the badge and the first-run page speak German, with German dates', async () => {
    const page = await browser.context.newPage();
    try {
      await page.goto(`${server.origin}/demo/`);
      // The demo page has marks: wait for the first, since a slow start would otherwise "settle" at none.
      await waitForMarks(page, 1);
      const marks = await settledMarks(page);
      const tab = await tabIdOf(browser, page);

      const popup = await browser.context.newPage();
      await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tab}`);
      await popup.getByTestId('tally').waitFor();
      assert.equal(await popup.locator('html').getAttribute('lang'), 'de-DE');
      assert.equal(await popup.getByRole('heading', { level: 2 }).first().textContent(), 'Diese Seite');
      const conflicts = marks.filter((m) => m.verdict === 'conflicting').length;
      assert.equal(await popup.getByTestId('tally').textContent(), `${marks.length} Zahlen geprüft: ${marks.length - conflicts} bestätigt, ${conflicts} widersprüchlich`);
      await popup.getByTestId('index-parts').filter({ hasText: 'Mitgeliefert' }).waitFor();
      assert.match((await popup.getByTestId('index-parts').textContent()) ?? '', /^Mitgeliefert: 5 Quellen, erstellt am \d{1,2}\. [A-ZÄÖÜ][a-zäöü]+\.? \d{4}\. Eigene: 0 Quellen\.$/);
      assert.equal(await popup.getByRole('switch', { name: 'Überall pausieren' }).count(), 1);
      await popup.close();

      const conflict = marks.find((m) => m.verdict === 'conflicting')!;
      await page.locator(`crosscheck-mark[data-cc-id="${conflict.id}"]`).click();
      await page.waitForFunction(() => !!document.querySelector('crosscheck-card')?.shadowRoot?.querySelector('.cc-card'));
      assert.ok(await readCard(page));
      const card = await page.evaluate(() => {
        const root = document.querySelector('crosscheck-card')!.shadowRoot!;
        return {
          badge: root.querySelector('.cc-badge-text')?.textContent,
          dates: Array.from(root.querySelectorAll('.cc-date')).map((d) => d.textContent),
          actions: Array.from(root.querySelectorAll('.cc-foot button')).map((b) => b.textContent),
        };
      });
      assert.equal(card.badge, 'Widerspricht Quellen');
      assert.ok(card.dates.includes('20. Mai 2026'), card.dates.join(', '));
      assert.ok(card.dates.includes('undatiert'), card.dates.join(', '));
      assert.deepEqual(card.actions, ['Warum diese Zuordnung', 'Falsch zugeordnet']);

      const title = await browser.serviceWorker.evaluate(async (id) => {
        const action = (globalThis as unknown as { chrome: { action: { getTitle(d: object): Promise<string> } } }).chrome.action;
        for (let i = 0; i < 50; i++) {
          const t = await action.getTitle({ tabId: id });
          if (t !== 'Crosscheck') return t;
          await new Promise((r) => setTimeout(r, 100));
        }
        return 'Crosscheck';
      }, tab);
      assert.equal(title, `Crosscheck – ${marks.length} Zahlen geprüft: ${conflicts} widersprechen, ${marks.length - conflicts} bestätigt`);

      const welcome = await browser.context.newPage();
      await welcome.goto(`chrome-extension://${browser.extensionId}/welcome.html`);
      await welcome.getByTestId('legend').waitFor();
      assert.equal(await welcome.getByRole('heading', { level: 1 }).textContent(), 'Crosscheck ist bereit');
      await welcome.close();
    } finally {
      await page.close();
    }
  });
});
