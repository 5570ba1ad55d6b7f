/**
 * Normalising English words: the one singular form every part of the engine folds nouns to
 * (measure heads, content terms, figure labels). `core/figures/measure.ts` re-exports it for the
 * modules that took it from there.
 */

/** Singular form of an English noun (enough for measure heads). */
export function singular(word: string): string {
  const w = word.toLowerCase();
  if (w.length <= 3) return w;
  if (w === 'memoranda') return 'memorandum';
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (/(ss|us|is|ics)$/.test(w)) return w;
  if (/(ches|shes|sses|xes|zes)$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s')) return w.slice(0, -1);
  return w;
}
