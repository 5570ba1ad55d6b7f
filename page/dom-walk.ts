/**
 * Iterative DOM helpers. Browsers' native `querySelectorAll`, `textContent` and
 * `getElementsByTagName` are fine on any page, but happy-dom (our DOM in node scripts and tests)
 * implements them recursively and overflows the stack on a page nested a few thousand deep. These
 * helpers walk with a TreeWalker, which is iterative everywhere, so the page readers never throw.
 */

// Numeric DOM constants: in node the Document comes from happy-dom's own Window, so the global
// NodeFilter may not exist.
export const SHOW_ELEMENT = 0x1;
export const SHOW_TEXT = 0x4;
export const FILTER_ACCEPT = 1;
export const FILTER_REJECT = 2;
export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** The document a node belongs to (itself when it is one). */
export function docOf(node: Node): Document {
  return node.ownerDocument ?? (node as Document);
}

/** Calls `visit` on every element under `root` (not `root` itself), in document order. */
export function forEachElement(root: Node, visit: (el: Element) => void): void {
  const walker = docOf(root).createTreeWalker(root, SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) visit(node as Element);
}

/** The elements under `root` whose local name is `tag`, in document order. */
export function elementsByTag(root: Node, tag: string): Element[] {
  const found: Element[] = [];
  forEachElement(root, (el) => {
    if (el.localName === tag) found.push(el);
  });
  return found;
}

/** The first element under `root` for which `test` holds, or null; stops as soon as it finds one. */
export function findElement(root: Node, test: (el: Element) => boolean): Element | null {
  const walker = docOf(root).createTreeWalker(root, SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (test(node as Element)) return node as Element;
  }
  return null;
}

/** The text of `root`, like `textContent`, without recursion. */
export function textOf(root: Node): string {
  if (root.nodeType === TEXT_NODE) return (root as Text).data;
  const walker = docOf(root).createTreeWalker(root, SHOW_TEXT);
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) text += (node as Text).data;
  return text;
}

/** The number of text characters under `root` (its `textContent` length), without building the text. */
export function textLength(root: Node): number {
  if (root.nodeType === TEXT_NODE) return (root as Text).data.length;
  const walker = docOf(root).createTreeWalker(root, SHOW_TEXT);
  let length = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) length += (node as Text).data.length;
  return length;
}

/**
 * Whether a space-separated attribute value (class, rel, itemprop) holds `token`: split only
 * where the text occurs at all, since the page scan asks this of every element.
 */
export function tokenIn(value: string | null, token: string): boolean {
  return value !== null && value.includes(token) && value.split(/\s+/).includes(token);
}
