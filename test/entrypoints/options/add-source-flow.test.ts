// @vitest-environment happy-dom
/**
 * The "add this page as a source" flow without a browser: a fixture page is read the way the
 * content script reads it, reviewed with the fields the options page suggests, saved, merged by
 * the background's index service, and another fixture page then meets a new conflict.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import seed from '../../../core/generated/seed-index.json';
import { assembleIndex, sourceEntries } from '../../../core/index/assemble-index';
import { extractSourceFacts } from '../../../core/index/extract-source-facts';
import { checkPage } from '../../../core/match/check-page';
import { prepareIndex } from '../../../core/match/prepare-index';
import type { FactIndex } from '../../../core/model';
import { draftFields } from '../../../entrypoints/options/App';
import { createIndexService } from '../../../background/index-service';
import { parseHtml } from '../../../page/parse-html';
import { readArticle, readPageMeta } from '../../../page/read-article';
import { readUserSources, saveUserSource, userSourceFile } from '../../../storage/user-sources';
import { userSourcesRevision } from '../../../storage/user-sources-watch';

const PAGES = join(import.meta.dirname, '../../fixtures/pages');
const seedIndex = seed as unknown as FactIndex;

function readFixture(name: string) {
  const expected = JSON.parse(readFileSync(join(PAGES, `${name}.expected.json`), 'utf8')) as { url: string };
  const doc = parseHtml(readFileSync(join(PAGES, `${name}.html`), 'utf8'), expected.url);
  return { url: expected.url, text: readArticle(doc).text, meta: readPageMeta(doc, expected.url) };
}

beforeEach(() => fakeBrowser.reset());

describe('add this page as a source', () => {
  test('suggests the outlet, title, date and place the page gives', () => {
    const page = readFixture('may2026-42-agreements-conflict');
    const fields = draftFields({ ...page, at: '2026-05-21T00:00:00Z' });
    expect(fields.published).toMatch(/^2026-05/);
    expect(fields.title.length).toBeGreaterThan(10);
    expect(fields.outlet).not.toBe('');
  });

  test('a saved page brings a conflict to another page reporting the same event', async () => {
    const page = readFixture('may2026-42-agreements-conflict');
    const fields = draftFields({ ...page, at: '2026-05-21T00:00:00Z' });
    const entry = extractSourceFacts(
      { file: userSourceFile(page.url), url: page.url, reports: fields.title, ...fields },
      page.text,
      'user',
    );
    expect(entry.facts.map((f) => f.text)).toContain('42');
    await saveUserSource(entry);

    const service = createIndexService({
      seed: () => seedIndex,
      readUser: readUserSources,
      revision: userSourcesRevision,
      assemble: assembleIndex,
      split: sourceEntries,
    });
    const merged = (await service.current()).index;
    const other = readFixture('may2026-forty-accords-jsonld');
    const before = checkPage(prepareIndex(seedIndex), other.text, other.meta).figures.find((f) => f.text === 'Forty');
    const after = checkPage(prepareIndex(merged), other.text, other.meta).figures.find((f) => f.text === 'Forty');
    expect(before?.verdict).toBe('corroborated');
    expect(after?.verdict).toBe('mixed');
    const fromUser = after?.sources.find((s) => s.source === entry.source.file);
    expect(fromUser?.relation).toBe('conflicts');
    expect(fromUser?.certain).toBe(true);
  });
});
