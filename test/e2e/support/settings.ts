/**
 * Reads and writes the extension's settings from a test, through the service worker's
 * `chrome.storage.local` (WXT's `local:settings` is the `settings` key there).
 */
import type { Worker } from 'playwright-core';

/** The settings object as stored (see storage/settings.ts). */
export type StoredSettings = Record<string, unknown>;

/** The defaults of storage/settings.ts, kept here so tests need not import the extension's code. */
export const DEFAULT_STORED_SETTINGS = {
  schemaVersion: 2,
  enabled: true,
  disabledSites: [] as string[],
  neverRunSites: [] as string[],
  showVerdicts: { corroborated: true, conflicting: true, mixed: true, related: true },
  hoverDelayMs: 150,
  highlightStyle: 'underline',
  hiddenMatches: [] as Array<Record<string, string>>,
};

/** Writes the settings (the defaults, overridden by `patch`). */
export async function writeSettings(sw: Worker, patch: Partial<typeof DEFAULT_STORED_SETTINGS>): Promise<void> {
  const value = { ...DEFAULT_STORED_SETTINGS, ...patch };
  await sw.evaluate(async (v) => {
    await (globalThis as unknown as { chrome: { storage: { local: { set(x: object): Promise<void> } } } }).chrome.storage.local.set({ settings: v });
  }, value);
}

/** Reads the stored settings (undefined when never written). */
export async function readStoredSettings(sw: Worker): Promise<StoredSettings | undefined> {
  return sw.evaluate(async () => {
    const got = await (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get('settings');
    return got.settings as Record<string, unknown> | undefined;
  });
}
