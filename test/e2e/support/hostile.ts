/**
 * Helpers for the hostile-page suites (hostile.e2e.ts, hostile-large.e2e.ts): serving
 * test/fixtures/hostile/, collecting errors, fingerprinting the DOM, checking marks, and the common
 * check of a hostile page (off → on → page button → off, DOM restored, no error, time bounded).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { ConsoleMessage, Page } from 'playwright-core';
import type { ExtensionBrowser } from './launch';
import { readCard, settledMarks, waitForMarks, type MarkInfo } from './pages';
import { REPO_ROOT, type TestServer } from './server';
import { writeSettings } from './settings';

/** The hostile fixture pages. */
export const HOSTILE_DIR = join(REPO_ROOT, 'test/fixtures/hostile');
/** The host every hostile page is served from (switched off and on in the settings). */
export const HOST = '127.0.0.1';

/** The browser and the server a hostile check runs with. */
export interface HostileEnv {
  browser: ExtensionBrowser;
  server: TestServer;
}

/** Serves every file of the hostile folder under `/hostile/`. */
export function serveHostile(s: TestServer): void {
  for (const file of readdirSync(HOSTILE_DIR)) {
    const body = readFileSync(join(HOSTILE_DIR, file), 'utf8');
    const type = extname(file) === '.js' ? 'text/javascript; charset=utf-8' : 'text/html; charset=utf-8';
    s.route(`/hostile/${file}`, () => ({ body, type }));
  }
}

/** Uncaught errors of the page and error-level console messages (the content script's included). */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  page.on('console', (msg: ConsoleMessage) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  return errors;
}

/**
 * The whole document's markup and its text nodes one by one (a split node left behind shows),
 * each as a length and a hash computed in the page: a million-node page is not copied out twice.
 */
export function fingerprint(page: Page): Promise<{ html: string; textNodes: string }> {
  // No named functions inside: tsx would wrap them in a helper the page does not have.
  return page.evaluate(() => {
    let h = 0x811c9dc5;
    const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
    let count = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const data = `${(n as Text).data}\u0000`;
      for (let i = 0; i < data.length; i++) h = Math.imul(h ^ data.charCodeAt(i), 0x01000193) >>> 0;
      count++;
    }
    const nodes = `${count} nodes, hash ${h.toString(16)}`;
    const html = document.documentElement.innerHTML;
    if (html.length < 200_000) return { html, textNodes: nodes };
    h = 0x811c9dc5;
    for (let i = 0; i < html.length; i++) h = Math.imul(h ^ html.charCodeAt(i), 0x01000193) >>> 0;
    return { html: `${html.length} chars, hash ${h.toString(16)}`, textNodes: nodes };
  });
}

/** Problems with the marks: pieces that do not read their figure, marks in untouchable places, nested marks. */
export function markProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const read = new Map<string, { figure: string; text: string }>();
    for (const m of Array.from(document.querySelectorAll('crosscheck-mark'))) {
      const id = m.getAttribute('data-cc-id') ?? '';
      const e = read.get(id) ?? { figure: m.getAttribute('data-figure') ?? '', text: '' };
      e.text += m.textContent ?? '';
      read.set(id, e);
      const bad = m.parentElement?.closest('input, textarea, select, button, code, pre, kbd, svg, math, script, style, [contenteditable]:not([contenteditable="false"]), crosscheck-mark');
      if (bad) problems.push(`mark "${m.textContent}" inside <${bad.localName}>`);
    }
    for (const { figure, text } of read.values()) if (figure !== text) problems.push(`mark reads "${text}", claims "${figure}"`);
    return problems;
  });
}

/** Options of {@link checkHostile}. */
export interface HostileOptions {
  /** Marks expected at least (default 1). */
  minMarks?: number;
  /** Ceiling for the marks to appear and settle after Crosscheck is switched on (default 20 s). */
  ceilingMs?: number;
  /** 'exact': markup and text nodes; 'html': markup only (pages that split text nodes themselves). */
  restore?: 'exact' | 'html';
  /** Page-specific checks while marked. */
  whileMarked?: (page: Page, marks: MarkInfo[]) => Promise<void>;
  /** Runs just before switching off (e.g. stop a page's timers so the DOM holds still). */
  beforeOff?: (page: Page) => Promise<void>;
  /** Compares the page after switching off; the default compares with the fingerprint taken before. */
  restored?: (page: Page, before: { html: string; textNodes: string }) => Promise<void>;
  /** Query string for the page. */
  query?: string;
}

