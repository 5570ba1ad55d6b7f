/**
 * The background's answers about the settings to content scripts (docs/decisions/010): a page
 * gets its own part of the validated settings, and "wrong match" reports are written once, by the
 * background, whatever the stored value looked like.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createBackgroundListener } from '../../messaging/protocol';
import { storedSettingsService } from '../../background/settings-service';
import { DEFAULT_SETTINGS, readSettings, updateSettings } from '../../storage/settings';
import { pageSettingsOf, withSiteEnabled } from '../../storage/sites';

beforeEach(() => fakeBrowser.reset());

describe('pageSettingsOf', () => {
  it("gives one site's part: whether it runs there, how marks look, and only that site's reports", () => {
    const settings = {
      ...withSiteEnabled({ ...DEFAULT_SETTINGS }, 'off.example', false),
      hoverDelayMs: 400,
      highlightStyle: 'background' as const,
      showVerdicts: { corroborated: true, conflicting: true, mixed: false, related: true },
      hiddenMatches: [hidden('news.example', 'news.example/a'), hidden('other.example', 'other.example/a'), hidden('news.example.evil', 'news.example.evil/a')],
    };
    expect(pageSettingsOf(settings, 'www.news.example')).toEqual({
      active: true,
      showVerdicts: { corroborated: true, conflicting: true, mixed: false, related: true },
      hoverDelayMs: 400,
      highlightStyle: 'background',
      hiddenMatches: [{ site: 'news.example', page: 'news.example/a', figure: '42', measureKey: 'agreement', context: 'signed 42 deals' }],
    });
    expect(pageSettingsOf(settings, 'off.example').active).toBe(false);
    expect(pageSettingsOf({ ...settings, enabled: false }, 'news.example').active).toBe(false);
  });
});

describe('the settings service', () => {
  const listen = () => createBackgroundListener({ ...unusedIndexHandlers, ...storedSettingsService(), ...noBadge });

  it('answers cc:page-settings from validated storage (a bad field falls back to its default)', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, hoverDelayMs: 'slow', disabledSites: ['a.example'] } });
    expect(await listen()({ type: 'cc:page-settings', host: 'a.example' })).toEqual({
      ok: true,
      value: { active: false, showVerdicts: DEFAULT_SETTINGS.showVerdicts, hoverDelayMs: 150, highlightStyle: 'underline', hiddenMatches: [] },
    });
  });

  it('stores a wrong-match report once, for this page and this figure, keeping the other settings; cc:unhide takes it back', async () => {
    await updateSettings((s) => ({ ...s, hoverDelayMs: 300 }));
    const report = {
      type: 'cc:wrong-match',
      url: 'https://www.News.example/2026/05/21/summit/?utm_source=feed#top',
      text: ' 42 ',
      measureKey: 'agreement',
      measure: 'agreements',
      context: 'The two sides signed 42 agreements',
    };
    const first = await listen()(report);
    expect(first).toMatchObject({ ok: true });
    expect(await listen()(report)).toEqual(first);
    const { settings } = await readSettings();
    expect(settings.hiddenMatches.map(({ at: _at, ...h }) => h)).toEqual([
      { site: 'news.example', page: 'news.example/2026/05/21/summit', figure: '42', measureKey: 'agreement', measure: 'agreements', context: 'The two sides signed 42 agreements' },
    ]);
    expect(settings.hoverDelayMs).toBe(300);
    expect(await listen()({ type: 'cc:page-settings', host: 'news.example' })).toMatchObject({
      ok: true,
      value: { hiddenMatches: [{ site: 'news.example', page: 'news.example/2026/05/21/summit', figure: '42' }] },
    });
    const key = (first as { value: string }).value;
    expect(await listen()({ type: 'cc:unhide', key })).toEqual({ ok: true, value: true });
    expect((await readSettings()).settings.hiddenMatches).toEqual([]);
    expect((await readSettings()).settings.hoverDelayMs).toBe(300);
  });

  it('refuses malformed requests', async () => {
    expect(await listen()({ type: 'cc:page-settings' })).toEqual({ ok: false, error: 'malformed message cc:page-settings' });
    expect(await listen()({ type: 'cc:wrong-match', url: 'https://a.example/', text: 'x'.repeat(500), measureKey: 'm', measure: '', context: '' })).toEqual({
      ok: false,
      error: 'malformed message cc:wrong-match',
    });
  });
});

/** A hidden match of `site`, on `page`. */
function hidden(site: string, page: string) {
  return { site, page, figure: '42', measureKey: 'agreement', measure: 'agreements', context: 'signed 42 deals', at: '2026-05-21T10:00:00.000Z' };
}

/** The index's handlers, never called here. */
const unusedIndexHandlers = {
  'cc:index-info': () => Promise.reject(new Error('not used')),
  'cc:search': () => Promise.reject(new Error('not used')),
  'cc:check': () => Promise.reject(new Error('not used')),
};

/** The toolbar badge's handler, not used here. */
const noBadge = { 'cc:badge': () => Promise.resolve(false) };
