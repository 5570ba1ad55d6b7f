/**
 * The background's answers about the settings to content scripts (docs/decisions/010): each page
 * asks for the settings as it sees them (`cc:page-settings`), so no page reads or validates the
 * stored settings itself, and "wrong match" reports are written here (`cc:wrong-match`, undone by
 * `cc:unhide`: docs/decisions/014), the one place that holds the settings' schema. Dependencies
 * are passed in so tests can use fake storage.
 */
import { hiddenMatchKey, hiddenMatchOf } from '../storage/hidden-matches';
import { pageSettingsOf } from '../storage/sites';
import { readSettings, updateSettings, type Settings } from '../storage/settings';
import type { BackgroundHandlers } from '../messaging/protocol';

/** The requests this service answers. */
type SettingsHandlers = Pick<BackgroundHandlers, 'cc:page-settings' | 'cc:wrong-match' | 'cc:unhide'>;

/** What the service needs: validated settings, and a read-modify-write of them. */
export interface SettingsServiceDeps {
  read: () => Promise<Settings>;
  update: (change: (current: Settings) => Settings) => Promise<Settings>;
}

/** Creates the `cc:page-settings`, `cc:wrong-match` and `cc:unhide` handlers. */
export function createSettingsService(deps: SettingsServiceDeps): SettingsHandlers {
  const has = (s: Settings, key: string) => s.hiddenMatches.some((h) => hiddenMatchKey(h) === key);
  return {
    'cc:page-settings': async ({ host }) => pageSettingsOf(await deps.read(), host),
    'cc:wrong-match': async ({ url, text, measureKey, measure, context }) => {
      const report = hiddenMatchOf(url, { text, measureKey, measure, context });
      const key = hiddenMatchKey(report);
      const next = await deps.update((s) => (has(s, key) ? s : { ...s, hiddenMatches: [...s.hiddenMatches, report] }));
      if (!has(next, key)) throw new Error('the report could not be stored');
      return key;
    },
    'cc:unhide': async ({ key }) => {
      const next = await deps.update((s) => (has(s, key) ? { ...s, hiddenMatches: s.hiddenMatches.filter((h) => hiddenMatchKey(h) !== key) } : s));
      return !has(next, key);
    },
  };
}

/** The service over the extension's own storage (the background's, and tests' with the fake browser). */
export function storedSettingsService(): SettingsHandlers {
  return createSettingsService({ read: async () => (await readSettings()).settings, update: updateSettings });
}
