/**
 * "Wrong match": the reader says a figure was matched by mistake. The mark goes away at once and
 * the report is kept on this device in the settings (`wrongMatches`), keyed by site, figure and
 * measure, so the figure is not marked again on this site. One place for the storage API.
 */
import type { CheckedFigure } from '../../core/model';
import { type Settings, updateSettings, wrongMatchKey } from '../../storage/settings';

/** The key of a figure's wrong-match report on `hostname`. */
export function wrongMatchKeyOf(hostname: string, figure: Pick<CheckedFigure, 'text' | 'measureKey'>): string {
  return wrongMatchKey(hostname, figure.text, figure.measureKey);
}

/** Whether the reader reported this figure as a wrong match on `hostname`. */
export function isReportedWrong(
  settings: Pick<Settings, 'wrongMatches'>,
  hostname: string,
  figure: Pick<CheckedFigure, 'text' | 'measureKey'>,
): boolean {
  return settings.wrongMatches.includes(wrongMatchKeyOf(hostname, figure));
}

/** Remembers a wrong match locally (storage.local). */
export async function rememberWrongMatch(hostname: string, figure: Pick<CheckedFigure, 'text' | 'measureKey'>): Promise<void> {
  const key = wrongMatchKeyOf(hostname, figure);
  await updateSettings((s) => (s.wrongMatches.includes(key) ? s : { ...s, wrongMatches: [...s.wrongMatches, key] }));
}
