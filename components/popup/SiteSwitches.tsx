import { t, tAround } from '../i18n';

/** Props of {@link SiteSwitches}. */
export type SiteSwitchesProps = {
  /** The current tab's site, or null when it is not a web page. */
  hostname: string | null;
  /** Whether Crosscheck runs on this site (ignoring the global pause). */
  siteOn: boolean;
  /** Whether the site is on the options page's never-run list (the switch cannot turn it on). */
  neverRun: boolean;
  /** False when paused everywhere. */
  enabled: boolean;
  onSiteChange: (on: boolean) => void;
  onEnabledChange: (enabled: boolean) => void;
};

/** The two switches: Crosscheck on this site, and pause everywhere. Both act at once on open tabs. */
export function SiteSwitches({ hostname, siteOn, neverRun, enabled, onSiteChange, onEnabledChange }: SiteSwitchesProps) {
  const [onFor, afterSite] = tAround('popupOnFor');
  return (
    <section class="cc-switches" aria-label={t('popupSwitches')}>
      {hostname && (
        <label class="cc-switch">
          <input
            type="checkbox"
            role="switch"
            checked={siteOn && !neverRun}
            disabled={neverRun}
            onChange={(e) => onSiteChange((e.currentTarget as HTMLInputElement).checked)}
          />
          <span>
            {onFor}
            <strong>{hostname}</strong>
            {afterSite}
            {neverRun && <span class="cc-muted"> {t('popupNeverRun')}</span>}
          </span>
        </label>
      )}
      <label class="cc-switch">
        <input
          type="checkbox"
          role="switch"
          checked={!enabled}
          onChange={(e) => onEnabledChange(!(e.currentTarget as HTMLInputElement).checked)}
        />
        <span>{t('popupPause')}</span>
      </label>
    </section>
  );
}
