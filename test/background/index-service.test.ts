import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import seed from '../../core/generated/seed-index.json';
import { assembleIndex, sourceEntries } from '../../core/index/assemble-index';
import { extractSourceFacts } from '../../core/index/extract-source-facts';
import type { FactIndex } from '../../core/model';
import { countIndex, createIndexService } from '../../background/index-service';
import { unpackFigures, type PackedFigures } from '../../messaging/packed-figures';
import { createBackgroundListener } from '../../messaging/protocol';
import { describeQuarantine, listQuarantine } from '../../storage/quarantine';
import { readUserSources, saveUserSource } from '../../storage/user-sources';
import { userSourcesRevision } from '../../storage/user-sources-watch';
import { articleText } from '../../scripts/lib/article-text';
import { checkFile } from '../../scripts/lib/check-file';
import { storedSettingsService } from '../../background/settings-service';

const seedIndex = seed as unknown as FactIndex;

function service() {
  let reads = 0;
  const s = createIndexService({
    seed: () => seedIndex,
    readUser: () => {
      reads += 1;
      return readUserSources();
    },
    revision: userSourcesRevision,
    assemble: assembleIndex,
    split: sourceEntries,
    otherProblems: async () => describeQuarantine(await listQuarantine()),
  });
  return { ...s, reads: () => reads };
}

const userArticle = extractSourceFacts(
  {
    file: 'user-0000abcd',
    outlet: 'Harbour Ledger',
    title: 'Xi and Putin in Beijing',
    url: 'https://harbour.test/xi-putin',
    published: '2026-05-20',
    place: 'Beijing',
    reports: 'Xi and Putin in Beijing',
  },
  'BEIJING, May 20, 2026. Chinese President Xi Jinping and Russian President Vladimir Putin signed 45 cooperation agreements in Beijing on Wednesday.',
  'user',
);

beforeEach(() => fakeBrowser.reset());

describe('createIndexService', () => {
  it('describes the seed index alone', async () => {
    const { handlers } = service();
    const info = await handlers['cc:index-info']({ type: 'cc:index-info' });
    expect(info.seed).toEqual(countIndex(seedIndex));
    expect(info.user).toEqual({ sources: 0, facts: 0, claims: 0, conflicts: 0 });
    expect(info.total.sources).toBe(seedIndex.sources.length);
    expect(info.builtAt).toBe(seedIndex.builtAt);
  });
  it('merges a saved user source at once, and rebuilds only when sources change', async () => {
    const s = service();
    await s.handlers['cc:index-info']({ type: 'cc:index-info' });
    await s.handlers['cc:index-info']({ type: 'cc:index-info' });
    expect(s.reads()).toBe(1);
    await saveUserSource(userArticle);
    const info = await s.handlers['cc:index-info']({ type: 'cc:index-info' });
    expect(s.reads()).toBe(2);
    expect(info.user.sources).toBe(1);
    expect(info.user.facts).toBe(userArticle.facts.length);
    expect(info.total.sources).toBe(seedIndex.sources.length + 1);
    const results = await s.handlers['cc:search']({ type: 'cc:search', query: 'harbour ledger' });
    expect(results[0]?.facts.some((f) => f.outlet === 'Harbour Ledger')).toBe(true);
  });
  it('reports stored data kept aside', async () => {
    await fakeBrowser.storage.local.set({ 'usersource:bad': { schemaVersion: 1, entry: 5 } });
    const info = await service().handlers['cc:index-info']({ type: 'cc:index-info' });
    expect(info.problems).toHaveLength(1);
    expect(info.problems[0]).toMatch(/^Your source "bad" could not be read and was kept aside on \d{4}-\d\d-\d\d: /);
  });
});

describe('createBackgroundListener', () => {
  it('validates requests and wraps replies in a Result', async () => {
    const listen = createBackgroundListener({ ...service().handlers, ...storedSettingsService(), ...noBadge });
    expect(listen({ type: 'other-extension' })).toBeUndefined();
    expect(listen('hello')).toBeUndefined();
    expect(await listen({ type: 'cc:search', query: 42 })).toEqual({ ok: false, error: 'malformed message cc:search' });
    const r = await listen({ type: 'cc:search', query: 'agrements 40' });
    expect(r?.ok).toBe(true);
  });
});

