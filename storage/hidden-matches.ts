/**
 * "Wrong match" reports as the settings keep them (`hiddenMatches`, settings version 2): one
 * figure on one page, as the card promises, not every such figure on the whole site
 * (docs/decisions/014). A report names the page by its canonical address and the figure by its
 * text, its measure and the words around it, so the headline's "42" and the body's "42" are two
 * figures. No zod here: the content script imports this module; the settings' schema
 * (`settings.ts`) validates the stored list.
 */
import { canonicalAddress } from '../core/match/self-source';
import { BLOCK_BREAK } from '../core/match/check-pieces';
import { normalizeSite } from '../core/text/site-name';

/** One figure the reader hid with "Wrong match". */
export interface HiddenMatch {
  /** The site (`normalizeSite`), so each page is sent only its own site's reports. */
  site: string;
  /**
   * The page's canonical address (`canonicalAddress`). Empty for a report kept from settings
   * version 1, which hid the figure on its whole site: it is listed, and can be restored, like
   * any other.
   */
  page: string;
  /** The figure as written ("42"). */
  figure: string;
  /** What it measures: its key ("agreement") and its words ("agreements"). */
  measureKey: string;
  measure: string;
  /** The words around the figure in its paragraph; empty when unknown (a version-1 report). */
  context: string;
  /** When it was hidden (ISO). */
  at: string;
}

/** What identifies a hidden figure (the rest describes it). */
export type HiddenMatchRef = Pick<HiddenMatch, 'site' | 'page' | 'figure' | 'measureKey' | 'context'>;

/** Characters of context kept each side of the figure. */
export const CONTEXT_CHARS = 40;

/** One string per hidden figure, for finding, replacing and restoring it. */
export function hiddenMatchKey(ref: HiddenMatchRef): string {
  return JSON.stringify([ref.site, ref.page, ref.figure, ref.measureKey, ref.context]);
}

/**
 * The words around `text[start, end)` within its paragraph (blocks are joined by blank lines):
 * up to `CONTEXT_CHARS` each side, spacing folded, the figure itself included. Where the page was
 * cut into pieces does not change it: a paragraph is never split.
 */
export function figureContext(text: string, start: number, end: number, chars = CONTEXT_CHARS): string {
  const blockStart = text.lastIndexOf(BLOCK_BREAK, start);
  const blockEnd = text.indexOf(BLOCK_BREAK, end);
  const first = blockStart < 0 ? 0 : blockStart + BLOCK_BREAK.length;
  const last = blockEnd < 0 ? text.length : blockEnd;
  let from = Math.max(first, start - chars);
  let to = Math.min(last, end + chars);
  // Whole words only: a word cut at either end is left out.
  if (from > first && /\S/.test(text[from - 1] ?? '')) {
    const space = text.slice(from, start).search(/\s/);
    from = space < 0 ? start : from + space;
  }
  if (to < last && /\S/.test(text[to] ?? '')) {
    const space = text.slice(end, to).search(/\s\S*$/);
    to = space < 0 ? end : end + space;
  }
  return text.slice(from, to).replace(/\s+/g, ' ').trim();
}

/** A report of the figure `figure` on the page at `url`. */
export function hiddenMatchOf(
  url: string,
  figure: { text: string; measureKey: string; measure: string; context: string },
  now: Date = new Date(),
): HiddenMatch {
  const site = (() => {
    try {
      return normalizeSite(new URL(url).hostname);
    } catch {
      return normalizeSite(url);
    }
  })();
  return {
    site,
    page: canonicalAddress(url) ?? url,
    figure: figure.text.trim(),
    measureKey: figure.measureKey,
    measure: figure.measure,
    context: figure.context,
    at: now.toISOString(),
  };
}

/** Whether one of `hidden` (this site's reports) hides this figure on the page at `pageAddress`. */
export function isHidden(
  hidden: readonly HiddenMatchRef[],
  pageAddress: string | null,
  figure: { text: string; measureKey: string; context: string },
): boolean {
  if (hidden.length === 0) return false;
  const text = figure.text.trim();
  return hidden.some(
    (h) =>
      h.figure === text &&
      h.measureKey === figure.measureKey &&
      (h.page === '' || h.page === pageAddress) &&
      (h.context === '' || h.context === figure.context),
  );
}

/**
 * A version-1 report (`"site|figure|measureKey"`, site-wide) as a hidden match: kept for its whole
 * site, as it was, so nothing the reader hid comes back unasked.
 */
export function fromVersion1Key(key: string, at: string): HiddenMatch | null {
  const first = key.indexOf('|');
  const last = key.lastIndexOf('|');
  if (first <= 0 || last <= first) return null;
  return { site: key.slice(0, first), page: '', figure: key.slice(first + 1, last), measureKey: key.slice(last + 1), measure: '', context: '', at };
}
