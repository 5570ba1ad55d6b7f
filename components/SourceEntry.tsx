import type { SourceMatch } from '../core/model';
import { fragmentSnippet, relationTitle, splitQuote, textFragmentUrl } from './card-text';
import { formatDay, t } from './i18n';

/** Props of {@link SourceEntry}. */
export type SourceEntryProps = {
  source: SourceMatch;
  /** Kept in the card but not shown until the reader asks for more sources. */
  hidden?: boolean;
};

/** Characters of a source's sentence shown each side of its figure (the link opens the rest). */
const QUOTE_CONTEXT = 64;

/**
 * One source on a fact card, compact: how it relates to the page's figure (and whether that is
 * only possible, why on pointing at "possible"), the outlet and date, its sentence with the figure
 * emphasised, the event when it is another one, and a link that opens the source scrolled to that
 * sentence. All page and source text is rendered as JSX text nodes.
 */
export function SourceEntry({ source, hidden = false }: SourceEntryProps) {
  const quote = splitQuote(source.quote, source.text, QUOTE_CONTEXT);
  const href = textFragmentUrl(source.url, fragmentSnippet(source.quote, source.text));
  return (
    <li class="cc-source" data-source={source.source} data-relation={source.relation} data-certain={String(source.certain)} hidden={hidden}>
      <div class="cc-source-head">
        <span class="cc-relation" data-relation={source.relation}>
          {relationTitle(source.relation)}
        </span>
        {!source.certain && (
          // Why it is only possible ("… (possible: the source is undated)") on pointing at it.
          <span class="cc-possible" title={source.reason || t('cardPossibleTitle')}>
            {t('cardPossible')}
          </span>
        )}
        <span class="cc-outlet">{source.outlet}</span>
        <span class="cc-date" data-undated={source.published ? undefined : 'true'}>
          {source.published ? formatDay(source.published) : t('undated')}
        </span>
      </div>
      <blockquote class="cc-quote">
        “{quote.before}
        {quote.figure && <mark>{quote.figure}</mark>}
        {quote.after}”
      </blockquote>
      {source.relation === 'related' && <p class="cc-source-reason">{source.reason}</p>}
      <a class="cc-open" href={href} target="_blank" rel="noopener noreferrer">
        {t('cardOpenSource')}
        <span class="cc-sr-only"> {t('cardOpensInNewTab', source.outlet)}</span>
        <span aria-hidden="true"> ↗</span>
      </a>
    </li>
  );
}
