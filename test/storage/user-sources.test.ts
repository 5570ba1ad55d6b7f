import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { listQuarantine } from '../../storage/quarantine';
import { LEGACY_V0_KEY, loadUserSources, readUserSources, removeUserSource, saveUserSource, userSourceFile } from '../../storage/user-sources';
import { gateFormsOf, SOURCES_GATE_KEY } from '../../storage/sources-gate';
import { userSourcesRevision } from '../../storage/user-sources-watch';
import { entry, storedKeys, v0 } from '../support/user-sources';

beforeEach(() => fakeBrowser.reset());

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

describe('userSourceFile', () => {
  it('is stable per address', () => {
    expect(userSourceFile('https://a.test/x')).toBe(userSourceFile('https://a.test/x'));
    expect(userSourceFile('https://a.test/x')).not.toBe(userSourceFile('https://a.test/y'));
    expect(userSourceFile('https://a.test/x')).toMatch(/^user-[0-9a-f]{8}$/);
  });
});
