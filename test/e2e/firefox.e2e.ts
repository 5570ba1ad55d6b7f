/**
 * The Firefox add-on: `wxt zip -b firefox` gives a valid MV2 package (gecko id, data collection
 * declared as none, storage and the context menu only, the strict extension-page policy, theme
 * icons, commands, German messages), and in Firefox ESR: the content script marks a fixture news page with the marks its expected check lists, opens a
 * compact card with the right sources that closes with Escape; "wrong match" hides one figure
 * with an Undo; and a hostile page's markup shows as text without running. (Firefox's toolbar,
 * menus and extension pages are out of reach of Playwright's BiDi channel, and an add-on placed in
 * a fresh profile gets no install event there: the badge, commands, context menu, first-run page,
 * popup and options are tested in Chromium.) Skipped (with the reason) when Firefox ESR or the Firefox build is
 * missing; `npm test` builds it and CI installs Firefox.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import { after, before, describe, test } from 'node:test';
import { firefoxUnavailable, firefoxZip, launchFirefoxWithExtension, type FirefoxWithExtension } from './support/firefox';
import { serveHostile } from './support/hostile';
import { expectedOf, figureVerdicts, readCard, settledMarks, waitForMarks } from './support/pages';
import { startServer, type TestServer } from './support/server';

const PAGE = 'may2026-42-agreements-conflict';
const missing = await firefoxUnavailable();

let browser: FirefoxWithExtension;
let server: TestServer;

/** The files of a zip archive by name, read from its central directory (stored or deflated entries). */
function unzip(path: string): Map<string, Buffer> {
  const zip = readFileSync(path);
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  assert.ok(eocd >= 0, 'a zip archive');
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30);
    const comment = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(start, start + size);
    files.set(name, method === 8 ? inflateRawSync(raw) : Buffer.from(raw));
    at += 46 + nameLength + extra + comment;
  }
  return files;
}

describe('Firefox package', () => {
  test('the zip is a valid MV2 add-on: gecko id, no data collection, storage and menu only, strict CSP, icons, commands, messages', async (t) => {
    const zip = await firefoxZip();
    if (!zip) {
      t.skip('no Firefox build: run `npx wxt zip -b firefox` first');
      return;
    }
    const files = unzip(zip);
    const m = JSON.parse(files.get('manifest.json')?.toString('utf8') ?? '{}') as Record<string, unknown>;
    assert.equal(m.manifest_version, 2);
    assert.deepEqual(m.browser_specific_settings, {
      gecko: { id: 'crosscheck@crosscheck.invalid', strict_min_version: '115.0', data_collection_permissions: { required: ['none'] } },
    });
    assert.deepEqual(m.permissions, ['storage', 'contextMenus', 'activeTab', 'scripting']);
    // The toolbar icon for light and dark themes, and the keyboard commands.
    assert.deepEqual((m.browser_action as { theme_icons: Array<{ size: number }> }).theme_icons.map((i) => i.size), [16, 32, 48, 128]);
    assert.deepEqual(Object.keys(m.commands as object).sort(), ['_execute_browser_action', 'next-mark', 'toggle-site']);
    assert.equal(m.default_locale, 'en');
    assert.ok(files.get('_locales/de/messages.json')?.length, 'German messages in the zip');
    const csp = String(m.content_security_policy);
    for (const directive of ["default-src 'none'", "script-src 'self'", "object-src 'none'", "connect-src 'self'"]) {
      assert.ok(csp.split(/;\s*/).includes(directive), `CSP has ${directive}: ${csp}`);
    }
    for (const f of ['background.js', 'content-gate.js', 'content-main.js', 'content-requests.js', 'card-ui.js', 'popup.html', 'options.html', 'welcome.html', 'icon/16.png', 'icon/light-16.png']) {
      assert.ok(files.get(f)?.length, `${f} in the zip`);
    }
    // The later stages are loaded by the first into its world: MV2 lists them as plain paths.
    assert.deepEqual([...(m.web_accessible_resources as string[])].sort(), ['card-ui.js', 'content-main.js', 'content-requests.js']);
  });
});

describe('Firefox ESR', { skip: missing ?? false }, () => {
  before(async () => {
    server = await startServer();
    serveHostile(server);
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

  test('a compact card, its actions in view; wrong match hides that figure on this page, and Undo brings it back', async () => {
    const page = await browser.context.newPage();
    try {
      await page.setViewportSize({ width: 1000, height: 800 });
      await page.goto(`${server.origin}/demo/`);
      await waitForMarks(page, 2, 20_000);
      const marks = await settledMarks(page);
      const fortyTwos = marks.filter((m) => m.figure === '42').map((m) => m.id);
      assert.equal(fortyTwos.length, 2);
      const mark = page.locator(`crosscheck-mark[data-cc-id="${fortyTwos[0]}"]`);
      await mark.click();
      await page.waitForFunction(() => !!document.querySelector('crosscheck-card')?.shadowRoot?.querySelector('.cc-card'));
      const layout = await page.evaluate(() => {
        const card = document.querySelector('crosscheck-card')!.shadowRoot!.querySelector('.cc-card')!;
        const box = card.getBoundingClientRect();
        return {
          height: box.height,
          actions: Array.from(card.querySelectorAll('.cc-foot button')).map((b) => {
            const r = b.getBoundingClientRect();
            return r.top >= box.top && r.bottom <= box.bottom && r.bottom <= innerHeight;
          }),
        };
      });
      assert.ok(layout.height <= 440, `card ${layout.height} px tall`);
      assert.deepEqual(layout.actions, [true, true]);
      await page.locator('crosscheck-card .cc-wrong').click();
      await page.waitForFunction((id) => !document.querySelector(`crosscheck-mark[data-cc-id="${id}"]`), fortyTwos[0]);
      // The other "42" of the page is another figure: still marked.
      assert.equal(await page.locator(`crosscheck-mark[data-cc-id="${fortyTwos[1]}"]`).count(), 1);
      assert.equal(await page.locator('crosscheck-notice .cc-toast-text').textContent(), 'Hidden “42 agreements” on this page.');
      await page.locator('crosscheck-notice .cc-undo').click();
      await page.waitForFunction(() => document.querySelectorAll('crosscheck-mark[data-figure="42"]:not([data-cc-continuation])').length === 2, null, { timeout: 20_000 });
    } finally {
      await page.close();
    }
  });

  test('markup in a hostile page stays text and never runs', async () => {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(err.message));
    try {
      await page.goto(`${server.origin}/hostile/script-in-context.html`);
      await waitForMarks(page, 2, 20_000);
      const marks = await settledMarks(page);
      const plain = marks.find((m) => m.label !== null) ?? marks[0]!;
      await page.locator(`crosscheck-mark[data-cc-id="${plain.id}"]`).click();
      await page.waitForFunction(() => !!document.querySelector('crosscheck-card')?.shadowRoot?.querySelector('.cc-card'));
      assert.equal((await readCard(page))?.title.replace(/^Figure on this page: /, ''), plain.figure);
      const text = await page.evaluate(() => document.querySelector('article')?.textContent ?? '');
      assert.ok(text.includes('<script>window.__pwned=6</script>'));
      assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), undefined);
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  });
});
