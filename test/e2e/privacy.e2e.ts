/**
 * Crosscheck makes no network request of its own. Every request the browser makes goes through a
 * recording proxy (loopback included, so even requests to the test server are seen, whatever made
 * them: page, content script, extension page or service worker). The same fixture pages are
 * browsed once without the extension and once with it, where cards are also opened, the popup
 * searched and a page added as a source: the second run may request nothing the first did not.
 * Requests are also attributed by origin: no extension page and no service worker asks for an
 * http(s) address, and the manifest's content security policy keeps it that way.
 */
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS, EXTENSION_DIR, launchWithExtension, type ExtensionBrowser } from './support/launch';
import { settledMarks, waitForMarks } from './support/pages';
import { startServer, type TestServer } from './support/server';

/** Fixture pages browsed in both runs (served from the local server, through the proxy). */
const PAGES = ['may2026-42-agreements-conflict', 'may2026-conflicts-24th-52-page-245bn', 'unrelated-basketball-42-40'];
/** Opened after a source was added (the second run only adds; the page is in both runs). */
const AFTER_SOURCE = 'may2026-forty-accords-jsonld';

/** A forward proxy that records every request and forwards only those for the test server. */
interface RecordingProxy {
  url: string;
  /** "METHOD URL" (or "CONNECT host:port", "UPGRADE URL") of every request, in order. */
  log: string[];
  close(): Promise<void>;
}

