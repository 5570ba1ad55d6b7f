/**
 * The reader's own sources, end to end (issue 15, docs/decisions/033): in the extension as it
 * ships (the bundled index), a pack of a corpus topic's articles is imported on the options page;
 * a real page of that topic then gets exactly the marks and verdicts the command line gives with
 * `--user-sources` (the bundled seeds checked by the shipped matcher, the reader's sources by the
 * evidence engine), and a click on a mark the reader's sources speak to opens a card naming them.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { readerSourceEntries } from '../../scripts/lib/build-seed-index';
import { checkFile } from '../../scripts/lib/check-file';
import { loadCorpusTopic } from '../../scripts/lib/corpus';
import { launchWithExtension, type ExtensionBrowser } from './support/launch';
import { REPO_ROOT, startServer, type TestServer } from './support/server';
import { corpusPageHtml, marksAsExpectedThenCard } from './support/corpus-page';

/**
 * Topics of another kind than the bundled one, and a page of each; `mixed`, a figure whose card
 * must say the reader's sources disagree (a counterpart conflict, docs/decisions/042).
 */
const CASES: Array<{ topic: string; page: string; mixed?: string }> = [
  { topic: 'myanmar-quake-2025', page: 'p03-khybermail-toll-1644.txt' },
  { topic: 'wirtz-transfer-2025', page: 'p01-independent-agree-record-fee.txt' },
  { topic: 'india-election-2024', page: 'p12-nationalherald-nda-292-india-234.txt', mixed: '234' },
];

const RESULTS = join(REPO_ROOT, 'test-results', 'reader-sources');

describe('the reader\'s own sources, imported as a pack', () => {
  let browser: ExtensionBrowser;
  let server: TestServer;
  before(async () => {
    mkdirSync(RESULTS, { recursive: true });
    server = await startServer();
    browser = await launchWithExtension();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const { topic, page: file, mixed } of CASES) {
    test(`${topic}: ${file} gets the command line's marks, and a card names the reader's sources`, async () => {
      const corpus = loadCorpusTopic(join(REPO_ROOT, 'test/corpus', topic));
      const seeds = join(corpus.dir, 'seeds');
      const builtAt = (JSON.parse(readFileSync(join(REPO_ROOT, 'core/generated/seed-index.json'), 'utf8')) as { builtAt: string }).builtAt;
      const entries = readerSourceEntries(seeds, builtAt);
      const packPath = join(RESULTS, `${topic}.pack.json`);
      writeFileSync(packPath, JSON.stringify({ format: 'crosscheck-pack', schemaVersion: 1, exportedAt: '2026-12-06T00:00:00.000Z', sources: entries }));

      const options = await browser.context.newPage();
      await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
      await options.locator('input[type="file"]').setInputFiles(packPath);
      const result = options.getByTestId('import-result');
      await result.waitFor({ timeout: 30_000 });
      assert.equal(await result.textContent(), `Imported ${entries.length} sources.`);
      await options.close();

      const entry = corpus.pages.find((p) => p.file === file)!;
      const html = corpusPageHtml(readFileSync(join(corpus.dir, 'pages', file), 'utf8'), entry.published);
      const url = `${server.origin}/reader/${file}.html`;
      server.route(`/reader/${file}.html`, () => ({ body: html }));
      const saved = join(RESULTS, `${topic}.html`);
      writeFileSync(saved, html);
      const expected = checkFile(saved, url, undefined, 'shipped', seeds).figures;
      const own = new Set(entries.map((e) => e.source.file));
      assert.ok(expected.some((f) => f.verdict !== 'related' && f.sources.some((s) => own.has(s.source))), 'the reader\'s sources give this page a verdict');

      const tab = await browser.context.newPage();
      try {
        const target = mixed ? expected.find((f) => f.text === mixed)! : expected.find((f) => f.sources.some((s) => own.has(s.source)))!;
        if (mixed) assert.equal(target?.verdict, 'mixed', `the command line gives ${mixed} mixed`);
        const card = await marksAsExpectedThenCard(tab, url, expected, (marks) => marks.find((m) => m.figure === target.text)!);
        assert.deepEqual(
          card.sources.map((s) => s.source),
          target.sources.map((s) => s.source),
        );
        if (mixed) {
          assert.equal(card.verdict, 'mixed');
          assert.deepEqual(
            card.sources.filter((s) => s.relation === 'conflicts').map((s) => s.source),
            target.sources.filter((s) => s.relation === 'conflicts').map((s) => s.source),
          );
          assert.ok(card.sources.some((s) => s.relation === 'conflicts' && own.has(s.source!)), 'a reader\'s source conflicts');
          // "Why this matched" says why the conflicting counterpart is the same claim.
          await tab.locator('crosscheck-card').locator('.cc-why-toggle').click();
          const why = await tab.locator('crosscheck-card').locator('.cc-why').textContent();
          assert.match(why ?? '', /is taken as the same claim with another value: /);
          assert.ok(why?.endsWith(target.why), `the card shows the command line's "why" (${why})`);
        }
        // The card fades in over 120 ms: a screenshot taken sooner shows it half transparent.
        await tab.waitForFunction(() => document.querySelector('crosscheck-card')?.shadowRoot?.getAnimations().every((a) => a.playState === 'finished') ?? false);
        await tab.screenshot({ path: join(RESULTS, `${topic}.png`) });
      } finally {
        await tab.close();
        await browser.serviceWorker.evaluate(async () => {
          const local = (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<Record<string, unknown>>; remove(k: string[]): Promise<void> } } } }).chrome.storage.local;
          await local.remove(Object.keys(await local.get(null)).filter((k) => k.startsWith('usersource')));
        });
      }
    });
  }
});
