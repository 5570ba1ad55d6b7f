/**
 * `npm run screenshots`: the README's pictures, made from the built extension (`npm run build`
 * first) in Debian's Chromium, and written to docs/ (the only command that writes there: tests
 * write to test-results/). Looked at before committing.
 * - docs/badge.png: the toolbar of a headed Chromium on an Xvfb display, the demo page's badge;
 * - docs/card.png: a compact card on the demo page;
 * - docs/popup.png: the popup over the demo page;
 * - docs/first-run.png: the first-run page with the legend.
 */
import { join } from 'node:path';
import { launchWithExtension } from '../test/e2e/support/launch';
import { settledMarks } from '../test/e2e/support/pages';
import { REPO_ROOT, startServer } from '../test/e2e/support/server';
import { tabIdOf } from '../test/e2e/support/session';
import { startXDisplay, xDisplayUnavailable } from '../test/e2e/support/x-display';

const DOCS = join(REPO_ROOT, 'docs');
const server = await startServer();
const demo = `${server.origin}/demo/`;

// The card, the popup and the first-run page: headless, light mode.
const browser = await launchWithExtension({ viewport: { width: 1000, height: 720 } });
try {
  const page = await browser.context.newPage();
  await page.goto(demo);
  const marks = await settledMarks(page);
  const target = marks.find((m) => m.verdict === 'conflicting') ?? marks[0]!;
  const mark = page.locator(`crosscheck-mark[data-cc-id="${target.id}"]`);
  await mark.evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - 140));
  await mark.click();
  await page.waitForFunction(() => !!document.querySelector('crosscheck-card')?.shadowRoot?.querySelector('.cc-card'));
  await page.waitForTimeout(300); // the opening animation
  await page.screenshot({ path: join(DOCS, 'card.png') });
  await page.keyboard.press('Escape');

  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${await tabIdOf(browser, page)}`);
  await popup.getByTestId('tally').waitFor();
  await popup.getByTestId('index-total').waitFor();
  await popup.locator('.cc-popup').screenshot({ path: join(DOCS, 'popup.png') });

  const welcome = await browser.context.newPage();
  await welcome.setViewportSize({ width: 1000, height: 900 });
  await welcome.goto(`chrome-extension://${browser.extensionId}/welcome.html`);
  await welcome.getByTestId('legend').waitFor();
  await welcome.screenshot({ path: join(DOCS, 'first-run.png') });
} finally {
  await browser.close();
}

// The badge: only a headed browser draws its toolbar.
const missing = xDisplayUnavailable();
if (missing) console.log(`screenshots: no badge picture (${missing})`);
else {
  const x = await startXDisplay(1000, 640);
  process.env.DISPLAY = x.name;
  const headed = await launchWithExtension({ headless: false, viewport: null, pinned: true, args: ['--window-position=0,0', '--window-size=1000,640'] });
  try {
    // The first-run page opens on install: closed, with the blank tab, so the demo is the one tab.
    const welcome = headed.context.pages().find((p) => p.url().endsWith('/welcome.html')) ?? (await headed.context.waitForEvent('page', { predicate: (p) => p.url().endsWith('/welcome.html') }));
    const page = await headed.context.newPage();
    await welcome.close();
    for (const p of headed.context.pages()) if (p !== page) await p.close();
    await page.goto(demo);
    await settledMarks(page);
    await page.bringToFront();
    await page.waitForTimeout(1000); // the badge, once the page has reported
    await x.screenshot(join(DOCS, 'badge.png'), { x: 0, y: 0, width: 1000, height: 330 });
  } finally {
    await headed.close();
    await x.stop();
  }
}
await server.close();
console.log('screenshots: docs/card.png, docs/popup.png, docs/first-run.png, docs/badge.png');
