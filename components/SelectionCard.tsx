import { useState } from 'preact/hooks';
import type { CheckedFigure } from '../core/model';
import { figureLabel } from '../core/text/figure-label';
import { verdictTitle } from './card-text';
import { FactCard } from './FactCard';
import { CloseButton } from './CloseButton';
import { t, tn } from './i18n';
import { VerdictIcon } from './VerdictIcon';

/** Props of {@link SelectionCard}. */
export type SelectionCardProps = {
  /** The figures of the selection that speak to a claim (possibly none). */
  figures: readonly CheckedFigure[];
  idPrefix: string;
  onClose: () => void;
};

/**
 * The card "Check with Crosscheck" opens beside a selection (docs/decisions/018): the fact card of
 * its one figure; for several, a list of them, each opening its fact card (with a way back); for
 * none, a card that says so, so the reader always gets an answer.
 */
export function SelectionCard({ figures, idPrefix, onClose }: SelectionCardProps) {
  const [open, setOpen] = useState<number | null>(figures.length === 1 ? 0 : null);
  const shown = open === null ? undefined : figures[open];
  if (shown) {
    return <FactCard figure={shown} idPrefix={`${idPrefix}-${open}`} onClose={onClose} onBack={figures.length > 1 ? () => setOpen(null) : undefined} />;
  }
  const titleId = `${idPrefix}-title`;
  return (
    <section class="cc-card cc-selection" tabIndex={-1} role="dialog" aria-labelledby={titleId} data-figures={figures.length}>
      <div class="cc-body">
        <header class="cc-head">
          <h2 class="cc-figure" id={titleId}>
            {figures.length === 0 ? t('selectionNoneTitle') : tn('selectionFigures', figures.length)}
          </h2>
          <CloseButton class="cc-close" label={t('cardClose')} onClick={onClose} />
        </header>
        {figures.length === 0 ? (
          <p class="cc-reason">{t('selectionNone')}</p>
        ) : (
          <ul class="cc-selection-figures">
            {figures.map((f, i) => (
              <li key={`${f.start}:${f.text}`}>
                <button type="button" class="cc-selection-figure" data-verdict={f.verdict} onClick={() => setOpen(i)}>
                  <span class="cc-badge" data-verdict={f.verdict}>
                    <VerdictIcon verdict={f.verdict} />
                    <span class="cc-badge-text">{verdictTitle(f.verdict)}</span>
                  </span>
                  <span class="cc-selection-label">{figureLabel(f.text, f.measure)}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
