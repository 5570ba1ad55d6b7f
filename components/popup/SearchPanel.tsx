import { useEffect, useRef, useState } from 'preact/hooks';
import type { SearchResultGroup } from '../../core/search/search-facts';
import { t, tn } from '../i18n';
import { formatDay } from './tally-text';

// Preact's input typings only accept role="combobox" together with a `list` attribute (a
// datalist); ARIA 1.2 wants it on a plain text input controlling a listbox.
const COMBOBOX_ROLE = { role: 'combobox' } as Record<string, string>;

/** Props of {@link SearchPanel}. */
export type SearchPanelProps = {
  /** Runs a search; the panel keeps only the answer to the latest query. */
  search: (query: string) => Promise<SearchResultGroup[]>;
  /** Initial query (tests, restoring the popup). */
  initialQuery?: string;
};

/**
 * The search box over every fact: a combobox with a listbox of claims. Arrow keys move through
 * the results, Enter opens the active claim's sources below the list, Escape clears. The number
 * of results is announced through a polite live region.
 */
export function SearchPanel({ search, initialQuery = '' }: SearchPanelProps) {
  const [query, setQuery] = useState(initialQuery);
  const [results, setResults] = useState<SearchResultGroup[]>([]);
  const [searched, setSearched] = useState(false);
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const seq = useRef(0);

  useEffect(() => {
    const mine = ++seq.current;
    if (!query.trim()) {
      setResults([]);
      setSearched(false);
      setActive(-1);
      setOpen(null);
      return;
    }
    search(query).then(
      (r) => {
        if (mine !== seq.current) return;
        setResults(r);
        setSearched(true);
        setError(null);
        setActive(r.length ? 0 : -1);
        setOpen(null);
      },
      (err: unknown) => {
        if (mine !== seq.current) return;
        setError(err instanceof Error ? err.message : String(err));
      },
    );
  }, [query, search]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' && results.length) {
      e.preventDefault();
      setActive((a) => (a + 1) % results.length);
    } else if (e.key === 'ArrowUp' && results.length) {
      e.preventDefault();
      setActive((a) => (a <= 0 ? results.length - 1 : a - 1));
    } else if (e.key === 'Enter' && active >= 0) {
      e.preventDefault();
      const id = results[active]!.claimId;
      setOpen((o) => (o === id ? null : id));
    } else if (e.key === 'Escape' && query) {
      e.preventDefault();
      setQuery('');
    }
  };

  const opened = results.find((r) => r.claimId === open) ?? null;
  const listId = 'cc-search-results';
  const optionId = (i: number) => `cc-result-${i}`;
  const status = error
    ? t('searchFailed', error)
    : !searched
      ? ''
      : results.length
        ? opened
          ? t('searchFoundShowing', tn('searchFound', results.length), opened.title)
          : tn('searchFound', results.length)
        : t('searchNone');

  return (
    <section class="cc-search" aria-label={t('searchTitle')}>
      <label class="cc-label" for="cc-search-input">
        {t('searchTitle')}
      </label>
      <input
        id="cc-search-input"
        type="search"
        {...COMBOBOX_ROLE}
        autocomplete="off"
        spellcheck={false}
        placeholder={t('searchPlaceholder')}
        aria-autocomplete="list"
        aria-controls={listId}
        aria-expanded={results.length > 0}
        aria-activedescendant={active >= 0 ? optionId(active) : undefined}
        value={query}
        onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
        onKeyDown={onKeyDown}
      />
      <p class="cc-status" role="status" aria-live="polite" data-testid="search-status">
        {status}
      </p>
      <ul id={listId} role="listbox" aria-label={t('searchResults')} class="cc-results" hidden={!results.length}>
        {results.map((r, i) => (
          <li
            key={r.claimId}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            data-open={open === r.claimId ? 'true' : undefined}
            aria-controls={open === r.claimId ? 'cc-claim-sources' : undefined}
            class="cc-result"
            data-claim={r.claimId}
            data-conflicting={r.conflicting ? 'true' : undefined}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => {
              setActive(i);
              setOpen((o) => (o === r.claimId ? null : r.claimId));
            }}
          >
            <span class="cc-result-title">{r.title}</span>
            <span class="cc-result-spread">{r.spread}</span>
            {r.conflicting && <span class="cc-tag cc-tag-conflict">{t('searchConflict')}</span>}
          </li>
        ))}
      </ul>
      {opened && <ClaimSources group={opened} />}
    </section>
  );
}

/** Props of {@link ClaimSources}. */
export type ClaimSourcesProps = { group: SearchResultGroup };

/** The sources of one claim: outlet, date, figure, sentence and a link to the article. */
export function ClaimSources({ group }: ClaimSourcesProps) {
  return (
    <section id="cc-claim-sources" class="cc-claim-sources" aria-label={t('searchSourcesOf', group.title)} data-testid="claim-sources">
      <h3>{group.title}</h3>
      <ul>
        {group.facts.map((f) => (
          <li key={f.factId} class="cc-claim-source">
            <div>
              <strong>{f.text}</strong> · {f.outlet} · <span class="cc-date">{f.published ? formatDay(f.published) : t('undated')}</span>
              {f.role === 'part' && <span class="cc-tag">{f.note ? t('searchPartOf', f.note) : t('searchPart')}</span>}
            </div>
            <blockquote>{f.sentence}</blockquote>
            {f.url && (
              <a href={f.url} target="_blank" rel="noreferrer noopener">
                {f.title || f.url}
              </a>
            )}
          </li>
        ))}
      </ul>
      {group.factCount > group.facts.length && <p class="cc-muted">{tn('searchMore', group.factCount - group.facts.length)}</p>}
    </section>
  );
}
