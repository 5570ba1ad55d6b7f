/** The sentence a figure is quoted with: its own, or a window of it when the "sentence" runs on. */

/** Longest sentence kept whole around a figure; a longer one (a table, a list without stops) is clipped. */
export const MAX_SENTENCE = 600;

/** The span of the sentence `[sentenceStart, sentenceEnd)` quoted with the figure at `[start, end)`. */
export function sentenceWindow(sentenceStart: number, sentenceEnd: number, start: number, end: number): [number, number] {
  if (sentenceEnd - sentenceStart <= MAX_SENTENCE) return [sentenceStart, sentenceEnd];
  const half = Math.floor((MAX_SENTENCE - (end - start)) / 2);
  return [Math.max(sentenceStart, start - half), Math.min(sentenceEnd, end + half)];
}
