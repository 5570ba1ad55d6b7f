import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { SourceFacts } from '../../core/model';
import { listQuarantine } from '../../storage/quarantine';
import {
  exportPack,
  importEntries,
  importPack,
  IMPORT_PART_CHARS,
  LEGACY_V0_KEY,
  PENDING_IMPORT_KEY,
  PENDING_STALE_MS,
  loadUserSources,
  readUserSources,
  removeUserSource,
  saveUserSource,
  userSourceFile,
} from '../../storage/user-sources';
import { checkPack, PACK_MAX_BYTES, SHOWN_SOURCES } from '../../storage/pack-format';
import { gateFormsOf, SOURCES_GATE_KEY } from '../../storage/sources-gate';
import { userSourcesRevision } from '../../storage/user-sources-watch';
import { fixtureIndex } from '../core/search-fixture';

beforeEach(() => fakeBrowser.reset());

/** A valid user source built from the search fixture's source `file`. */
function entry(file: string, rename?: string): SourceFacts {
  const index = fixtureIndex();
  const source = { ...index.sources.find((s) => s.file === file)!, origin: 'user' as const };
  const facts = index.facts.filter((f) => f.source === file);
  if (!rename) return { source, facts };
  return { source: { ...source, file: rename }, facts: facts.map((f) => ({ ...f, source: rename, id: `${rename}:${f.id}` })) };
}

/** The version-0 shape of an entry: no origin/entities/reports, facts without role/note/context. */
function v0(e: SourceFacts): unknown {
  const { origin: _o, entities: _e, reports: _r, ...source } = e.source;
  return { source, facts: e.facts.map(({ role: _role, note: _note, context: _context, ...f }) => f) };
}

const storedKeys = async () => Object.keys(await fakeBrowser.storage.local.get(null)).sort();

describe('saveUserSource / loadUserSources / removeUserSource', () => {
  it('saves each source under its own key in one write and bumps the revision', async () => {
    const writes: string[][] = [];
    fakeBrowser.storage.local.onChanged.addListener((c) => writes.push(Object.keys(c).sort()));
    await saveUserSource(entry('ac.txt'));
    expect(writes).toEqual([['usersource:ac.txt', 'usersources:gate', 'usersources:rev']]);
    expect(await userSourcesRevision()).toBeGreaterThan(0);
    expect((await loadUserSources()).map((e) => e.source.file)).toEqual(['ac.txt']);
  });
  it('rejects an invalid entry with the bad field named, writing nothing', async () => {
    const bad = entry('ac.txt');
    bad.source.published = 'May 2026';
    await expect(saveUserSource(bad)).rejects.toThrow('source.published: should be a date like 2026-05-20 or 2026-05 (or null when undated), but is "May 2026"');
    expect(await storedKeys()).toEqual([]);
  });
  it('removes one source and keeps the others', async () => {
    await saveUserSource(entry('ac.txt'));
    await saveUserSource(entry('tg.txt'));
    await removeUserSource('ac.txt');
    expect((await loadUserSources()).map((e) => e.source.file)).toEqual(['tg.txt']);
  });
  it('two tabs saving at once keep both sources', async () => {
    await Promise.all([saveUserSource(entry('ac.txt')), saveUserSource(entry('tg.txt')), saveUserSource(entry('dd.txt'))]);
    expect((await loadUserSources()).map((e) => e.source.file).sort()).toEqual(['ac.txt', 'dd.txt', 'tg.txt']);
  });
  it('forces the user origin', async () => {
    const e = entry('ac.txt');
    await saveUserSource({ ...e, source: { ...e.source, origin: 'seed' } });
    expect((await loadUserSources())[0]!.source.origin).toBe('user');
  });
});

