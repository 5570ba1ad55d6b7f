/**
 * "Wrong match": the reader says a figure was matched by mistake. The mark goes away at once and
 * the background keeps the report on this device in the settings (`wrongMatches`, written by
 * `messaging/settings-service.ts`), keyed by site, figure and measure, so the figure is not marked
 * again on this site. The page's settings carry that site's reports (`PageSettings`).
 */
import type { CheckedFigure } from '../../core/model';
import { wrongMatchKey, type PageSettings } from '../../storage/sites';

/** Whether the reader reported this figure as a wrong match on `hostname`. */
export function isReportedWrong(
  settings: Pick<PageSettings, 'wrongMatches'>,
  hostname: string,
  figure: Pick<CheckedFigure, 'text' | 'measureKey'>,
): boolean {
  // Most readers report nothing on most sites: no key to build for every figure.
  return settings.wrongMatches.length > 0 && settings.wrongMatches.includes(wrongMatchKey(hostname, figure.text, figure.measureKey));
}
