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
 * Pairs each engine figure with the label whose span overlaps it most. A label is used once, except
 * that every figure lying wholly inside a label's span is that label's ("4.75%-5%" labelled as one
 * range, read as two figures). Returns the engine figures with their labels, and the labels no
 * figure met.
 */
export function alignFigures(figures: readonly CheckedFigure[], placed: readonly PlacedLabel[]): { aligned: AlignedFigure[]; unmet: CorpusLabel[] } {
  const taken = new Set<number>();
  const aligned = figures.map((figure) => {
    let best = -1;
    let bestOverlap = 0;
    placed.forEach((p, i) => {
      if (p.start < 0) return;
      if (taken.has(i) && !(figure.start >= p.start && figure.end <= p.end)) return;
      const overlap = Math.min(p.end, figure.end) - Math.max(p.start, figure.start);
      if (overlap > bestOverlap) {
        best = i;
        bestOverlap = overlap;
      }
    });
    if (best === -1) return { figure, label: null };
    taken.add(best);
    return { figure, label: placed[best]!.label };
  });
  return { aligned, unmet: placed.filter((_, i) => !taken.has(i)).map((p) => p.label) };
}
