import type { SourceMatch } from '../core/model';
import { RELATION_TITLE, formatPublished, fragmentSnippet, splitQuote, textFragmentUrl } from './card-text';

/** Props of {@link SourceEntry}. */
export type SourceEntryProps = { source: SourceMatch };

/**
 * One source on a fact card: how it relates to the page's figure (and whether that is only
 * possible), the outlet and date, its figure as written, its sentence with the figure emphasised,
 * the event it reports, and a link that opens the source scrolled to that sentence.
 * All page and source text is rendered as JSX text nodes.
 */
export function SourceEntry({ source }: SourceEntryProps) {
  const quote = splitQuote(source.quote, source.text);
  const href = textFragmentUrl(source.url, fragmentSnippet(source.quote, source.text));
  const date = formatPublished(source.published);
  return (
    <li class="cc-source" data-source={source.source} data-relation={source.relation} data-certain={String(source.certain)}>
      <div class="cc-source-head">
        <span class="cc-relation" data-relation={source.relation}>
          {RELATION_TITLE[source.relation]}
        </span>
        {!source.certain && (
          <span class="cc-possible" title="One side is undated, so this relation is only possible">
            possible
          </span>
        )}
        <span class="cc-outlet">{source.outlet}</span>
        <span class="cc-date" data-undated={source.published ? undefined : 'true'}>
          {date}
        </span>
      </div>
      <p class="cc-source-figure">
        Reports <strong>{source.text}</strong>
        <span class="cc-event"> · {source.event}</span>
      </p>
      <blockquote class="cc-quote">
        “{quote.before}
        {quote.figure && <mark>{quote.figure}</mark>}
        {quote.after}”
      </blockquote>
      {source.reason && <p class="cc-source-reason">{source.reason}</p>}
      <a class="cc-open" href={href} target="_blank" rel="noopener noreferrer">
        Open at this sentence
        <span class="cc-sr-only">
          {' '}
          in {source.outlet} (opens in a new tab)
        </span>
        <span aria-hidden="true"> ↗</span>
      </a>
    </li>
  );
}
