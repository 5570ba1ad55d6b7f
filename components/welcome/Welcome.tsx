import { createElement } from 'preact';
import type { Verdict } from '../../core/model';
import { t, tAround } from '../i18n';

/** A keyboard command as the browser has it bound now. */
export interface Shortcut {
  /** The command's name (`_execute_action`, `toggle-site`, `next-mark`). */
  name: string;
  description: string;
  /** The keys, as the browser writes them ("Alt+Shift+N"); empty when unbound. */
  keys: string;
}

/** Props of {@link Welcome}. */
export type WelcomeProps = {
  shortcuts: readonly Shortcut[];
  onOpenOptions: () => void;
};

/** The legend's rows: a sample figure in each verdict's mark, and what it means. */
const LEGEND: ReadonlyArray<{ verdict: Verdict; sample: string; title: Parameters<typeof t>[0]; text: Parameters<typeof t>[0] }> = [
  { verdict: 'corroborated', sample: '40 agreements', title: 'legendCorroboratedTitle', text: 'legendCorroborated' },
  { verdict: 'conflicting', sample: '42 agreements', title: 'legendConflictingTitle', text: 'legendConflicting' },
  { verdict: 'mixed', sample: 'Forty agreements', title: 'legendMixedTitle', text: 'legendMixed' },
  { verdict: 'related', sample: 'more than 20', title: 'legendRelatedTitle', text: 'legendRelated' },
];

/** The popup's command, named differently in Chrome (MV3) and Firefox (MV2). */
const POPUP_COMMANDS = new Set(['_execute_action', '_execute_browser_action']);

/**
 * The first-run page: what the four marks mean (drawn as real `<crosscheck-mark>` elements, so the
 * legend shows exactly what pages show), what stays on this device, how to add sources, and the
 * keyboard commands. Props in, JSX out: the entry point injects the marks' style.
 */
export function Welcome({ shortcuts, onOpenOptions }: WelcomeProps) {
  const [selectBefore, selectAfter] = tAround('welcomeSelection');
  return (
    <main class="cc-welcome">
      <header class="cc-welcome-head">
        <img src="/icon/128.png" alt="" />
        <div>
          <h1>{t('welcomeTitle')}</h1>
          <p class="cc-lede">{t('welcomeLede')}</p>
        </div>
      </header>

      <section aria-labelledby="legend">
        <h2 id="legend">{t('legendTitle')}</h2>
        <ul class="cc-legend" data-testid="legend">
          {LEGEND.map((row) => (
            <li key={row.verdict} data-verdict={row.verdict}>
              <span class="cc-sample">{createElement('crosscheck-mark', { 'data-verdict': row.verdict }, row.sample)}</span>
              <span>
                <strong>{t(row.title)}</strong>
                {t(row.text)}
              </span>
            </li>
          ))}
        </ul>
        <p class="cc-legend-note">{t('legendOpen')}</p>
      </section>

      <section aria-labelledby="cc-private">
        <h2 id="cc-private">{t('privateTitle')}</h2>
        <ul class="cc-points">
          <li>{t('privateNoNetwork')}</li>
          <li>{t('privateOnDevice')}</li>
          <li>{t('privateCheckedInside')}</li>
          <li>{t('privateOffTopic')}</li>
        </ul>
      </section>

      <section aria-labelledby="cc-sources">
        <h2 id="cc-sources">{t('sourcesTitle')}</h2>
        <ol class="cc-steps">
          <li>{t('sourcesStepOpen')}</li>
          <li>{t('sourcesStepReview')}</li>
          <li>{t('sourcesStepSave')}</li>
        </ol>
        <p>
          {t('sourcesPacks')}{' '}
          <button type="button" class="cc-link-button" onClick={onOpenOptions}>
            {t('popupSettings')}
          </button>
        </p>
        <p>
          {selectBefore}
          <strong>{t('menuCheck')}</strong>
          {selectAfter}
        </p>
      </section>

      <section aria-labelledby="cc-keys">
        <h2 id="cc-keys">{t('keysTitle')}</h2>
        <table class="cc-keys" data-testid="shortcuts">
          <tbody>
            {shortcuts.map((s) => (
              <tr key={s.name} data-command={s.name}>
                <td>{s.keys ? <kbd>{s.keys}</kbd> : <span class="cc-muted">{t('keysUnbound')}</span>}</td>
                <td>{POPUP_COMMANDS.has(s.name) ? t('commandPopup') : s.description}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p class="cc-muted">{t('keysChange')}</p>
      </section>
    </main>
  );
}
