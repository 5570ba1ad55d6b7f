/**
 * The extractor's view of one text while it scans it: tokens, sentences and the figures found so far,
 * and the small look-ups every reader of a figure shares (the sentence at an offset, the token
 * after one, title case), and how a figure is made from what was read.
 */
import type { Figure, FigureCue, FigureKind, Qualifier } from '../model';
import { type Token } from '../text/tokenize';
import { type Sentence } from '../text/sentences';
import { firstIndex } from '../sorted';
import { sentenceWindow } from './sentence-window';

/** What reading at a token found: a figure, or (`figure: null`) a number read and set aside whole, such as a goal. */
export interface FigureRead {
  figure: Figure | null;
  end: number;
}

/** The text being scanned, its tokens and sentences, and the figures found so far. */
export interface ScanContext {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  sentenceOf: Int32Array;
  figures: Figure[];
  titleCase?: Map<number, boolean>;
  /** Keep a year that dates the figure before it as a figure too (`ExtractOptions.moreKinds`). */
  keepDatingYears?: boolean;
}

/** Whether token i starts a line (or the text). */
export function atLineStart(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return !prev || prev.kind === 'break';
}


/** Whether most words of a sentence are capitalised (a headline). Cached per sentence. */
export function isTitleCase(ctx: ScanContext, sentence: number): boolean {
  const cache = (ctx.titleCase ??= new Map());
  const hit = cache.get(sentence);
  if (hit !== undefined) return hit;
  const s = ctx.sentences[sentence];
  let words = 0;
  let caps = 0;
  if (s) {
    for (let k = s.firstToken; k < s.endToken && words < 40; k++) {
      const t = ctx.tokens[k]!;
      if (t.kind !== 'word' || t.text.length <= 3) continue;
      words++;
      if (t.capitalized) caps++;
    }
  }
  const result = words >= 3 && caps / words >= 0.7;
  cache.set(sentence, result);
  return result;
}

/** The index of the sentence holding `offset`, or -1. */
export function sentenceIndexAt(ctx: ScanContext, offset: number): number {
  return sentenceIndexIn(ctx.sentences, offset);
}

/** The index of the sentence of `sentences` (in order, not overlapping) that holds `offset`, or -1. */
export function sentenceIndexIn(sentences: readonly Sentence[], offset: number): number {
  // Sentences are in order and do not overlap: the first ending after `offset` holds it, if any.
  const i = firstIndex(sentences.length, (k) => sentences[k]!.end <= offset);
  const s = sentences[i];
  return s && s.start <= offset ? i : -1;
}

/** The index of the first token starting at or after `offset`. */
export function tokenIndexAfter(ctx: ScanContext, offset: number): number {
  return firstIndex(ctx.tokens.length, (i) => ctx.tokens[i]!.start < offset);
}

/** A figure with the cues of its wording (none: no field, so most figures stay as they were). */
export function withCues(f: Figure, cues: FigureCue[]): Figure {
  return cues.length ? { ...f, cues } : f;
}

/** A figure from what was read, with its sentence (clipped to a window when run-on). */
export function makeFigure(
  ctx: ScanContext, start: number, end: number, kind: FigureKind, value: number, interval: Figure['interval'],
  qualifier: Qualifier, unit: string | null, measure: string, measureKey: string, time: Figure['time'], firstToken: number,
): Figure {
  const s = ctx.sentences[ctx.sentenceOf[firstToken] ?? -1];
  const [sentenceStart, sentenceEnd] = sentenceWindow(s ? s.start : start, s ? s.end : end, start, end);
  const sentence = ctx.text.slice(sentenceStart, sentenceEnd);
  return { text: ctx.text.slice(start, end), start, end, kind, value, interval, qualifier, unit, measure, measureKey, sentence, sentenceStart, time };
}