describe('migrations', () => {
  it('moves the version-0 array layout to one key per source, nothing lost', async () => {
    const a = entry('ac.txt');
    const t = entry('tg.txt');
    await fakeBrowser.storage.local.set({ [LEGACY_V0_KEY]: [v0(a), v0(t)] });
    const { entries, problems } = await readUserSources();
    expect(problems).toEqual([]);
    expect(entries.map((e) => e.source.file)).toEqual(['ac.txt', 'tg.txt']);
    expect(entries[0]!.facts[0]!.role).toBe('whole');
    expect(entries[0]!.source.reports).toBe(a.source.title);
    expect(await storedKeys()).toEqual(['usersource:ac.txt', 'usersource:tg.txt', 'usersources:gate']);
    const rec = (await fakeBrowser.storage.local.get('usersource:ac.txt'))['usersource:ac.txt'] as { schemaVersion: number };
    expect(rec.schemaVersion).toBe(1);
  });
  it('migrates a version-0 record stored under its own key', async () => {
    await fakeBrowser.storage.local.set({ 'usersource:ac.txt': v0(entry('ac.txt')) });
    expect((await loadUserSources()).map((e) => e.facts.length)).toEqual([2]);
    const rec = (await fakeBrowser.storage.local.get('usersource:ac.txt'))['usersource:ac.txt'] as { schemaVersion: number };
    expect(rec.schemaVersion).toBe(1);
  });
  it('finishes a version-0 migration interrupted after its write', async () => {
    await saveUserSource(entry('ac.txt'));
    await fakeBrowser.storage.local.set({ [LEGACY_V0_KEY]: [v0(entry('ac.txt')), v0(entry('tg.txt'))] });
    expect((await loadUserSources()).map((e) => e.source.file)).toEqual(['ac.txt', 'tg.txt']);
    expect(await storedKeys()).toEqual(['usersource:ac.txt', 'usersource:tg.txt', 'usersources:gate', 'usersources:rev']);
  });
  it('leaves a record written by a newer version alone and says so', async () => {
    await fakeBrowser.storage.local.set({ 'usersource:x': { schemaVersion: 7, future: true } });
    const { entries, problems } = await readUserSources();
    expect(entries).toEqual([]);
    expect(problems).toEqual(['x: saved by a newer version of Crosscheck (schema 7); left as it is']);
    expect(await storedKeys()).toEqual(['usersource:x']);
  });
});

describe("the first stage's gate (usersources:gate)", () => {
  const gate = async () => gateFormsOf((await fakeBrowser.storage.local.get(SOURCES_GATE_KEY))[SOURCES_GATE_KEY]);
  it('holds the written forms of the sources\' entities, and follows saves and removals', async () => {
    await saveUserSource(entry('ac.txt'));
    const forms = await gate();
    expect(forms?.['Chinese']).toBe('China');
    expect(forms?.['Kremlin']).toBeUndefined(); // Moscow is not one of the source's entities
    expect(forms?.['Putin']).toBe('Putin');
    expect(forms?.['Xi Jinping']).toBe('Xi Jinping');
    await removeUserSource('ac.txt');
    expect(await gate()).toEqual({});
  });
  it('is written for sources stored before it existed, on the next read', async () => {
    await saveUserSource(entry('ac.txt'));
    await fakeBrowser.storage.local.remove(SOURCES_GATE_KEY);
    await loadUserSources();
    expect((await gate())?.['Russian']).toBe('Russia');
  });
  it('is not written when there are no sources', async () => {
    await loadUserSources();
    expect(await storedKeys()).toEqual([]);
  });
});

describe('corrupted values', () => {
  it('keeps a corrupted record aside, reports it, and keeps the rest intact', async () => {
    await saveUserSource(entry('ac.txt'));
    const broken = { schemaVersion: 1, savedAt: 'x', entry: { source: { file: 'tg.txt' }, facts: 'oops' } };
    await fakeBrowser.storage.local.set({ 'usersource:tg.txt': broken });
    const { entries, problems } = await readUserSources();
    expect(entries.map((e) => e.source.file)).toEqual(['ac.txt']);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^tg\.txt: could not be read and was kept aside \(.*facts: should be a list, but is "oops"/);
    const q = await listQuarantine();
    expect(q.map((e) => [e.key, e.value])).toEqual([['usersource:tg.txt', broken]]);
    // Reported once: the next load finds it no more.
    expect((await readUserSources()).problems).toEqual([]);
  });
});

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

describe('userSourceFile', () => {
  it('is stable per address', () => {
    expect(userSourceFile('https://a.test/x')).toBe(userSourceFile('https://a.test/x'));
    expect(userSourceFile('https://a.test/x')).not.toBe(userSourceFile('https://a.test/y'));
    expect(userSourceFile('https://a.test/x')).toMatch(/^user-[0-9a-f]{8}$/);
  });
});