describe('cc:check (the content script\'s texts, checked in the background)', () => {
  const fixture = 'test/fixtures/pages/may2026-42-agreements-conflict.html';
  const url = 'https://news.test/may2026-42';
  const page = articleText(fixture, readFileSync(fixture, 'utf8'), url);
  const meta = { ...page.meta!, url };
  const request = (texts: string[], view = 'page-1') => ({ type: 'cc:check' as const, meta, view, opening: page.text.slice(0, 12_000), texts });
  const unpacked = (packed: PackedFigures | null) => {
    if (!packed) throw new Error('the background did not know the view');
    return unpackFigures(packed);
  };

  it('checks a page as the command line does, with offsets into each text', async () => {
    const [figures = []] = unpacked(await service().handlers['cc:check'](request([page.text])));
    const cli = checkFile(fixture, url);
    expect(figures.map((f) => [f.text, f.verdict])).toEqual(cli.figures.map((f) => [f.text, f.verdict]));
    expect(figures.length).toBeGreaterThan(0);
    for (const f of figures) expect(page.text.slice(f.start, f.end)).toBe(f.text);
  });
  it('checks several texts of one page, each on its own', async () => {
    const blocks = page.text.split('\n\n');
    const replies = unpacked(await service().handlers['cc:check'](request(blocks)));
    expect(replies).toHaveLength(blocks.length);
    replies.forEach((figures, i) => {
      for (const f of figures) expect(blocks[i]!.slice(f.start, f.end)).toBe(f.text);
    });
  });
  it('checks against the reader\'s own sources once they are saved', async () => {
    const s = service();
    // Another page than the reader's source (the same sentence would be the page itself: self-source.ts).
    const text = 'BEIJING, May 20, 2026. On Wednesday, Chinese President Xi Jinping and Russian President Vladimir Putin signed 45 cooperation agreements in Beijing.';
    const check = async () => unpacked(await s.handlers['cc:check']({ type: 'cc:check', meta: { ...meta, title: 'Xi and Putin' }, view: 'xi', opening: text, texts: [text] }));
    const before = (await check())[0] ?? [];
    expect(before.map((f) => [f.text, f.verdict])).toEqual([['45', 'conflicting']]);
    expect(before.flatMap((f) => f.sources.map((x) => x.source))).not.toContain('user-0000abcd');
    await saveUserSource(userArticle);
    const after = (await check())[0] ?? [];
    const fortyFive = after.find((f) => f.text === '45');
    expect(fortyFive?.sources.find((x) => x.source === 'user-0000abcd')?.relation).toBe('corroborates');
  });
  it('refuses a malformed request', async () => {
    const listen = createBackgroundListener({ ...service().handlers, ...storedSettingsService(), ...noBadge });
    expect(await listen({ type: 'cc:check', meta, view: 'v', opening: '', texts: 'not a list' })).toEqual({ ok: false, error: 'malformed message cc:check' });
  });
  it('reads the view from the first request\'s opening and names it by its key after that', async () => {
    const s = service();
    const blocks = page.text.split('\n\n');
    const whole = unpacked(await s.handlers['cc:check'](request(blocks)));
    // Sent with the first request, before its reply: the second needs no opening.
    const first = s.handlers['cc:check'](request(blocks.slice(0, 3), 'page-2'));
    const { opening: _, ...withoutOpening } = request(blocks.slice(3), 'page-2');
    const second = s.handlers['cc:check'](withoutOpening);
    expect([...unpacked(await first), ...unpacked(await second)]).toEqual(whole);
    expect(whole.flat().length).toBeGreaterThan(0);
  });
  it('answers null for a view it does not know (the content script then sends the opening)', async () => {
    const { opening: _, ...withoutOpening } = request([page.text], 'never-sent');
    expect(await service().handlers['cc:check'](withoutOpening)).toBeNull();
  });
});

/** The toolbar badge's handler, not used here. */
const noBadge = { 'cc:badge': () => Promise.resolve(false) };
