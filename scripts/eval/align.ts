/**
 * Ties the corpus's labels to the figures the engine reported on a page. A label is placed by its
 * quote (a verbatim substring of the page) and its figure inside the quote; an engine figure
 * matches a label when their spans overlap (test/corpus/README.md, corpus-guide "Scoring").
 */
import type { CheckedFigure } from '../../core/model';
import type { CorpusLabel } from '../lib/corpus';

/** A label with where its figure stands in the page text (null when its quote is not found). */
export interface PlacedLabel {
  label: CorpusLabel;
  start: number;
  end: number;
}

/**
 * Places every label of one page in its text. Repeated quotes are placed at successive
 * occurrences, in label order, so two labels of the same sentence each get their own figure.
 */
export function placeLabels(text: string, labels: readonly CorpusLabel[]): PlacedLabel[] {
  const used = new Set<number>();
  return labels.map((label) => {
    let from = 0;
    for (;;) {
      const q = text.indexOf(label.quote, from);
      if (q === -1) return { label, start: -1, end: -1 };
      let f = label.quote.indexOf(label.figure);
      while (f !== -1 && used.has(q + f)) f = label.quote.indexOf(label.figure, f + 1);
      if (f !== -1) {
        used.add(q + f);
        return { label, start: q + f, end: q + f + label.figure.length };
      }
      from = q + 1;
    }
  });
}

/** An engine figure and the label it met, if any. */
export interface AlignedFigure {
  figure: CheckedFigure;
  label: CorpusLabel | null;
}

/**
 * For spans in text order, the index in `placed` of the label each meets: the one whose span
 * overlaps it most. A label is used once, except that every span lying wholly inside a label's span
 * is that label's ("4.75%-5%" labelled as one range, read as two figures). -1 when none.
 */
export function labelIndexes(spans: ReadonlyArray<{ start: number; end: number }>, placed: readonly PlacedLabel[]): number[] {
  const taken = new Set<number>();
  return spans.map((span) => {
    let best = -1;
    let bestOverlap = 0;
    placed.forEach((p, i) => {
      if (p.start < 0) return;
      if (taken.has(i) && !(span.start >= p.start && span.end <= p.end)) return;
      const overlap = Math.min(p.end, span.end) - Math.max(p.start, span.start);
      if (overlap > bestOverlap) [best, bestOverlap] = [i, overlap];
    });
    if (best !== -1) taken.add(best);
    return best;
  });
}

/** Pairs each engine figure with its label (`labelIndexes`); returns them, and the labels no figure met. */
export function alignFigures(figures: readonly CheckedFigure[], placed: readonly PlacedLabel[]): { aligned: AlignedFigure[]; unmet: CorpusLabel[] } {
  const indexes = labelIndexes(figures, placed);
  const met = new Set(indexes);
  return {
    aligned: figures.map((figure, k) => ({ figure, label: indexes[k]! >= 0 ? placed[indexes[k]!]!.label : null })),
    unmet: placed.filter((_, i) => !met.has(i)).map((p) => p.label),
  };
}
