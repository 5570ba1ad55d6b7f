import type { IndexedSource, SourceFacts } from '../../core/model';
import { formatDay, t, tn } from '../i18n';

/** Props of {@link SourceList}. */
export type SourceListProps = {
  /** The bundled seed pack's sources (read-only). */
  seed: IndexedSource[];
  /** How many facts each seed source gave, by file. */
  seedFacts: Record<string, number>;
  /** The reader's own sources. */
  user: SourceFacts[];
  onRemove: (file: string) => void;
};

function SourceLine({ source, facts }: { source: IndexedSource; facts: number }) {
  return (
    <>
      <a href={source.url} target="_blank" rel="noreferrer noopener">
        {source.title}
      </a>
      <span class="cc-muted">
        {' '}
        — {source.outlet}, {source.published ? formatDay(source.published) : t('undated')}
        {source.place ? `, ${source.place}` : ''} · {tn('countFacts', facts)}
      </span>
    </>
  );
}

/** The sources in use: the bundled pack (read-only) and the reader's own (removable). */
export function SourceList({ seed, seedFacts, user, onRemove }: SourceListProps) {
  return (
    <section aria-labelledby="cc-sources-heading">
      <h2 id="cc-sources-heading">{t('sourcesInUse')}</h2>
      <h3>{t('sourcesYours', user.length)}</h3>
      {user.length === 0 ? (
        <p class="cc-muted">{t('sourcesNone')}</p>
      ) : (
        <ul class="cc-source-list" data-testid="user-sources">
          {user.map((e) => (
            <li key={e.source.file} data-file={e.source.file}>
              <SourceLine source={e.source} facts={e.facts.length} />{' '}
              <button type="button" onClick={() => onRemove(e.source.file)} aria-label={t('sourcesRemoveLabel', e.source.title)}>
                {t('sourcesRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <h3>{t('sourcesBundled', seed.length)}</h3>
      <ul class="cc-source-list" data-testid="seed-sources">
        {seed.map((s) => (
          <li key={s.file}>
            <SourceLine source={s} facts={seedFacts[s.file] ?? 0} />
          </li>
        ))}
      </ul>
    </section>
  );
}
