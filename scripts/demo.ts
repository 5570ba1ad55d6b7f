/**
 * `npm start`: serves the demo news page on 127.0.0.1 and opens it in Chromium with the built
 * extension loaded. With a display ($DISPLAY) the browser window stays open for you to try the
 * marks and cards; without one it runs headless, opens a card, saves a screenshot to
 * test-results/demo.png and prints the marks it found.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR, launchWithExtension } from '../test/e2e/support/launch';
import { settledMarks } from '../test/e2e/support/pages';
import { REPO_ROOT, startServer } from '../test/e2e/support/server';

const SCREENSHOT = join(REPO_ROOT, 'test-results/demo.png');

if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
  console.log('demo: no build yet, running `npx wxt build`…');
  const r = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const headed = !!process.env.DISPLAY && process.env.HEADLESS !== '1';
const server = await startServer();
const url = `${server.origin}/demo/`;
let browser;
try {
  browser = await launchWithExtension({
    headless: !headed,
    viewport: headed ? null : { width: 1100, height: 1000 },
    colorScheme: headed ? null : 'light',
  });
} catch (err) {
  await server.close();
  console.error(`demo: could not start Chromium: ${(err as Error).message}\nRun \`npm run setup\` first.`);
  process.exit(1);
}

const page = browser.context.pages()[0] ?? (await browser.context.newPage());
await page.goto(url);
const marks = await settledMarks(page);
console.log(`\nCrosscheck marked ${marks.length} figure(s) on ${url}:`);
for (const m of marks) console.log(`  • ${m.figure.padEnd(14)} ${m.verdict.padEnd(13)} ${m.label ?? ''}`);
if (marks.length === 0) console.log('  (none: is the build up to date? run `npm run setup`)');

if (headed) {
  console.log('\nChromium is open on the demo page: click a mark, press Tab then Enter, or rest the pointer on one.');
  console.log('Close the browser window or press Ctrl+C to stop.');
  const stop = async () => {
    await browser.close();
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  browser.context.on('close', () => void stop());
} else {
  const target = marks.find((m) => m.verdict === 'conflicting') ?? marks[0];
  if (target) {
    const mark = page.locator(`crosscheck-mark[data-cc-id="${target.id}"]`);
    await mark.evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - 160));
    await mark.click();
    await page
      .waitForFunction(() => !!document.querySelector('crosscheck-card')?.shadowRoot?.querySelector('.cc-card'), null, { timeout: 5000 })
      .catch(() => {});
    await page.waitForTimeout(250);
  }
  mkdirSync(join(REPO_ROOT, 'test-results'), { recursive: true });
  await page.screenshot({ path: SCREENSHOT });
  console.log(`\nNo display ($DISPLAY is not set), so Chromium ran headless.`);
  console.log(`Screenshot with the card of "${target?.figure ?? '—'}" open: ${SCREENSHOT}`);
  console.log('Open it with any image viewer, or run `npm start` on a machine with a display (or under `xvfb-run -a npm start`) to use the page yourself.');
  await browser.close();
  await server.close();
}
