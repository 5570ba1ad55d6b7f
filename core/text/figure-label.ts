/**
 * How a figure and what it measures are named together on a card, a mark's label, the popup's
 * tally and the add-source review: "42 agreements", "47-page declaration" (not "47-page
 * declaration pages"), "$175 billion Golden Dome missile shield" (as the page wrote it, not
 * "golden Dome"). Pure text: fed today from a figure's `text`, `measure` and sentence, so the
 * fact model's next version can feed it the same way (docs/decisions/017).
 */
import { singular } from './words';

/**
 * The measure with the capitals the sentence gave it: the extractor lower-cases a measure's first
 * word ("golden Dome missile shield"), which is wrong for a name ("Golden Dome"). A measure not
 * found in the sentence, or found at its start ("Trade reached…"), is returned as it is.
 */
export function measureAsWritten(measure: string, sentence: string): string {
  if (!measure) return measure;
  const at = sentence.toLowerCase().indexOf(measure.toLowerCase());
  // Not found, or at the start of the sentence, where every word has a capital.
  if (at < 0 || !/\p{L}|\p{N}/u.test(sentence.slice(0, at))) return measure;
  const written = sentence.slice(at, at + measure.length);
  // Only the first word's case is restored: the rest is as the extractor kept it.
  const first = written.split(/\s/)[0] ?? '';
  return first && first[0] !== first[0]!.toLowerCase() ? `${first}${measure.slice(first.length)}` : measure;
}

/**
 * The words of `measure` still to say after the figure `text`: none when the figure already says
 * them ("40 cooperation agreements"), the measure without its unit when the figure is a compound
 * adjective of that unit ("47-page" + "declaration pages" → "declaration"), else the measure.
 */
export function measureAfter(text: string, measure: string): string {
  const m = measure.trim();
  if (!m || text.toLowerCase().includes(m.toLowerCase())) return '';
  const unit = /-([a-z]+)$/i.exec(text.trim())?.[1];
  const words = m.split(/\s+/);
  if (unit && words.length > 1 && singular(words[words.length - 1]!) === singular(unit)) return words.slice(0, -1).join(' ');
  if (unit && words.length === 1 && singular(words[0]!) === singular(unit)) return '';
  return m;
}

/** The figure with what it measures: "42 agreements", "47-page declaration", "25th visit to China". */
export function figureLabel(text: string, measure: string): string {
  const rest = measureAfter(text, measure);
  return rest ? `${text.trim()} ${rest}` : text.trim();
}

/**
 * Whether a figure read from a page is worth keeping as a source's fact by default: it says what
 * it measures ("40 agreements", "$228 billion of trade", not just a unit: "80 years"), and is
 * neither a date or a year (they date the article, they do not report on its subject) nor part of
 * a name ("the Second World
 * War", "the Fifth Fleet"). The add-source review ticks these and leaves the others for the reader.
 */
export function carriesMeasure(figure: { kind: string; text: string; measure: string; measureKey: string; sentence: string; start: number; sentenceStart: number }): boolean {
  if (figure.kind === 'date' || figure.kind === 'year') return false;
  // No measure, or only a unit ("80 years", "four days": the key "/years" names no thing measured).
  if (!figure.measure.trim() || !figure.measureKey || figure.measureKey.startsWith('/')) return false;
  return !isPartOfName(figure);
}

/** A figure written with a capital and followed by capitalised words: "Second World War". */
function isPartOfName(figure: { text: string; sentence: string; start: number; sentenceStart: number }): boolean {
  const first = figure.text.trim()[0] ?? '';
  if (!/\p{Lu}/u.test(first)) return false;
  const after = figure.sentence.slice(figure.start - figure.sentenceStart + figure.text.length);
  const words = after.trim().split(/\s+/).slice(0, 2);
  return words.length > 0 && words.every((w) => /^\p{Lu}/u.test(w));
}
