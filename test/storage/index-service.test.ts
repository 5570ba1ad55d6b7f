import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import seed from '../../core/generated/seed-index.json';
import { assembleIndex, sourceEntries } from '../../core/index/assemble-index';
import { extractSourceFacts } from '../../core/index/extract-source-facts';
import type { FactIndex } from '../../core/model';
import { countIndex, createIndexService } from '../../messaging/index-service';
import { createBackgroundListener } from '../../messaging/protocol';
import { fetchUserSources, mergedIndex, mergeIndex } from '../../messaging/user-index';
import { describeQuarantine, listQuarantine } from '../../storage/quarantine';
import { readUserSources, saveUserSource } from '../../storage/user-sources';
import { userSourcesRevision } from '../../storage/user-sources-watch';

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
    const users = await s.handlers['cc:user-sources']({ type: 'cc:user-sources' });
    expect(users.entries).toHaveLength(1);
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
    const listen = createBackgroundListener(service().handlers);
    expect(listen({ type: 'other-extension' })).toBeUndefined();
    expect(listen('hello')).toBeUndefined();
    expect(await listen({ type: 'cc:search', query: 42 })).toEqual({ ok: false, error: 'malformed message cc:search' });
    const r = await listen({ type: 'cc:search', query: 'agrements 40' });
    expect(r?.ok).toBe(true);
  });
});

describe('mergedIndex (content script side)', () => {
  it('is the seed index itself without user sources, and merges them when the background has some', async () => {
    fakeBrowser.runtime.onMessage.addListener(createBackgroundListener(service().handlers) as never);
    expect(await mergedIndex(seedIndex)).toBe(seedIndex);
    await saveUserSource(userArticle);
    const user = await fetchUserSources();
    expect(user.map((e) => e.source.file)).toEqual(['user-0000abcd']);
    const merged = await mergedIndex(seedIndex);
    expect(merged.sources.map((s) => s.file)).toEqual([...seedIndex.sources.map((s) => s.file), 'user-0000abcd']);
    expect(merged).toEqual(mergeIndex(seedIndex, user));
  });
  it('falls back to the seed index when the background does not answer', async () => {
    expect(await fetchUserSources()).toEqual([]);
  });
});
