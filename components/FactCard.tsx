import { useState } from 'preact/hooks';
import type { CheckedFigure } from '../core/model';
import { measureAfter } from '../core/text/figure-label';
import { orderSources } from './card-text';
import { CloseButton } from './CloseButton';
import { t, tn } from './i18n';
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
  /**
   * "Wrong match": the reader says this figure was matched by mistake (`byKeyboard`: pressed with a
   * key). Absent for a figure that has no mark (a selection checked from the context menu).
   */
  onWrongMatch?: (byKeyboard: boolean) => void;
  /** Back to the list of a selection's figures, when the card shows one of several. */
  onBack?: () => void;
};

/** Sources shown before "N more": the two that speak most directly to the verdict. */
export const SOURCES_SHOWN = 2;

/**
 * The fact card, compact (docs/decisions/016): the verdict and its one-line reason first, then
 * the page's figure, the two most telling sources ("N more" shows the rest, which stay in the
 * DOM, hidden), and a footer that never scrolls away with "Why this matched" and "Wrong match".
 * Props in, JSX out: positioning, focus and storage belong to the content script.
 */
export function FactCard({ figure, idPrefix, onClose, onWrongMatch, onBack }: FactCardProps) {
  const [expanded, setExpanded] = useState(false);
  const [why, setWhy] = useState(false);
  const titleId = `${idPrefix}-title`;
  const reasonId = `${idPrefix}-reason`;
  const whyId = `${idPrefix}-why`;
  const sources = orderSources(figure);
  const more = sources.length - SOURCES_SHOWN;
  return (
    <section class="cc-card" tabIndex={-1} data-verdict={figure.verdict} role="dialog" aria-labelledby={titleId} aria-describedby={reasonId}>
      <div class="cc-body">
        <header class="cc-head">
          <VerdictBadge verdict={figure.verdict} />
          <CloseButton class="cc-close" label={t('cardClose')} onClick={onClose} />
        </header>
        <p class="cc-reason" id={reasonId}>
          {figure.reason}
        </p>
        <div class="cc-title">
          <h2 class="cc-figure" id={titleId}>
            <span class="cc-sr-only">{t('cardFigureOnPage')} </span>
            {figure.text}
          </h2>
          <p class="cc-meta">{[measureAfter(figure.text, figure.measure), figure.event].filter(Boolean).join(' · ')}</p>
        </div>
        <ul class="cc-sources" aria-label={tn('cardSources', figure.sources.length)}>
          {sources.map((s, i) => (
            <SourceEntry key={`${s.source}:${s.text}:${s.value}`} source={s} hidden={!expanded && i >= SOURCES_SHOWN} />
          ))}
        </ul>
        {more > 0 && (
          <button type="button" class="cc-more" aria-expanded={expanded} onClick={() => setExpanded((e) => !e)}>
            {expanded ? t('cardFewerSources') : tn('cardMoreSources', more)}
          </button>
        )}
        {why && (
          <p class="cc-why" id={whyId}>
            <span class="cc-why-label">{t('cardWhy')}: </span>
            {figure.why}
          </p>
        )}
      </div>
      <footer class="cc-foot">
        {onBack && (
          <button type="button" class="cc-back" onClick={onBack}>
            {t('selectionBack')}
          </button>
        )}
        <button type="button" class="cc-why-toggle" aria-expanded={why} aria-controls={why ? whyId : undefined} onClick={() => setWhy((w) => !w)}>
          {t('cardWhy')}
        </button>
        {onWrongMatch && (
          <>
            <button type="button" class="cc-wrong" aria-describedby={`${idPrefix}-wrong-note`} onClick={(e) => onWrongMatch(e.detail === 0)}>
              {t('cardWrong')}
            </button>
            <span class="cc-sr-only" id={`${idPrefix}-wrong-note`}>
              {t('cardWrongNote')}
            </span>
          </>
        )}
      </footer>
    </section>
  );
}
