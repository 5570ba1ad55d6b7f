/**
 * Importing packs of sources (storage/import-sources.ts): all or nothing, nothing stored replaced,
 * and a big import written in parts that readers see only once it is all written.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { exportPack, IMPORT_PART_CHARS, PENDING_IMPORT_KEY, PENDING_STALE_MS, loadUserSources, readUserSources, saveUserSource } from '../../storage/user-sources';
import { importEntries, importPack } from '../../storage/import-sources';
import { checkPack, PACK_MAX_BYTES, SHOWN_SOURCES } from '../../storage/pack-format';
import { entry, v0 } from '../support/user-sources';

beforeEach(() => fakeBrowser.reset());

describe('packs', () => {
  it('exports every user source and imports them into an empty profile', async () => {
    await saveUserSource(entry('ac.txt'));
    await saveUserSource(entry('tg.txt'));
    const pack = JSON.stringify(await exportPack(new Date('2026-06-01T00:00:00Z')));
    fakeBrowser.reset();
    expect(await importPack(pack)).toEqual({ ok: true, added: ['ac.txt', 'tg.txt'], unchanged: [], renamed: [] });
    expect((await loadUserSources()).map((e) => e.source.file)).toEqual(['ac.txt', 'tg.txt']);
  });
  it('reports every bad field by source and in the pack’s words, and changes nothing', async () => {
    await saveUserSource(entry('ac.txt'));
    const before = await fakeBrowser.storage.local.get(null);
    const good = entry('tg.txt');
    const bad1 = entry('dd.txt');
    bad1.source.url = 'not a url';
    delete (bad1.source as Partial<typeof bad1.source>).published;
    (bad1.source as unknown as { origin: string }).origin = 'somewhere';
    const bad2 = entry('en.txt');
    (bad2.facts[0] as unknown as { value: string }).value = 'fifty';
    const result = await importPack({ format: 'crosscheck-pack', schemaVersion: 1, sources: [good, bad1, bad2] });
    expect(result).toEqual({
      ok: false,
      problems: {
        file: [],
        total: 3,
        bad: 2,
        shown: [
          {
            source: `Source 2 (“${bad1.source.title}”)`,
            problems: [
              // "origin" is not the pack's to choose: never a problem. A missing date may be null.
              'url: should be a web address such as https://example.org/article, but is "not a url"',
              'published: is missing (should be a date like 2026-05-20 or 2026-05 (or null when undated))',
            ],
            more: 0,
          },
          { source: `Source 3 (“${bad2.source.title}”)`, problems: [`figure 1 (“${bad2.facts[0]!.text}”): value: should be a number, but is "fifty"`], more: 0 },
        ],
      },
    });
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });
  it('counts a pack’s bad sources and lists the first 20', () => {
    const sources = Array.from({ length: 2000 }, (_, i) => ({ ...entry('ac.txt', `bad-${i}`), facts: 'none' }));
    const r = checkPack(JSON.stringify({ format: 'crosscheck-pack', schemaVersion: 1, sources: [entry('tg.txt'), ...sources] }));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect([r.problems.total, r.problems.bad, r.problems.shown.length]).toEqual([2001, 2000, SHOWN_SOURCES]);
    expect(r.problems.shown[0]).toEqual({ source: `Source 2 (“${entry('ac.txt').source.title}”)`, problems: ['facts: should be a list, but is "none"'], more: 0 });
  });
  it('rejects what is not a pack, or too big a file, as a whole', async () => {
    const file = (r: ReturnType<typeof checkPack>) => (r.ok ? [] : r.problems.file);
    expect(file(checkPack('{nope'))[0]).toMatch(/^the file is not valid JSON/);
    expect(file(checkPack({ sources: [] }))).toEqual([
      'format: should be "crosscheck-pack", but is missing (is this a Crosscheck pack?)',
      'schemaVersion: is missing (should be a number)',
    ]);
    expect(file(checkPack(' '.repeat(PACK_MAX_BYTES + 1)))).toEqual(['the file is 8.0 MB; packs of up to 8.0 MB can be imported']);
    const twice = checkPack({ format: 'crosscheck-pack', schemaVersion: 1, sources: [entry('ac.txt'), entry('ac.txt')] });
    expect(twice.ok ? [] : twice.problems.shown).toEqual([{ source: `Source 2 (“${entry('ac.txt').source.title}”)`, problems: ['file: "ac.txt" is used twice (also by source 1)'], more: 0 }]);
  });
  it('checks the room left before writing, and stores nothing when there is too little', async () => {
    const before = await fakeBrowser.storage.local.get(null);
    const r = await importEntries([entry('ac.txt'), entry('tg.txt')], new Set(), async () => 100);
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.problems.file).toEqual([expect.stringMatching(/^the pack needs 0\.0 MB of storage and 0\.0 MB is free; nothing was stored$/)]);
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
    expect((await importEntries([entry('ac.txt')], new Set(), async () => 10_000_000)).ok).toBe(true);
  });
  it('never replaces a stored source: same content is skipped, a clash is renamed', async () => {
    await saveUserSource(entry('ac.txt'));
    const changed = entry('ac.txt');
    changed.source.title = 'Another title';
    const r = await importPack({ format: 'crosscheck-pack', schemaVersion: 1, sources: [changed] });
    expect(r).toEqual({ ok: true, added: ['ac.txt~2'], unchanged: [], renamed: [{ from: 'ac.txt', to: 'ac.txt~2' }] });
    const all = await loadUserSources();
    expect(all.map((e) => [e.source.file, e.source.title])).toEqual([
      ['ac.txt~2', 'Another title'],
      ['ac.txt', entry('ac.txt').source.title],
    ]);
    expect(all[0]!.facts.every((f) => f.source === 'ac.txt~2')).toBe(true);
    expect(await importPack({ format: 'crosscheck-pack', schemaVersion: 1, sources: [entry('ac.txt')] })).toEqual({
      ok: true,
      added: [],
      unchanged: ['ac.txt'],
      renamed: [],
    });
  });
  it('renames a source named like a bundled one', async () => {
    const r = await importPack({ format: 'crosscheck-pack', schemaVersion: 1, sources: [entry('ac.txt')] }, new Set(['ac.txt']));
    expect(r).toEqual({ ok: true, added: ['ac.txt~2'], unchanged: [], renamed: [{ from: 'ac.txt', to: 'ac.txt~2' }] });
  });
  it('imports a version-0 pack through the migration', async () => {
    const r = await importPack({ format: 'crosscheck-pack', schemaVersion: 0, sources: [v0(entry('ac.txt'))] });
    expect(r.ok).toBe(true);
    expect((await loadUserSources())[0]!.facts[0]!.note).toBeNull();
  });
  it('imports atomically: one write for all sources', async () => {
    const writes: number[] = [];
    fakeBrowser.storage.local.onChanged.addListener((c) => writes.push(Object.keys(c).length));
    await importPack({ format: 'crosscheck-pack', schemaVersion: 1, sources: [entry('ac.txt'), entry('tg.txt'), entry('dd.txt')] });
    expect(writes).toEqual([5]); // three sources, the first stage's gate, the revision
  });
});

describe('a big import, written in parts', () => {
  /** `n` sources, big enough together to be written in several parts. */
  const many = (n: number) => Array.from({ length: n }, (_, i) => entry('ac.txt', `part-${i}`));

  it('is seen by readers only once it is all written', async () => {
    const seen: number[] = [];
    fakeBrowser.storage.local.onChanged.addListener(() => void readUserSources().then((s) => seen.push(s.entries.length)));
    const sources = many(600);
    expect(JSON.stringify(sources).length).toBeGreaterThan(IMPORT_PART_CHARS * 2);
    expect((await importEntries(sources)).ok).toBe(true);
    await new Promise((r) => setTimeout(r, 50));
    expect(new Set(seen)).toEqual(new Set([0, 600]));
    expect((await readUserSources()).entries).toHaveLength(600);
    expect((await fakeBrowser.storage.local.get(PENDING_IMPORT_KEY))[PENDING_IMPORT_KEY]).toMatchObject({ keys: [] });
  });

  it('leaves nothing when the browser refuses a part', async () => {
    await saveUserSource(entry('tg.txt'));
    const before = Object.keys(await fakeBrowser.storage.local.get(null)).sort();
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    let calls = 0;
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
      if (++calls === 3) throw new Error('QUOTA_BYTES quota exceeded');
      return set(items);
    });
    const r = await importEntries(many(300));
    expect(r.ok ? [] : r.problems.file).toEqual(['the browser refused to store the pack (QUOTA_BYTES quota exceeded); nothing was stored']);
    const after = Object.keys(await fakeBrowser.storage.local.get(null)).sort();
    expect(after.filter((k) => k !== PENDING_IMPORT_KEY)).toEqual(before);
    expect((await loadUserSources()).map((e) => e.source.file)).toEqual(['tg.txt']);
  });

  it('a part left by a page closed mid-import is skipped, then removed once stale', async () => {
    const old = entry('ac.txt', 'orphan');
    await fakeBrowser.storage.local.set({
      'usersource:orphan': { schemaVersion: 1, savedAt: '2026-01-01T00:00:00.000Z', entry: old },
      [PENDING_IMPORT_KEY]: { keys: ['usersource:orphan'], at: Date.now() },
    });
    expect((await readUserSources()).entries).toEqual([]);
    await fakeBrowser.storage.local.set({ [PENDING_IMPORT_KEY]: { keys: ['usersource:orphan'], at: Date.now() - PENDING_STALE_MS - 1 } });
    expect((await readUserSources()).entries).toEqual([]);
    expect(await fakeBrowser.storage.local.get('usersource:orphan')).toEqual({});
  });
});