async function startProxy(target: URL): Promise<RecordingProxy> {
  const log: string[] = [];
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '';
    log.push(`${req.method} ${url}`);
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (parsed.host !== target.host) {
      res.writeHead(502).end('not forwarded by the test proxy');
      return;
    }
    const upstream = httpRequest(
      { host: target.hostname, port: target.port, method: req.method, path: parsed.pathname + parsed.search, headers: req.headers },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  // HTTPS and WebSockets are recorded and refused: nothing here needs them.
  server.on('connect', (req, socket) => {
    log.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  server.on('upgrade', (req, socket) => {
    log.push(`UPGRADE ${req.url}`);
    socket.destroy();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    log,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** Chromium flags that send every request, loopback included, through `proxy`. */
const proxyArgs = (proxy: RecordingProxy): string[] => [`--proxy-server=${proxy.url}`, '--proxy-bypass-list=<-loopback>'];

/** Requests the context saw, attributed: made by an extension page or a service worker. */
interface Attributed {
  url: string;
  by: string;
}

/** Records requests made by extension pages (chrome-extension:// frames) and by service workers. */
function watchExtensionRequests(context: BrowserContext): Attributed[] {
  const seen: Attributed[] = [];
  context.on('request', (req) => {
    const worker = req.serviceWorker();
    if (worker) {
      seen.push({ url: req.url(), by: `service worker ${worker.url()}` });
      return;
    }
    let frameUrl = '';
    try {
      frameUrl = req.frame().url();
    } catch {
      return;
    }
    if (frameUrl.startsWith('chrome-extension://')) seen.push({ url: req.url(), by: frameUrl });
  });
  return seen;
}

/**
 * The browser's own requests that appear only because an extension is installed: Chromium's
 * extension updater asks Google's update service about installed extensions (ids and versions,
 * never a page). Made by the browser process, not by Crosscheck; nothing else is excused.
 */
const BROWSER_OWN = [/^POST http:\/\/update\.googleapis\.com\/service\/update2\/json\?/];

const isHttp = (url: string): boolean => /^(https?:|ws:|wss:)/i.test(url);

/** Opens a fixture page from the local server (through the proxy). */
async function openPage(context: BrowserContext, server: TestServer, name: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${server.origin}/pages/${name}.html`);
  return page;
}

/** Without the extension: the pages alone. Returns the proxy's log. */
async function baselineRun(server: TestServer): Promise<string[]> {
  const proxy = await startProxy(new URL(server.origin));
  const profile = await mkdtemp(join(tmpdir(), 'crosscheck-privacy-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_FLAGS, ...proxyArgs(proxy)],
  });
  try {
    for (const name of [...PAGES, AFTER_SOURCE]) {
      const page = await openPage(context, server, name);
      await page.waitForTimeout(300);
      await page.close();
    }
    return [...proxy.log];
  } finally {
    await context.close().catch(() => {});
    await rm(profile, { recursive: true, force: true });
    await proxy.close();
  }
}

let server: TestServer;
let baseline: string[];

before(async () => {
  server = await startServer();
  baseline = await baselineRun(server);
});
after(async () => {
  await server?.close();
});

describe('privacy', () => {
  test('the manifest asks only for storage, the context menu, activeTab and scripting, and extension pages have a strict content security policy', async () => {
    const manifest = JSON.parse(await readFile(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
      permissions?: string[];
      host_permissions?: string[];
      optional_permissions?: string[];
      content_security_policy?: { extension_pages?: string };
    };
    // contextMenus: "Check with Crosscheck" on selected text; activeTab and scripting: the popup
    // injects the second stage where nothing listens (docs/PERMISSIONS.md). No unlimitedStorage.
    assert.deepEqual(manifest.permissions, ['storage', 'contextMenus', 'activeTab', 'scripting']);
    assert.equal(manifest.host_permissions, undefined);
    assert.equal(manifest.optional_permissions, undefined);
    const csp = manifest.content_security_policy?.extension_pages ?? '';
    for (const directive of ["default-src 'none'", "script-src 'self'", "object-src 'none'", "connect-src 'self'"]) {
      assert.ok(csp.split(/;\s*/).includes(directive), `CSP has ${directive}: ${csp}`);
    }
  });

  test('browsing, cards, popup search and adding a source make no request of the extension’s own', async () => {
    assert.ok(baseline.length >= PAGES.length + 1, `the baseline saw the pages (${baseline.join(', ')})`);
    const proxy = await startProxy(new URL(server.origin));
    let browser: ExtensionBrowser | null = null;
    try {
      browser = await launchWithExtension({ args: proxyArgs(proxy) });
      const attributed = watchExtensionRequests(browser.context);
      const cspErrors: string[] = [];
      const watchCsp = (page: Page): void => {
        page.on('console', (m) => {
          if (m.type() === 'error' && /Content Security Policy|Refused to/i.test(m.text())) cspErrors.push(`${page.url()}: ${m.text()}`);
        });
      };

      // Fixture pages, each with a card opened where there is a mark.
      let last: Page | null = null;
      for (const name of PAGES) {
        const page = await openPage(browser.context, server, name);
        const marks = await settledMarks(page, { quietMs: 600, timeoutMs: 6000 });
        if (marks[0]) {
          await page.locator(`crosscheck-mark[data-cc-id="${marks[0].id}"]`).click();
          await page.waitForFunction(() => !!document.querySelector('crosscheck-card')?.shadowRoot?.querySelector('.cc-card'), null, { timeout: 10_000 });
          await page.keyboard.press('Escape');
        }
        if (name === PAGES[0]) last = page;
        else await page.close();
      }
      assert.ok(last);

      // The popup: a search, a claim's sources opened.
      await last.bringToFront();
      const tab = await browser.serviceWorker.evaluate(async () => {
        const chrome = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id?: number }>> } } }).chrome;
        const [t] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return t?.id ?? -1;
      });
      const popup = await browser.context.newPage();
      watchCsp(popup);
      await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tab}`);
      const box = popup.getByRole('combobox', { name: 'Search the facts' });
      await box.fill('agrements 40');
      await popup.getByRole('option').first().waitFor();
      await box.press('Enter');
      await popup.getByTestId('claim-sources').waitFor();

      // Adding the page as a source, through the options page.
      const optionsPromise = browser.context.waitForEvent('page', { predicate: (p) => p.url().includes('/options.html'), timeout: 10_000 });
      optionsPromise.catch(() => {});
      await popup.getByRole('button', { name: 'Add this page as a source' }).click();
      const options = await optionsPromise;
      watchCsp(options);
      await options.getByRole('button', { name: 'Save source' }).click();
      await options.getByTestId('review-status').filter({ hasText: /^Saved with \d+ figure/ }).waitFor();

      // A page checked against the new source.
      const other = await openPage(browser.context, server, AFTER_SOURCE);
      await waitForMarks(other, 1);
      await other.locator('crosscheck-mark:not([data-cc-continuation])').first().click();
      await other.waitForFunction(() => !!document.querySelector('crosscheck-card')?.shadowRoot?.querySelector('.cc-card'), null, { timeout: 10_000 });
      await other.waitForTimeout(500);

      const extra = proxy.log.filter((line) => !baseline.includes(line) && !BROWSER_OWN.some((re) => re.test(line)));
      assert.deepEqual([...new Set(extra)], [], 'requests the pages alone did not make');
      assert.ok(proxy.log.length >= baseline.length, 'the pages were loaded through the proxy');
      assert.deepEqual(attributed.filter((r) => isHttp(r.url)), [], 'no http(s) request from an extension page or worker');
      assert.deepEqual(cspErrors, [], 'the extension pages break no rule of their own policy');
    } finally {
      await browser?.close();
      await proxy.close();
    }
  });

  test('an extension page cannot reach the network even when asked to (CSP connect-src)', async () => {
    const browser = await launchWithExtension();
    try {
      const popup = await browser.context.newPage();
      await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
      const outcome = await popup.evaluate(async (target) => {
        const violation = new Promise<string>((resolve) => {
          document.addEventListener('securitypolicyviolation', (e) => resolve(`${e.effectiveDirective} ${e.blockedURI}`), { once: true });
          setTimeout(() => resolve('no violation reported'), 5000);
        });
        const fetched = await fetch(target).then(
          () => 'fetched',
          (err: Error) => `blocked: ${err.name}`,
        );
        return { fetched, violation: await violation };
      }, `${server.origin}/pages/${PAGES[0]}.html`);
      assert.deepEqual(outcome, { fetched: 'blocked: TypeError', violation: `connect-src ${server.origin}/pages/${PAGES[0]}.html` });
    } finally {
      await browser.close();
    }
  });
});
