/**
 * How checked figures travel from the background to the content script (`cc:check`): each
 * distinct source entry once per reply, figures pointing at them by index. Figures of one claim
 * share their sources, so a page's reply shrinks to a fraction, and every byte of it is
 * deserialised on the page's main thread (docs/decisions/009).
 */
import type { CheckedFigure, SourceMatch } from '../core/model';

/** A checked figure whose `sources` are indexes into {@link PackedFigures.sources}. */
export type PackedFigure = Omit<CheckedFigure, 'sources'> & { sources: number[] };

/** The figures of several texts, with their source entries stored once. */
export interface PackedFigures {
  /** For each text sent, its figures in order. */
  texts: PackedFigure[][];
  /** Every distinct source entry of those figures. */
  sources: SourceMatch[];
}

/** Packs each text's figures, storing equal source entries once. */
export function packFigures(texts: CheckedFigure[][]): PackedFigures {
  const sources: SourceMatch[] = [];
  const indexOf = new Map<string, number>();
  const ref = (source: SourceMatch): number => {
    const key = JSON.stringify(source);
    let i = indexOf.get(key);
    if (i === undefined) {
      i = sources.push(source) - 1;
      indexOf.set(key, i);
    }
    return i;
  };
  return { texts: texts.map((figures) => figures.map((f) => ({ ...f, sources: f.sources.map(ref) }))), sources };
}

/**
 * The figures as the engine gave them. Figures that shared a source entry share one object: the
 * content script only reads them.
 */
export function unpackFigures(packed: PackedFigures): CheckedFigure[][] {
  return packed.texts.map((figures) =>
    figures.map((f) => ({
      ...f,
      sources: f.sources.map((i) => {
        const source = packed.sources[i];
        if (!source) throw new Error(`packed figure "${f.text}" points at missing source entry ${i}`);
        return source;
      }),
    })),
  );
}
