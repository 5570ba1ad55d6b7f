import { useState } from 'preact/hooks';
import { normalizeSite, type Settings, type VerdictSwitches } from '../../storage/settings';

/** Props of {@link SettingsForm}. */
export type SettingsFormProps = {
  settings: Settings;
  /** Applies a change; the form shows whatever `settings` says afterwards. */
  onChange: (change: (s: Settings) => Settings) => void;
};

const VERDICT_LABELS: Record<keyof VerdictSwitches, string> = {
  corroborated: 'Corroborated',
  conflicting: 'Conflicting',
  mixed: 'Mixed',
  related: 'Other event (related)',
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
      <h2 id="cc-settings-heading">Settings</h2>
      <fieldset>
        <legend>Verdicts to mark on pages</legend>
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
            {VERDICT_LABELS[v]}
          </label>
        ))}
      </fieldset>
      <label>
        Hover delay before a card opens (ms)
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
        <legend>Highlight style</legend>
        {(['underline', 'background'] as const).map((style) => (
          <label key={style}>
            <input
              type="radio"
              name="highlightStyle"
              value={style}
              checked={settings.highlightStyle === style}
              onChange={() => onChange((s) => ({ ...s, highlightStyle: style }))}
            />
            {style === 'underline' ? 'Underline' : 'Background'}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Sites where Crosscheck never runs (subdomains included)</legend>
        <ul data-testid="never-run-sites">
          {settings.neverRunSites.map((s) => (
            <li key={s}>
              {s}{' '}
              <button type="button" aria-label={`Allow ${s} again`} onClick={() => onChange((cur) => ({ ...cur, neverRunSites: cur.neverRunSites.filter((x) => x !== s) }))}>
                Remove
              </button>
            </li>
          ))}
        </ul>
        <form onSubmit={addSite}>
          <label>
            Site <input name="never-run-site" value={site} placeholder="example.com" onInput={(e) => setSite((e.currentTarget as HTMLInputElement).value)} />
          </label>
          <button type="submit">Add</button>
        </form>
      </fieldset>
      {settings.disabledSites.length > 0 && (
        <p class="cc-muted">
          Switched off from the popup: {settings.disabledSites.join(', ')}{' '}
          <button type="button" onClick={() => onChange((s) => ({ ...s, disabledSites: [] }))}>
            Switch all back on
          </button>
        </p>
      )}
    </section>
  );
}
