/**
 * "Wrong match": the reader says a figure was matched by mistake. Its mark goes away at once, an
 * "Undo" notice shows for a few seconds, and the background keeps the report on this device in
 * the settings (`hiddenMatches`, written by `background/settings-service.ts`): this figure on this
 * page, named by the page's canonical address and the words around the figure, so the same
 * number elsewhere on the page or the site stays marked (docs/decisions/014). The page's settings
 * carry its site's reports (`PageSettings`); the options page lists them all to restore.
 */
import { canonicalAddress } from '../core/match/self-source';
import type { CheckedFigure } from '../core/model';
import { isHidden } from '../storage/hidden-matches';
import type { PageSettings } from '../storage/sites';

/** How long the "Undo" notice stays when the reader neither points at it nor focuses it. */
export const UNDO_MS = 8_000;

/** Whether the reader reported this figure (with the words around it) as a wrong match on the page at `url`. */
export function isReportedWrong(
  settings: Pick<PageSettings, 'hiddenMatches'>,
  url: string,
  figure: Pick<CheckedFigure, 'text' | 'measureKey'>,
  context: string,
): boolean {
  // Most readers report nothing on most sites: no address to work out for every figure.
  if (settings.hiddenMatches.length === 0) return false;
  return isHidden(settings.hiddenMatches, canonicalAddress(url), { text: figure.text, measureKey: figure.measureKey, context });
}
