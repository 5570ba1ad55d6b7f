import type { CheckedFigure } from '../core/model';
import { orderSources, relationCounts } from './card-text';
import { SourceEntry } from './SourceEntry';
import { VerdictBadge } from './VerdictBadge';

/** Props of {@link FactCard}. */
export type FactCardProps = {
  /** The page's checked figure the card is about. */
  figure: CheckedFigure;
  /** A prefix for element ids, unique on the page, so `aria-labelledby` resolves. */
  idPrefix: string;
  /** Closes the card (the close button). */
  onClose: () => void;
  /** "Wrong match": the reader says this figure was matched by mistake. */
  onWrongMatch: () => void;
};

/**
 * The fact card: the page's figure, its verdict with the one-line reason, each source with its
 * relation, a "why this matched" line and a "wrong match" button. Props in, JSX out: positioning,
 * focus and storage belong to the content script.
 */
export function FactCard({ figure, idPrefix, onClose, onWrongMatch }: FactCardProps) {
  const counts = relationCounts(figure.sources);
  const titleId = `${idPrefix}-title`;
  const reasonId = `${idPrefix}-reason`;
  return (
    <section class="cc-card" tabIndex={-1} data-verdict={figure.verdict} role="dialog" aria-labelledby={titleId} aria-describedby={reasonId}>
      <header class="cc-head">
        <span class="cc-brand">Crosscheck</span>
        <button type="button" class="cc-close" aria-label="Close card" onClick={onClose}>
          <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
            <path d="M3.5 3.5l9 9m0-9l-9 9" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" />
          </svg>
        </button>
      </header>
      <h2 class="cc-figure" id={titleId}>
        <span class="cc-sr-only">Figure on this page: </span>
        {figure.text}
      </h2>
      {(figure.measure || figure.event) && (
        <p class="cc-meta">{[figure.measure, figure.event].filter(Boolean).join(' · ')}</p>
      )}
      <p class="cc-verdict">
        <VerdictBadge verdict={figure.verdict} />
      </p>
      <p class="cc-reason" id={reasonId}>
        {figure.reason}
      </p>
      <h3 class="cc-sources-title">
        {figure.sources.length === 1 ? '1 source' : `${figure.sources.length} sources`}
        <span class="cc-counts">
          {counts.corroborates > 0 && ` · ${counts.corroborates} corroborate${counts.corroborates === 1 ? 's' : ''}`}
          {counts.conflicts > 0 && ` · ${counts.conflicts} conflict${counts.conflicts === 1 ? 's' : ''}`}
          {counts.related > 0 && ` · ${counts.related} other event${counts.related === 1 ? '' : 's'}`}
        </span>
      </h3>
      <ul class="cc-sources">
        {orderSources(figure).map((s) => (
          <SourceEntry key={`${s.source}:${s.text}:${s.value}`} source={s} />
        ))}
      </ul>
      <p class="cc-why">
        <span class="cc-why-label">Why this matched: </span>
        {figure.why}
      </p>
      <footer class="cc-foot">
        <button type="button" class="cc-wrong" aria-describedby={`${idPrefix}-wrong-note`} onClick={onWrongMatch}>
          Wrong match
        </button>
        <span class="cc-foot-note" id={`${idPrefix}-wrong-note`}>Hides this mark on this page and remembers it on this device.</span>
      </footer>
    </section>
  );
}
