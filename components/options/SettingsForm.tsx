import { useState } from 'preact/hooks';
import { normalizeSite } from '../../core/text/site-name';
import type { Settings, VerdictSwitches } from '../../storage/settings';
import { t, type MessageKey } from '../i18n';

/** Props of {@link SettingsForm}. */
export type SettingsFormProps = {
  settings: Settings;
  /** Applies a change; the form shows whatever `settings` says afterwards. */
  onChange: (change: (s: Settings) => Settings) => void;
};

const VERDICT_LABELS: Record<keyof VerdictSwitches, MessageKey> = {
  corroborated: 'settingsCorroborated',
  conflicting: 'settingsConflicting',
  mixed: 'settingsMixed',
  related: 'settingsRelated',
};

/** The settings: which verdicts to mark, hover delay, highlight style, never-run sites. */
export function SettingsForm({ settings, onChange }: SettingsFormProps) {
  const [site, setSite] = useState('');
  const addSite = (e: Event) => {
    e.preventDefault();
    const s = normalizeSite(site);
    if (!s) return;
    onChange((cur) => (cur.neverRunSites.includes(s) ? cur : { ...cur, neverRunSites: [...cur.neverRunSites, s] }));
    setSite('');
  };
  return (
    <section aria-labelledby="cc-settings-heading" class="cc-settings">
      <h2 id="cc-settings-heading">{t('settingsTitle')}</h2>
      <fieldset>
        <legend>{t('settingsVerdicts')}</legend>
        {(Object.keys(VERDICT_LABELS) as Array<keyof VerdictSwitches>).map((v) => (
          <label key={v}>
            <input
              type="checkbox"
              name={`verdict-${v}`}
              checked={settings.showVerdicts[v]}
              onChange={(e) => {
                const on = (e.currentTarget as HTMLInputElement).checked;
                onChange((s) => ({ ...s, showVerdicts: { ...s.showVerdicts, [v]: on } }));
              }}
            />
            {t(VERDICT_LABELS[v])}
          </label>
        ))}
      </fieldset>
      <label>
        {t('settingsHover')}
        <input
          type="number"
          name="hoverDelayMs"
          min={0}
          max={5000}
          step={50}
          value={settings.hoverDelayMs}
          onChange={(e) => {
            const n = Math.round(Number((e.currentTarget as HTMLInputElement).value));
            if (Number.isFinite(n) && n >= 0 && n <= 5000) onChange((s) => ({ ...s, hoverDelayMs: n }));
          }}
        />
      </label>
      <fieldset>
        <legend>{t('settingsStyle')}</legend>
        {(['underline', 'background'] as const).map((style) => (
          <label key={style}>
            <input
              type="radio"
              name="highlightStyle"
              value={style}
              checked={settings.highlightStyle === style}
              onChange={() => onChange((s) => ({ ...s, highlightStyle: style }))}
            />
            {t(style === 'underline' ? 'settingsUnderline' : 'settingsBackground')}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('settingsNeverRun')}</legend>
        <ul data-testid="never-run-sites">
          {settings.neverRunSites.map((s) => (
            <li key={s}>
              {s}{' '}
              <button type="button" aria-label={t('settingsAllowAgain', s)} onClick={() => onChange((cur) => ({ ...cur, neverRunSites: cur.neverRunSites.filter((x) => x !== s) }))}>
                {t('sourcesRemove')}
              </button>
            </li>
          ))}
        </ul>
        <form onSubmit={addSite}>
          <label>
            {t('settingsSite')} <input name="never-run-site" value={site} placeholder="example.com" onInput={(e) => setSite((e.currentTarget as HTMLInputElement).value)} />
          </label>
          <button type="submit">{t('settingsAdd')}</button>
        </form>
      </fieldset>
      {settings.disabledSites.length > 0 && (
        <p class="cc-muted">
          {t('settingsSwitchedOff', settings.disabledSites.join(', '))}{' '}
          <button type="button" onClick={() => onChange((s) => ({ ...s, disabledSites: [] }))}>
            {t('settingsSwitchAllOn')}
          </button>
        </p>
      )}
    </section>
  );
}
