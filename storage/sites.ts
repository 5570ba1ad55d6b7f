/**
 * What the settings say about one site, without zod or the storage API: hostnames as the
 * settings store them, whether Crosscheck runs on a site, and {@link PageSettings}, the part of
 * the settings one page needs (with that site's "wrong match" reports, `hidden-matches.ts`). The content script imports this
 * module (its bundle carries no schema library: the background validates the stored settings and
 * sends each page its part, docs/decisions/010); `storage/settings.ts` re-exports it.
 */
import { normalizeSite } from '../core/text/site-name';
import type { HiddenMatchRef } from './hidden-matches';
import type { Settings, VerdictSwitches } from './settings';

export { SETTINGS_STORAGE_KEY } from './settings-key';

export { normalizeSite };

/** Whether `hostname` is `site` or one of its subdomains. */
export function siteMatches(site: string, hostname: string): boolean {
  const s = normalizeSite(site);
  const h = normalizeSite(hostname);
  return s !== '' && (h === s || h.endsWith(`.${s}`));
}

/** Whether Crosscheck should mark figures on `hostname` with these settings. */
export function isActiveOn(settings: Pick<Settings, 'enabled' | 'neverRunSites' | 'disabledSites'>, hostname: string): boolean {
  if (!settings.enabled) return false;
  if (settings.neverRunSites.some((s) => siteMatches(s, hostname))) return false;
  return !settings.disabledSites.some((s) => normalizeSite(s) === normalizeSite(hostname));
}

/** Whether the reader switched this exact site off from the popup. */
export function isSiteDisabled(settings: Pick<Settings, 'disabledSites'>, hostname: string): boolean {
  return settings.disabledSites.some((s) => normalizeSite(s) === normalizeSite(hostname));
}

/** Settings with `hostname` switched on or off ("on/off for this site"). */
export function withSiteEnabled(settings: Settings, hostname: string, on: boolean): Settings {
  const host = normalizeSite(hostname);
  const rest = settings.disabledSites.filter((s) => normalizeSite(s) !== host);
  return { ...settings, disabledSites: on ? rest : [...rest, host] };
}

/**
 * The settings as one page sees them: whether Crosscheck runs there, how marks look and behave,
 * and the reader's wrong-match reports for that site only (other sites' reports stay in the
 * background).
 */
export interface PageSettings {
  active: boolean;
  showVerdicts: VerdictSwitches;
  hoverDelayMs: number;
  highlightStyle: Settings['highlightStyle'];
  /** This site's "wrong match" reports (each names its page; see `hidden-matches.ts`). */
  hiddenMatches: HiddenMatchRef[];
}

/** The part of (validated) `settings` the page on `hostname` needs. */
export function pageSettingsOf(settings: Settings, hostname: string): PageSettings {
  const site = normalizeSite(hostname);
  return {
    active: isActiveOn(settings, hostname),
    showVerdicts: { ...settings.showVerdicts },
    hoverDelayMs: settings.hoverDelayMs,
    highlightStyle: settings.highlightStyle,
    hiddenMatches: settings.hiddenMatches
      .filter((h) => h.site === site)
      .map(({ site: s, page, figure, measureKey, context }) => ({ site: s, page, figure, measureKey, context })),
  };
}
