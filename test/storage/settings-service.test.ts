/**
 * The background's answers about the settings to content scripts (docs/decisions/010): a page
 * gets its own part of the validated settings, and "wrong match" reports are written once, by the
 * background, whatever the stored value looked like.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createBackgroundListener } from '../../messaging/protocol';
import { storedSettingsService } from '../../messaging/settings-service';
import { DEFAULT_SETTINGS, readSettings, updateSettings, pageSettingsOf, withSiteEnabled } from '../../storage/settings';

beforeEach(() => fakeBrowser.reset());

describe('pageSettingsOf', () => {
  it("gives one site's part: whether it runs there, how marks look, and only that site's reports", () => {
    const settings = {
      ...withSiteEnabled({ ...DEFAULT_SETTINGS }, 'off.example', false),
      hoverDelayMs: 400,
      highlightStyle: 'background' as const,
      showVerdicts: { corroborated: true, conflicting: true, mixed: false, related: true },
      wrongMatches: ['news.example|42|agreement', 'other.example|40|agreement', 'news.example.evil|1|x'],
    };
    expect(pageSettingsOf(settings, 'www.news.example')).toEqual({
      active: true,
      showVerdicts: { corroborated: true, conflicting: true, mixed: false, related: true },
      hoverDelayMs: 400,
      highlightStyle: 'background',
      wrongMatches: ['news.example|42|agreement'],
    });
    expect(pageSettingsOf(settings, 'off.example').active).toBe(false);
    expect(pageSettingsOf({ ...settings, enabled: false }, 'news.example').active).toBe(false);
  });
});

describe('the settings service', () => {
  const listen = () => createBackgroundListener({ ...unusedIndexHandlers, ...storedSettingsService() });

  it('answers cc:page-settings from validated storage (a bad field falls back to its default)', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, hoverDelayMs: 'slow', disabledSites: ['a.example'] } });
    expect(await listen()({ type: 'cc:page-settings', host: 'a.example' })).toEqual({
      ok: true,
      value: { active: false, showVerdicts: DEFAULT_SETTINGS.showVerdicts, hoverDelayMs: 150, highlightStyle: 'underline', wrongMatches: [] },
    });
  });

  it('stores a wrong-match report once, keyed by site, figure and measure, keeping the other settings', async () => {
    await updateSettings((s) => ({ ...s, hoverDelayMs: 300 }));
    const report = { type: 'cc:wrong-match', host: 'www.News.example', text: ' 42 ', measureKey: 'agreement' };
    expect(await listen()(report)).toEqual({ ok: true, value: true });
    expect(await listen()(report)).toEqual({ ok: true, value: true });
    const { settings } = await readSettings();
    expect(settings.wrongMatches).toEqual(['news.example|42|agreement']);
    expect(settings.hoverDelayMs).toBe(300);
    expect((await listen()({ type: 'cc:page-settings', host: 'news.example' }))).toMatchObject({ ok: true, value: { wrongMatches: ['news.example|42|agreement'] } });
  });

  it('refuses malformed requests', async () => {
    expect(await listen()({ type: 'cc:page-settings' })).toEqual({ ok: false, error: 'malformed message cc:page-settings' });
    expect(await listen()({ type: 'cc:wrong-match', host: 'a', text: 'x'.repeat(500), measureKey: 'm' })).toEqual({ ok: false, error: 'malformed message cc:wrong-match' });
  });
});

/** The index's handlers, never called here. */
const unusedIndexHandlers = {
  'cc:index-info': () => Promise.reject(new Error('not used')),
  'cc:search': () => Promise.reject(new Error('not used')),
  'cc:check': () => Promise.reject(new Error('not used')),
};
