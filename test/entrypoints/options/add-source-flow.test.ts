// @vitest-environment happy-dom
/**
 * The "add this page as a source" flow without a browser: a fixture page is read the way the
 * content script reads it, reviewed with the fields the options page suggests, saved, merged by
 * the background's index service, and another fixture page is then checked against it by the
 * evidence engine (docs/decisions/033).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import seed from '../../../core/generated/seed-index.json';
import { assembleIndex, sourceEntries } from '../../../core/index/assemble-index';
import { extractSourceFacts } from '../../../core/index/extract-source-facts';
import { EVIDENCE_EXTRACT } from '../../../core/figures/extract-figures';
import type { FactIndex } from '../../../core/model';
import { draftFields } from '../../../entrypoints/options/App';
import { createIndexService } from '../../../background/index-service';
import { unpackFigures } from '../../../messaging/packed-figures';
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

  test('a saved page is checked by the evidence engine: it corroborates another page with the same figure, never itself', async () => {
    const page = readFixture('may2026-42-agreements-conflict');
    const fields = draftFields({ ...page, at: '2026-05-21T00:00:00Z' });
    const entry = extractSourceFacts({ file: userSourceFile(page.url), url: page.url, reports: fields.title, ...fields }, page.text, 'user', EVIDENCE_EXTRACT);
    expect(entry.facts.map((f) => f.text)).toEqual(['25th', 'Thursday', '42', '50 billion cubic metres']);
    const service = createIndexService({
      seed: () => seedIndex,
      readUser: readUserSources,
      revision: userSourcesRevision,
      assemble: assembleIndex,
      split: sourceEntries,
    });
    const check = async (name: string, key: string) => {
      const p = readFixture(name);
      const packed = await service.handlers['cc:check']({ type: 'cc:check', meta: p.meta, view: key, opening: p.text, texts: [p.text] });
      return unpackFigures(packed!)[0]!;
    };
    const other = 'undated-42-deals-47-page';
    const before = (await check(other, 'before')).find((f) => f.text === '42');
    expect(before?.sources.map((s) => s.source)).not.toContain(entry.source.file);
    await saveUserSource(entry);
    const after = (await check(other, 'after')).find((f) => f.text === '42');
    expect(after?.sources.find((s) => s.source === entry.source.file)).toMatchObject({ relation: 'corroborates', certain: true, text: '42' });
    const bySource = (l: typeof before) => [...(l?.sources ?? [])].sort((x, y) => x.source.localeCompare(y.source));
    expect(bySource(after).filter((s) => s.source !== entry.source.file)).toEqual(bySource(before));
    // Reloaded, the page that was added is not its own source (docs/decisions/013).
    const itself = await check('may2026-42-agreements-conflict', 'itself');
    expect(itself.flatMap((f) => f.sources.map((s) => s.source))).not.toContain(entry.source.file);
    expect(itself.map((f) => f.text)).toEqual(['25th', '42']);
  });
});
