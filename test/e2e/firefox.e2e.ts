/**
 * The same content script in Firefox ESR: a fixture news page gets the marks its expected check
 * lists, and a card opens with the right sources and closes with Escape. Skipped (with the reason)
 * when Firefox ESR or the Firefox build is missing; `npm test` builds it and CI installs Firefox.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { firefoxUnavailable, launchFirefoxWithExtension, type FirefoxWithExtension } from './support/firefox';
import { expectedOf, figureVerdicts, readCard, settledMarks, waitForMarks } from './support/pages';
import { startServer, type TestServer } from './support/server';

const PAGE = 'may2026-42-agreements-conflict';
const missing = await firefoxUnavailable();

let browser: FirefoxWithExtension;
let server: TestServer;

describe('Firefox ESR', { skip: missing ?? false }, () => {
  before(async () => {
    server = await startServer();
    browser = await launchFirefoxWithExtension();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('marks a fixture page and opens a card', async () => {
    const page = await browser.context.newPage();
    try {
      // Served from 127.0.0.1: this fixture is dated by its metadata, not by its address.
      await page.goto(`${server.origin}/pages/${PAGE}.html`);
      await waitForMarks(page, 1, 20_000);
      const marks = await settledMarks(page);
      assert.deepEqual(figureVerdicts(marks), figureVerdicts(expectedOf(PAGE).figures));

      const target = marks.find((m) => m.verdict === 'conflicting') ?? marks[0]!;
      await page.locator(`crosscheck-mark[data-cc-id="${target.id}"]`).click();
      await page.waitForFunction(() => !!document.querySelector('crosscheck-card')?.shadowRoot?.querySelector('.cc-card'));
      const card = await readCard(page);
      const expected = expectedOf(PAGE).figures.find((f) => f.text === target.figure)!;
      assert.deepEqual(
        card?.sources.map((s) => `${s.source}|${s.relation}`).sort(),
        expected.sources.map((s) => `${s.source}|${s.relation}`).sort(),
      );
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => !document.querySelector('crosscheck-card'));
    } finally {
      await page.close();
    }
  });
});
