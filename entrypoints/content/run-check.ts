/**
 * How a page's text is cut into pieces the engine checks one per slice, so a very long page never
 * blocks the main thread: the article root is split into child elements of bounded size, each
 * read on its own, and each text into pieces at block boundaries. A piece after the first is
 * checked with the page's context in front of it (title and lede), so the engine still knows what
 * the page is about; figures found in that context are dropped and offsets are shifted back.
 */
import type { CheckedFigure } from '../../core/model';
import { isSkipped } from '../../page/skip-rules';

/** Longest text checked in one call: a cold first call (JIT not warm) stays under a long task. */
export const PIECE_CHARS = 2_000;
/** An element with more text than this is read child by child. */
export const ROOT_CHARS = 40_000;
/** How much of the article's opening is repeated before later pieces. */
export const LEDE_CHARS = 1_200;
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

/** The page's context for later pieces: its title and the opening of its article, cut at a block break. */
export function pageContext(title: string, articleText: string): string {
  let lede = articleText.slice(0, LEDE_CHARS);
  const cut = lede.lastIndexOf(BLOCK_BREAK);
  if (articleText.length > LEDE_CHARS && cut > 0) lede = lede.slice(0, cut);
  return title ? `${title}${BLOCK_BREAK}${lede}` : lede;
}

/**
 * Checks `text[start, end)` after `context` (the page title and opening, or none). The context is
 * only read, never marked: returns the figures inside the piece, with offsets into `text`.
 */
export function checkPiece(
  text: string,
  [start, end]: [number, number],
  context: string,
  check: (text: string) => CheckedFigure[],
): CheckedFigure[] {
  const piece = text.slice(start, end);
  if (!/\S/.test(piece)) return [];
  const prefix = context === '' ? '' : `${context}${BLOCK_BREAK}`;
  const shift = start - prefix.length;
  const found = check(prefix + piece);
  const out: CheckedFigure[] = [];
  for (const f of found) {
    if (f.start < prefix.length || f.end > prefix.length + piece.length) continue;
    out.push({ ...f, start: f.start + shift, end: f.end + shift });
  }
  return out;
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
