import type { IndexInfo } from '../../messaging/protocol';
import { t, tn } from '../i18n';
import { countsLine, formatDay } from './tally-text';

/** Props of {@link IndexSummary}. */
export type IndexSummaryProps = { info: IndexInfo | null; error?: string | null };

/** What the index holds: bundled and own sources, facts, claims with conflicts, build date. */
export function IndexSummary({ info, error }: IndexSummaryProps) {
  return (
    <section class="cc-index" aria-labelledby="cc-index-heading">
      <h2 id="cc-index-heading">{t('indexTitle')}</h2>
      {error ? (
        <p class="cc-error">{error}</p>
      ) : !info ? (
        <p class="cc-muted">{t('indexLoading')}</p>
      ) : (
        <>
          <p data-testid="index-total">{countsLine(info.total)}</p>
          <p class="cc-muted" data-testid="index-parts">
            {t('indexParts', tn('countSources', info.seed.sources), formatDay(info.builtAt), tn('countSources', info.user.sources))}
          </p>
          {info.problems.length > 0 && (
            <ul class="cc-problems" aria-label={t('indexProblems')}>
              {info.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
