/**
 * Very large hostile pages in Chromium with the extension (see hostile.e2e.ts for the checks): a
 * million text nodes, a page nested ten thousand deep, and an article long enough to be checked
 * piece by piece.
 */
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, test } from 'node:test';
import { launchWithExtension, type ExtensionBrowser } from './support/launch';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { settledMarks, waitForMarks } from './support/pages';
import { startServer, type TestServer } from './support/server';
import { writeSettings } from './support/settings';
import { checkHostile, HOSTILE_DIR, serveHostile, type HostileEnv } from './support/hostile';

let browser: ExtensionBrowser;
let server: TestServer;
let env: HostileEnv;

before(async () => {
  server = await startServer();
  serveHostile(server);
  browser = await launchWithExtension();
  env = { browser, server };
});
afterEach(async () => {
  await writeSettings(browser.serviceWorker, {});
});
after(async () => {
  await browser?.close();
  await server?.close();
});

describe('very large pages', () => {
  test('a million text nodes: marked to the end within the ceiling, the page responsive, restored', async () => {
    const page = await checkHostile(env, 'million-text-nodes', {
      minMarks: 2,
      ceilingMs: 60_000,
      whileMarked: async (p) => {
        // The last paragraph, after the million nodes, is reached (marks settle before the filler is
        // read through, so wait for it within the ceiling rather than look once).
        await p.waitForFunction(() => document.querySelector('#last crosscheck-mark')?.textContent === '25th', null, { timeout: 60_000 });
        assert.equal(await p.evaluate(() => document.querySelector('#last crosscheck-mark')?.textContent), '25th');
      },
    });
    await page.close();
  });

  test('a page nested ten thousand deep', async () => {
    const page = await checkHostile(env, 'deep-nesting', {
      minMarks: 2,
      whileMarked: async (p) => {
        // Marks reach the bottom of the deep part (depth counted from <body>).
        const depths = await p.evaluate(() =>
          Array.from(document.querySelectorAll('crosscheck-mark')).map((m) => {
            let d = 0;
            for (let e: Element | null = m; e && e !== document.body; e = e.parentElement) d++;
            return d;
          }),
        );
        assert.ok(depths.some((d) => d > 10_000), `a mark 10,000 deep (depths ${depths.join(', ')})`);
      },
    });
    await page.close();
  });

  test(
    'a long article (over 40,000 characters) still reads its figures with the lede as context',
    async () => {
      server.route('/hostile/long-article.html', () => {
        const html = readFileSync(join(HOSTILE_DIR, 'removes-marks.html'), 'utf8').replace(/<script>[\s\S]*?<\/script>/, '');
        const filler = Array.from({ length: 120 }, (_, i) => `<p>Paragraph ${i}: ${'the talks in Beijing went on for hours and then '.repeat(8)}</p>`).join('');
        return { body: html.replace('<p><button id="page-button"', `${filler}<p><button id="page-button"`).replace('src="page-kit.js"', 'src="/hostile/page-kit.js"') };
      });
      const page = await browser.context.newPage();
      try {
        await page.goto(`${server.origin}/hostile/long-article.html`);
        await waitForMarks(page, 3, 60_000);
        const marks = await settledMarks(page);
        // The same article without the filler marks 42 (as the removes-marks page shows before it removes them).
        assert.deepEqual(marks.map((m) => m.figure).sort(), ['25th', '42', '42']);
      } finally {
        await page.close();
      }
    },
  );

});
