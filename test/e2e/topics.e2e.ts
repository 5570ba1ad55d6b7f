/**
 * Another topic, end to end (issue 15): the extension built with an index of a corpus topic's seeds
 * (`CROSSCHECK_SEEDS=… wxt build`, into .output/seeds-TOPIC/) marks a real page of that topic with
 * exactly the figures and verdicts the command line gives for the same page and seeds, and a click
 * opens a card that names the topic's own sources. One topic is checked by the evidence engine
 * (`CROSSCHECK_ENGINE=evidence`, the command line's `--evidence`), one by the rule matcher.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { checkFile } from '../../scripts/lib/check-file';
import { loadCorpusTopic } from '../../scripts/lib/corpus';
import { launchWithExtension, type ExtensionBrowser } from './support/launch';
import { REPO_ROOT, startServer, type TestServer } from './support/server';
import { corpusPageHtml, marksAsExpectedThenCard } from './support/corpus-page';

/** Two topics of another kind than the bundled one, and a page of each that names its figures. */
const CASES = [
  { topic: 'india-election-2024', page: 'p12-nationalherald-nda-292-india-234.txt', engine: 'evidence' as const },
  { topic: 'wirtz-transfer-2025', page: 'p01-independent-agree-record-fee.txt', engine: 'shipped' as const },
];

for (const { topic, page: file, engine } of CASES) {
  describe(`an index built from ${topic}'s seeds, checked by the ${engine === 'evidence' ? 'evidence engine' : 'rule matcher'}`, () => {
    const seeds = join(REPO_ROOT, 'test/corpus', topic, 'seeds');
    let browser: ExtensionBrowser;
    let server: TestServer;
    let html: string;
    let url: string;
    before(async () => {
      const build = spawnSync('npx', ['wxt', 'build'], { cwd: REPO_ROOT, env: { ...process.env, CROSSCHECK_SEEDS: seeds, CROSSCHECK_ENGINE: engine === 'evidence' ? 'evidence' : 'rules' }, encoding: 'utf8' });
      assert.equal(build.status, 0, `CROSSCHECK_SEEDS build failed: ${build.stderr}`);
      const corpus = loadCorpusTopic(join(REPO_ROOT, 'test/corpus', topic));
      const entry = corpus.pages.find((p) => p.file === file)!;
      html = corpusPageHtml(readFileSync(join(corpus.dir, 'pages', file), 'utf8'), entry.published);
      server = await startServer();
      server.route(`/topic/${file}.html`, () => ({ body: html }));
      url = `${server.origin}/topic/${file}.html`;
      browser = await launchWithExtension({ extensionDir: join(REPO_ROOT, '.output', `seeds-${topic}`, 'chrome-mv3') });
    });
    after(async () => {
      await browser?.close();
      await server?.close();
    });

    test(`${file}: the marks the command line gives, and a card naming the topic's sources`, async () => {
      // The command line reads the same HTML with the same reader, against the same seeds.
      const dir = join(REPO_ROOT, 'test-results', 'topics');
      mkdirSync(dir, { recursive: true });
      const saved = join(dir, `${topic}.html`);
      writeFileSync(saved, html);
      const expected = checkFile(saved, url, seeds, engine).figures;
      assert.ok(expected.length > 0, 'the command line marks this page');
      const tab = await browser.context.newPage();
      try {
        const card = await marksAsExpectedThenCard(tab, url, expected, (marks) => marks[0]!);
        const seedFiles = loadCorpusTopic(join(REPO_ROOT, 'test/corpus', topic)).seeds.map((s) => s.file);
        assert.ok(card.sources.length > 0, 'the card lists sources');
        for (const s of card.sources) assert.ok(seedFiles.includes(s.source ?? ''), `${s.source} is one of ${topic}'s seeds`);
      } finally {
        await tab.close();
      }
    });
  });
}
