/**
 * How a page's text is cut into pieces the engine checks one per slice, so a very long page never
 * blocks the main thread: the article root is split into child elements of bounded size, each
 * read on its own, and each text into pieces at block boundaries. The page as a whole (its time,
 * place and subject) is read once, from its title and opening (`VIEW_CHARS`), and every piece is
 * checked alone as part of that view, so no piece pays for reading the page again.
 */
import type { CheckedFigure } from '../../core/model';
import { isSkipped } from '../../page/skip-rules';

/** Longest text checked in one call: a first call, before the engine's code is optimised, stays under a long task. */
export const PIECE_CHARS = 2_000;
/** An element with more text than this is read child by child. */
export const ROOT_CHARS = 40_000;
/**
 * How much of the article the page's view is read from: a whole typical article (1,500 words), so
 * the content script sees a page as the command line does, and never more however long the page.
 */
export const VIEW_CHARS = 12_000;
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

/**
 * Splits `root` into elements of at most `max` characters of text, in document order, descending
 * only into elements whose text all lies in child elements (so no loose text is lost) and never
 * returning a skipped element (asides, navigation) as a unit of its own. `lengthOf` gives an
 * element's text length (the scan's counts, so no `textContent` string of a huge element is built).
 */
export function splitRoot(root: Element, max = ROOT_CHARS, lengthOf = (el: Element): number => el.textContent?.length ?? 0): Element[] {
  const out: Element[] = [];
  const stack: Element[] = [root];
  while (stack.length > 0) {
    const el = stack.pop() as Element;
    if (el !== root && isSkipped(el)) continue;
    const length = lengthOf(el);
    if (length <= max || el.children.length === 0 || hasLooseText(el)) {
      out.push(el);
      continue;
    }
    for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i] as Element);
  }
  return out;
}

function hasLooseText(el: Element): boolean {
  for (const node of Array.from(el.childNodes)) if (node.nodeType === 3 && /\S/.test((node as Text).data)) return true;
  return false;
}
