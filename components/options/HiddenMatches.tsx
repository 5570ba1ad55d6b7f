import { figureLabel } from '../../core/text/figure-label';
import type { HiddenMatch } from '../../storage/hidden-matches';
import { formatDay, t, tn } from '../i18n';

/** Props of {@link HiddenMatches}. */
export type HiddenMatchesProps = {
  /** Every "wrong match" report, oldest first. */
  hidden: readonly HiddenMatch[];
  /** One string per report (`hiddenMatchKey`): the list's keys, and what `onRestore` is given. */
  keyOf: (h: HiddenMatch) => string;
  /** Shows a hidden figure again (its key); open tabs of its page mark it at once. */
  onRestore: (key: string) => void;
};

/**
 * The figures the reader hid with "Wrong match", newest first, each with its page, the words
 * around it and a "Restore" button (docs/decisions/014). A report kept from before reports named
 * their page covers its whole site, and says so.
 */
export function HiddenMatches({ hidden, keyOf, onRestore }: HiddenMatchesProps) {
  const newest = [...hidden].reverse();
  return (
    <section aria-labelledby="cc-hidden-heading">
      <h2 id="cc-hidden-heading">{t('hiddenTitle')}</h2>
      {newest.length === 0 ? (
        <p class="cc-muted">{t('hiddenNone')}</p>
      ) : (
        <>
          <p class="cc-muted">{tn('hiddenCount', newest.length)}</p>
          <ul class="cc-hidden-list" data-testid="hidden-matches">
            {newest.map((h) => {
              const label = figureLabel(h.figure, h.measure);
              const where = h.page || t('hiddenWholeSite', h.site);
              return (
                <li key={keyOf(h)} data-page={h.page} data-figure={h.figure}>
                  <strong>{label}</strong> <span class="cc-muted">· {where} · {t('hiddenOn', formatDay(h.at))}</span>
                  {h.context && <blockquote>“{h.context}”</blockquote>}
                  <button type="button" onClick={() => onRestore(keyOf(h))} aria-label={t('hiddenRestoreLabel', label, where)}>
                    {t('hiddenRestore')}
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
