import { useRef } from 'preact/hooks';
import type { PageSummary } from '../../messaging/protocol';
import { verdictShort, verdictTitle } from '../card-text';
import { t } from '../i18n';
import { VerdictIcon } from '../VerdictIcon';
import { tallyLine, tallyRows } from './tally-text';

/** Props of {@link PageTally}. */
export type PageTallyProps = {
  /** The content script's answer; null while waiting or when the page cannot be checked. */
  summary: PageSummary | null;
  /** Why there is no summary ("Crosscheck does not run on this page"), if known. */
  unavailable?: string | null;
  /** Scrolls the page to a figure's mark and opens its card. */
  onReveal: (id: string) => void;
};

/**
 * The current page at a glance: the tally, then one short row per distinct figure (conflicts
 * first, "×2" when the page states it twice) that reveals it on the page; a row pressed again
 * reveals its next occurrence.
 */
export function PageTally({ summary, unavailable, onReveal }: PageTallyProps) {
  // Which occurrence each row reveals next (kept across renders: the popup refreshes its summary).
  const next = useRef(new Map<string, number>()).current;
  return (
    <section class="cc-page" aria-labelledby="cc-page-heading">
      <h2 id="cc-page-heading">{t('popupThisPage')}</h2>
      {!summary ? (
        <p class="cc-muted">{unavailable ?? t('popupReading')}</p>
      ) : summary.paused ? (
        <p class="cc-muted" data-testid="tally">
          {t('popupPaused')}
        </p>
      ) : (
        <>
          <p data-testid="tally">{tallyLine(summary)}</p>
          {summary.figures.length > 0 && (
            <ul class="cc-figures">
              {tallyRows(summary.figures).map((row) => (
                <li key={row.ids[0]}>
                  <button
                    type="button"
                    class="cc-figure"
                    data-verdict={row.verdict}
                    title={row.reason}
                    aria-label={`${row.label}: ${verdictTitle(row.verdict)}${row.ids.length > 1 ? ` (${t('popupTimes', row.ids.length)})` : ''}`}
                    onClick={() => {
                      const at = next.get(row.label) ?? 0;
                      next.set(row.label, (at + 1) % row.ids.length);
                      onReveal(row.ids[at]!);
                    }}
                  >
                    <span class="cc-badge" data-verdict={row.verdict}>
                      <VerdictIcon verdict={row.verdict} />
                    </span>
                    <span class="cc-figure-text">{row.label}</span>
                    {row.ids.length > 1 && (
                      <span class="cc-times" aria-label={t('popupTimes', row.ids.length)}>
                        ×{row.ids.length}
                      </span>
                    )}
                    <span class="cc-figure-verdict" data-verdict={row.verdict}>
                      {verdictShort(row.verdict)}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
