/**
 * How a long text is checked in pieces: cut at block boundaries into pieces of bounded size, each
 * checked alone (as part of the page's view) with its offsets shifted back into the whole text.
 * The background checks the content script's texts this way (`background/check-service.ts`), so
 * the cost of one call stays bounded however long the page is, and results do not depend on
 * where the content script cut the page into elements.
 */
import type { CheckedFigure } from '../model';

/** Longest text checked in one call. */
export const PIECE_CHARS = 2_000;
/** How the content script joins the blocks of an article's text (see `page/read-article.ts`). */
export const BLOCK_BREAK = '\n\n';

/** `[start, end)` spans of `text`, each at most `max` long where block breaks allow, covering it all. */
export function pieceBounds(text: string, max = PIECE_CHARS): Array<[number, number]> {
  const bounds: Array<[number, number]> = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + max);
    if (end < text.length) {
      const cut = text.lastIndexOf(BLOCK_BREAK, end);
      // No block break in the window (one giant paragraph): cut at the last sentence or space.
      if (cut > start) end = cut;
      else {
        const space = text.lastIndexOf(' ', end);
        if (space > start) end = space;
      }
    }
    bounds.push([start, end]);
    start = end;
  }
  return bounds;
}

/** Checks `text[start, end)` alone; returns its figures with offsets into `text`. */
export function checkPiece(text: string, [start, end]: [number, number], check: (text: string) => CheckedFigure[]): CheckedFigure[] {
  const piece = text.slice(start, end);
  if (!/\S/.test(piece)) return [];
  return check(piece).map((f) => ({ ...f, start: f.start + start, end: f.end + start }));
}

/** Checks a whole text piece by piece; its figures in order, with offsets into `text`. */
export function checkInPieces(text: string, check: (text: string) => CheckedFigure[], max = PIECE_CHARS): CheckedFigure[] {
  return pieceBounds(text, max).flatMap((bounds) => checkPiece(text, bounds, check));
}
