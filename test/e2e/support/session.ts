/**
 * The usual setup of an end-to-end file: a test server and Chromium with the extension, started
 * before its tests and closed after them; and the tab id of a page, asked of the extension's worker.
 */
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser, type LaunchOptions } from './launch';
import { startServer, type TestServer } from './server';

/** The browser and server of the file, available once its `before` hook has run. */
export interface ExtensionSession {
  readonly browser: ExtensionBrowser;
  readonly server: TestServer;
}

/** Registers the file's `before`/`after` hooks and returns the session they set up. */
export function useExtensionSession(options: LaunchOptions = {}): ExtensionSession {
  let browser: ExtensionBrowser | undefined;
  let server: TestServer | undefined;
  before(async () => {
    server = await startServer();
    browser = await launchWithExtension(options);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser() {
      assert.ok(browser, 'the browser is started in the before hook');
      return browser;
    },
    get server() {
      assert.ok(server, 'the server is started in the before hook');
      return server;
    },
  };
}

/** The browser's id of the tab showing `page` (brought to the front, then asked of the worker). */
export async function tabIdOf(browser: ExtensionBrowser, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await browser.serviceWorker.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id?: number }>> } } }).chrome;
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? -1;
  });
  assert.ok(id >= 0, 'found the tab');
  return id;
}

/** Opens the popup as a page (`popup.html?tab=<id>`: the tab it speaks about; none: the active tab). */
export async function openPopupPage(browser: ExtensionBrowser, tab?: number): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html${tab === undefined ? '' : `?tab=${tab}`}`);
  return popup;
}

/**
 * Clicks the extension's toolbar button over the tab showing `page`, as a reader does: the browser
 * opens the popup there and grants the extension `activeTab` on that tab, so the popup can inject
 * the content script's second stage into a page where nothing listens (docs/decisions/032). The
 * popup opened this way is not a page Playwright drives: read the tab, or open the popup as a
 * page ({@link openPopupPage}) for the same tab. Needs a session launched with `toolbarClicks`.
 */
export async function clickToolbarButton(browser: ExtensionBrowser, page: Page): Promise<void> {
  const chromium = browser.context.browser();
  assert.ok(chromium, 'a browser to ask for its tabs');
  const cdp = await chromium.newBrowserCDPSession();
  try {
    const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
    const tabs = targetInfos.filter((t) => t.url === page.url());
    assert.equal(tabs.length, 1, `one tab shows ${page.url()}`);
    await cdp.send('Extensions.triggerAction', { id: browser.extensionId, targetId: tabs[0]!.targetId });
  } finally {
    await cdp.detach();
  }
}