/**
 * The common check of a hostile page: opened with Crosscheck off for the site (the pristine DOM),
 * switched on (marks within the ceiling, each reading its figure, none in untouchable content),
 * the page's button clicked, switched off again (the DOM as it was), and no error anywhere.
 */
export async function checkHostile(env: HostileEnv, name: string, options: HostileOptions = {}): Promise<Page> {
  const { browser, server } = env;
  const { minMarks = 1, ceilingMs = 20_000, restore = 'exact' } = options;
  await writeSettings(browser.serviceWorker, { disabledSites: [HOST] });
  const page = await browser.context.newPage();
  const errors = collectErrors(page);
  try {
    await page.goto(`${server.origin}/hostile/${name}.html${options.query ?? ''}`, { timeout: 60_000 });
    await page.waitForFunction(() => (window as unknown as { __pageReady?: boolean }).__pageReady === true, null, { timeout: 30_000 });
    await page.waitForTimeout(500);
    assert.equal(await page.locator('crosscheck-mark').count(), 0, 'nothing marked while off');
    const pristine = await fingerprint(page);

    const started = Date.now();
    await writeSettings(browser.serviceWorker, {});
    if (minMarks > 0) await waitForMarks(page, minMarks, ceilingMs);
    const marks = await settledMarks(page, { quietMs: 800, timeoutMs: ceilingMs, min: minMarks });
    const elapsed = Date.now() - started;
    assert.ok(elapsed < ceilingMs + 2_000, `marked and settled in ${elapsed} ms`);
    if (elapsed > 5_000) console.log(`# ${name}: marked and settled in ${elapsed} ms`);
    assert.ok(marks.length >= minMarks, `${marks.length} marks, expected at least ${minMarks}`);
    assert.deepEqual(await markProblems(page), []);

    // The page's own script still answers.
    await page.locator('#page-button').click({ timeout: 10_000 });
    await page.waitForFunction(() => document.documentElement.dataset.clicks === '1', null, { timeout: 10_000 });

    await options.whileMarked?.(page, marks);
    await options.beforeOff?.(page);
    await writeSettings(browser.serviceWorker, { disabledSites: [HOST] });
    await page.waitForFunction(() => document.querySelectorAll('crosscheck-mark, crosscheck-card, [data-crosscheck-ui]').length === 0, null, {
      timeout: 10_000,
    });
    if (options.restored) await options.restored(page, pristine);
    else {
      const now = await fingerprint(page);
      assert.equal(now.html, pristine.html, 'the markup is exactly as before');
      if (restore === 'exact') assert.equal(now.textNodes, pristine.textNodes, 'the text nodes are as before');
    }
    assert.deepEqual(errors, []);
    return page;
  } catch (err) {
    await page.close();
    throw err;
  }
}

/** Opens the card of a mark (click, or hover for marks inside links) and returns what it shows. */
export async function openCard(page: Page, id: string): Promise<NonNullable<Awaited<ReturnType<typeof readCard>>> & { text: string }> {
  const mark = page.locator(`crosscheck-mark[data-cc-id="${id}"]`).first();
  const inLink = await mark.evaluate((m) => !!m.closest('a'));
  if (inLink) await mark.hover();
  else await mark.click();
  await page.waitForFunction(() => !!document.querySelector('crosscheck-card')?.shadowRoot?.querySelector('.cc-card'), null, { timeout: 10_000 });
  const card = await readCard(page);
  assert.ok(card, 'a card opened');
  const text = await page.evaluate(() => document.querySelector('crosscheck-card')?.shadowRoot?.querySelector('.cc-card')?.textContent ?? '');
  return { ...card, text };
}

/** Elements inside the card that could run code or load anything: there must be none. */
export function activeElementsInCard(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.querySelector('crosscheck-card')?.shadowRoot;
    if (!root) return [];
    const found: string[] = [];
    for (const el of Array.from(root.querySelectorAll('*'))) {
      if (['script', 'img', 'iframe', 'object', 'embed'].includes(el.localName)) found.push(el.localName);
      for (const attr of Array.from(el.attributes)) if (/^on/i.test(attr.name)) found.push(`${el.localName}[${attr.name}]`);
      if (el.localName === 'a' && /^\s*javascript:/i.test(el.getAttribute('href') ?? '')) found.push('a[href=javascript:]');
    }
    return found;
  });
}

export const pwned = (page: Page): Promise<unknown> => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);

