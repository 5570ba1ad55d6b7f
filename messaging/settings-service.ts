/**
 * The background's answers about the settings to content scripts (docs/decisions/010): each page
 * asks for the settings as it sees them (`cc:page-settings`), so no page reads or validates the
 * stored settings itself, and "wrong match" reports are written here (`cc:wrong-match`), the one
 * place that holds the settings' schema. Dependencies are passed in so tests can use fake storage.
 */
import { pageSettingsOf, wrongMatchKey } from '../storage/sites';
import { readSettings, updateSettings, type Settings } from '../storage/settings';
import type { BackgroundHandlers } from './protocol';

/** What the service needs: validated settings, and a read-modify-write of them. */
export interface SettingsServiceDeps {
  read: () => Promise<Settings>;
  update: (change: (current: Settings) => Settings) => Promise<Settings>;
}

/** Creates the `cc:page-settings` and `cc:wrong-match` handlers. */
export function createSettingsService(deps: SettingsServiceDeps): Pick<BackgroundHandlers, 'cc:page-settings' | 'cc:wrong-match'> {
  return {
    'cc:page-settings': async ({ host }) => pageSettingsOf(await deps.read(), host),
    'cc:wrong-match': async ({ host, text, measureKey }) => {
      const key = wrongMatchKey(host, text, measureKey);
      const next = await deps.update((s) => (s.wrongMatches.includes(key) ? s : { ...s, wrongMatches: [...s.wrongMatches, key] }));
      return next.wrongMatches.includes(key);
    },
  };
}

/** The service over the extension's own storage (the background's, and tests' with the fake browser). */
export function storedSettingsService(): Pick<BackgroundHandlers, 'cc:page-settings' | 'cc:wrong-match'> {
  return createSettingsService({ read: async () => (await readSettings()).settings, update: updateSettings });
}
