/**
 * Living pages: content added or changed after load is checked as it arrives (only the changed
 * parts), our own marks never trigger a re-check loop, and on a very long page the work is done
 * in slices: the marks arrive over many tasks, not in one. How long each task takes is wall-clock
 * time, which a busy machine stretches: it is measured by `npm run bench` (the huge page's long
 * tasks, docs/PERFORMANCE.md), not here.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { launchWithExtension, type ExtensionBrowser } from './support/launch';
import { openFixture, readMarks, settledMarks, waitForMarks } from './support/pages';
import { PAGES_DIR, startServer, type TestServer } from './support/server';

const PAGE = 'may2026-42-agreements-conflict';

let browser: ExtensionBrowser;
let server: TestServer;

before(async () => {
  server = await startServer();
  browser = await launchWithExtension();
  // A very long page: the fixture's article repeated, as an endless live blog would grow.
  server.route('/long.html', (url) => {
    const n = Number(url.searchParams.get('n') ?? '400');
    const html = readFileSync(join(PAGES_DIR, `${PAGE}.html`), 'utf8');
    const article = /<article>([\s\S]*?)<\/article>/.exec(html)?.[1] ?? '';
    const paragraphs = article.replace(/<header>[\s\S]*?<\/header>/, '');
    const entries = Array.from({ length: n }, (_, i) => `<section class="entry" id="e${i}"><h2>Update ${i + 1}</h2>${paragraphs}</section>`);
    return { body: html.replace(/<article>[\s\S]*?<\/article>/, `<article>${article}${entries.join('\n')}</article>`) };
  });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

describe('living pages', () => {
  test('a paragraph added after load is checked and marked; the rest is left alone', async () => {
    const page = await openFixture(browser.context, server, PAGE);
    try {
      await waitForMarks(page, 1);
      const first = await settledMarks(page);
      await page.evaluate(() => {
        const p = document.createElement('p');
        p.id = 'late';
        p.textContent =
          'Late update: Russian President Vladimir Putin and Chinese President Xi Jinping signed 42 agreements in Beijing during the visit, the Kremlin said.';
        document.querySelector('article')!.append(p);
      });
      await page.waitForFunction(() => !!document.querySelector('#late crosscheck-mark'), null, { timeout: 5000 });
      const late = await page.evaluate(() =>
        Array.from(document.querySelectorAll('#late crosscheck-mark')).map((m) => `${m.getAttribute('data-figure')}|${m.getAttribute('data-verdict')}`),
      );
      assert.deepEqual(late, ['42|conflicting']);
      const after = await settledMarks(page, { quietMs: 1200 });
      assert.equal(after.length, first.length + 1, 'earlier marks are not duplicated, and marking does not loop');
      // A text change in place is checked too.
      await page.evaluate(() => {
        const p = document.querySelector('#late')!;
        p.append(document.createTextNode(' It was his 25th visit to China.'));
      });
      await page.waitForFunction(() => !!document.querySelector('#late crosscheck-mark[data-figure="25th"]'), null, { timeout: 5000 });
      assert.equal((await settledMarks(page, { quietMs: 1000 })).length, first.length + 2);
      // The page changes a marked figure in place: the stale mark goes, the new figure is checked.
      await page.evaluate(() => {
        const text = document.querySelector('#late crosscheck-mark[data-figure="42"]')!.firstChild as Text;
        text.data = '38';
      });
      await page.waitForFunction(() => !document.querySelector('#late crosscheck-mark[data-figure="42"]'), null, { timeout: 5000 });
      const late2 = await page.evaluate(() => document.querySelector('#late')!.textContent);
      assert.match(late2 ?? '', /signed 38 agreements/, 'the page’s own text is kept');
    } finally {
      await page.close();
    }
  });

  test('client-side navigation: new content replacing the article is checked', async () => {
    const page = await openFixture(browser.context, server, PAGE);
    try {
      await waitForMarks(page, 1);
      await page.evaluate(() => {
        const article = document.querySelector('article')!;
        const replacement = document.createElement('article');
        replacement.innerHTML =
          '<h1>Putin and Xi, day two</h1><p>Russian President Vladimir Putin wrapped up his 25th visit to China on Thursday after talks with Chinese President Xi Jinping.</p>';
        article.replaceWith(replacement);
        history.pushState({}, '', location.pathname + '?day=2');
      });
      await page.waitForFunction(() => !!document.querySelector('article crosscheck-mark[data-figure="25th"]'), null, { timeout: 6000 });
      const marks = await readMarks(page);
      assert.ok(marks.every((m) => m.figure === '25th'), JSON.stringify(marks));
    } finally {
      await page.close();
    }
  });

  test('a very long page is marked in slices: its marks arrive over many tasks', async () => {
    const page = await browser.context.newPage();
    try {
      // Each MutationObserver callback runs at the end of the task that made the changes, so the
      // number of callbacks that saw new marks is the number of tasks that wrote them.
      await page.addInitScript(() => {
        const w = window as unknown as { __ccMarkTasks: number };
        w.__ccMarkTasks = 0;
        new MutationObserver((records) => {
          const added = records.some((r) => [...r.addedNodes].some((n) => n.nodeName === 'CROSSCHECK-MARK'));
          if (added) w.__ccMarkTasks += 1;
        }).observe(document, { childList: true, subtree: true });
      });
      await page.goto(`${server.origin}/long.html?n=300`);
      await waitForMarks(page, 100, 30_000);
      const marks = await settledMarks(page, { quietMs: 1500, timeoutMs: 30_000 });
      assert.ok(marks.length >= 300, `${marks.length} marks`);
      const tasks = await page.evaluate(() => (window as unknown as { __ccMarkTasks: number }).__ccMarkTasks);
      // Marks land in few writes (mark-writer.ts), each a run of short tasks: more than one task,
      // where one unsliced write of every mark would be a single task.
      assert.ok(tasks >= 2, `marks written in ${tasks} task(s)`);
    } finally {
      await page.close();
    }
  });
});
