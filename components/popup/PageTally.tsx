import type { PageSummary } from '../../messaging/protocol';
import { VerdictBadge } from '../VerdictBadge';
import { tallyLine } from './tally-text';

/** Props of {@link PageTally}. */
export type PageTallyProps = {
  /** The content script's answer; null while waiting or when the page cannot be checked. */
  summary: PageSummary | null;
  /** Why there is no summary ("Crosscheck does not run on this page"), if known. */
  unavailable?: string | null;
  /** Scrolls the page to a figure's mark and opens its card. */
  onReveal: (id: string) => void;
};

/** The current page at a glance: the tally, then one button per checked figure. */
export function PageTally({ summary, unavailable, onReveal }: PageTallyProps) {
  return (
    <section class="cc-page" aria-labelledby="cc-page-heading">
      <h2 id="cc-page-heading">This page</h2>
      {!summary ? (
        <p class="cc-muted">{unavailable ?? 'Reading the page…'}</p>
      ) : summary.paused ? (
        <p class="cc-muted" data-testid="tally">
          Crosscheck is off on this page.
        </p>
      ) : (
        <>
          <p data-testid="tally">{tallyLine(summary)}</p>
          {summary.figures.length > 0 && (
            <ul class="cc-figures">
              {summary.figures.map((f) => (
                <li key={f.id}>
                  <button type="button" class="cc-figure" data-verdict={f.verdict} onClick={() => onReveal(f.id)}>
                    <VerdictBadge verdict={f.verdict} />
                    <span class="cc-figure-text">
                      <strong>{f.text}</strong> {f.measure}
                    </span>
                    <span class="cc-figure-reason">{f.reason}</span>
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
