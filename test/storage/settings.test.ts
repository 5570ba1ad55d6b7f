import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { listQuarantine } from '../../storage/quarantine';
import { DEFAULT_SETTINGS, loadSettings, parseSettings, readSettings, updateSettings, watchSettings } from '../../storage/settings';
import { isActiveOn, normalizeSite, withSiteEnabled } from '../../storage/sites';

beforeEach(() => fakeBrowser.reset());

describe('parseSettings', () => {
  it('gives the defaults for nothing stored, without a problem', () => {
    expect(parseSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, problem: null, changed: false });
  });
  it('migrates the unversioned version-0 shape', () => {
    const r = parseSettings({ enabled: false, disabledSites: ['a.com'], hoverDelay: 300, hideOtherEvents: true });
    expect(r.problem).toBeNull();
    expect(r.changed).toBe(true);
    expect(r.settings).toEqual({
      ...DEFAULT_SETTINGS,
      enabled: false,
      disabledSites: ['a.com'],
      hoverDelayMs: 300,
      showVerdicts: { corroborated: true, conflicting: true, mixed: true, related: false },
    });
  });
  it('keeps valid fields and reports each bad one with its path', () => {
    const r = parseSettings({ ...DEFAULT_SETTINGS, enabled: false, hoverDelayMs: 'slow', showVerdicts: { corroborated: 1 } });
    expect(r.settings.enabled).toBe(false);
    expect(r.settings.hoverDelayMs).toBe(150);
    expect(r.settings.showVerdicts).toEqual(DEFAULT_SETTINGS.showVerdicts);
    expect(r.problem).toContain('hoverDelayMs:');
    expect(r.problem).toContain('showVerdicts.corroborated:');
    expect(r.problem).toContain('showVerdicts.related:');
  });
  it('migrates version-1 wrong-match keys to hidden matches of their whole site, once each', () => {
    const r = parseSettings({
      schemaVersion: 1,
      enabled: true,
      disabledSites: [],
      neverRunSites: [],
      showVerdicts: DEFAULT_SETTINGS.showVerdicts,
      highlightStyle: 'underline',
      hoverDelayMs: 250,
      wrongMatches: ['news.example|42|agreement', 'news.example|42|agreement', 'other.example|$1|2 bn|money', 'broken'],
    });
    expect(r.problem).toBeNull();
    expect(r.changed).toBe(true);
    expect(r.settings.schemaVersion).toBe(2);
    expect(r.settings.hoverDelayMs).toBe(250);
    expect(r.settings.hiddenMatches.map(({ at: _at, ...h }) => h)).toEqual([
      { site: 'news.example', page: '', figure: '42', measureKey: 'agreement', measure: '', context: '' },
      { site: 'other.example', page: '', figure: '$1|2 bn', measureKey: 'money', measure: '', context: '' },
    ]);
    expect('wrongMatches' in r.settings).toBe(false);
  });
  it('keeps every good hidden match when one is bad, and reports the bad one', () => {
    const good = { site: 'a.example', page: 'a.example/story', figure: '42', measureKey: 'agreement', measure: 'agreements', context: 'signed 42 agreements', at: '2026-05-21T10:00:00.000Z' };
    const r = parseSettings({ ...DEFAULT_SETTINGS, hiddenMatches: [good, { ...good, figure: 42 }, { ...good, page: 'a.example/other' }] });
    expect(r.settings.hiddenMatches).toEqual([good, { ...good, page: 'a.example/other' }]);
    expect(r.problem).toMatch(/^hiddenMatches\.1\.figure: /);
  });
  it('reads a newer version without claiming to understand it', () => {
    const r = parseSettings({ ...DEFAULT_SETTINGS, schemaVersion: 9, enabled: false });
    expect(r.settings.enabled).toBe(false);
    expect(r.problem).toMatch(/newer/);
  });
});

describe('loadSettings', () => {
  it('keeps a corrupted value aside, repairs it, and reports it', async () => {
    const bad = { schemaVersion: 1, enabled: 'yes', disabledSites: ['x.org'] };
    await fakeBrowser.storage.local.set({ settings: bad });
    const { settings, problem } = await loadSettings();
    expect(settings.disabledSites).toEqual(['x.org']);
    expect(settings.enabled).toBe(true);
    expect(problem).toMatch(/^enabled:/);
    const q = await listQuarantine();
    expect(q).toHaveLength(1);
    expect(q[0]!.value).toEqual(bad);
    expect(q[0]!.key).toBe('settings');
    expect((await readSettings()).problem).toBeNull();
  });
  it('keeps a value that is not even an object', async () => {
    await fakeBrowser.storage.local.set({ settings: 'garbage' });
    expect((await loadSettings()).settings).toEqual(DEFAULT_SETTINGS);
    expect((await listQuarantine())[0]!.value).toBe('garbage');
  });
  it('writes a migrated version-0 value back with its version', async () => {
    await fakeBrowser.storage.local.set({ settings: { enabled: false } });
    await loadSettings();
    const stored = (await fakeBrowser.storage.local.get('settings')).settings;
    expect(stored).toEqual({ ...DEFAULT_SETTINGS, enabled: false });
    expect(await listQuarantine()).toEqual([]);
  });
});

describe('updateSettings', () => {
  it('two pages changing different fields at once both win', async () => {
    await Promise.all([
      updateSettings((s) => withSiteEnabled(s, 'www.a.com', false)),
      updateSettings((s) => ({ ...s, hoverDelayMs: 400 })),
      updateSettings((s) => withSiteEnabled(s, 'b.com', false)),
    ]);
    const { settings } = await readSettings();
    expect(settings.hoverDelayMs).toBe(400);
    expect([...settings.disabledSites].sort()).toEqual(['a.com', 'b.com']);
  });
  it('notifies watchers with validated settings', async () => {
    const seen: boolean[] = [];
    const unwatch = watchSettings((s) => seen.push(s.enabled));
    await updateSettings((s) => ({ ...s, enabled: false }));
    unwatch();
    expect(seen).toEqual([false]);
  });
});

describe('isActiveOn', () => {
  const s = { ...DEFAULT_SETTINGS, disabledSites: ['news.example.com'], neverRunSites: ['bank.test'] };
  it('is off on a site switched off, and only there', () => {
    expect(isActiveOn(s, 'news.example.com')).toBe(false);
    expect(isActiveOn(s, 'www.news.example.com')).toBe(false);
    expect(isActiveOn(s, 'example.com')).toBe(true);
  });
  it('never runs on a never-run site or its subdomains', () => {
    expect(isActiveOn(s, 'bank.test')).toBe(false);
    expect(isActiveOn(s, 'my.bank.test')).toBe(false);
    expect(isActiveOn(s, 'notbank.test')).toBe(true);
  });
  it('is off everywhere when paused', () => {
    expect(isActiveOn({ ...s, enabled: false }, 'example.com')).toBe(false);
  });
  it('normalises sites typed as addresses', () => {
    expect(normalizeSite('https://WWW.Example.com/a/b')).toBe('example.com');
    expect(normalizeSite('example.com/path')).toBe('example.com');
  });
});
