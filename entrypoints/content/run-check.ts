/**
 * How the content script reads a long page in slices: the article root is split into child
 * elements of bounded size, each read on its own and sent to the background to be checked
 * (which cuts it into pieces, `core/match/check-pieces.ts`). The page as a whole (its time, place
 * and subject) is read once, from its title and opening (`VIEW_CHARS`), and every text is checked
 * as part of that view, so no text pays for reading the page again.
 */
import { isSkipped } from '../../page/skip-rules';

/** An element with more text than this is read child by child (with `splitRoot`'s default measure). */
export const ROOT_CHARS = 40_000;
/**
 * An element with more elements under it than this is read child by child: a unit is read in one
 * go, and its cost is its nodes' (about 40,000 characters of a typical article's markup).
 */
export const ROOT_ELEMENTS = 2_000;

/** The elements under `el`, counted by the browser: no text is built and no node wrapped for it. */
export function elementCount(el: Element): number {
  return el.getElementsByTagName('*').length;
}
/**
 * How much of the article the page's view is read from: a whole typical article (1,500 words), so
 * the content script sees a page as the command line does, and never more however long the page.
 */
export const VIEW_CHARS = 12_000;

/**
 * Splits `root` into elements of at most `max` by `lengthOf` (characters of text by default; the
 * content script counts elements, see `elementCount`), in document order, descending only into
 * elements whose text all lies in child elements (so no loose text is lost) and never returning a
 * skipped element (asides, navigation) as a unit of its own.
 */
export function splitRoot(root: Element, max = ROOT_CHARS, lengthOf = (el: Element): number => el.textContent?.length ?? 0): Element[] {
  const out: Element[] = [];
  const stack: Element[] = [root];
  while (stack.length > 0) {
    let el = stack.pop() as Element;
    if (el !== root && isSkipped(el)) continue;
    // A chain of single children splits nothing: followed down unmeasured, so a page nested
    // 10,000 deep is not measured 10,000 times.
    while (el.children.length === 1 && !hasLooseText(el)) el = el.children[0] as Element;
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
