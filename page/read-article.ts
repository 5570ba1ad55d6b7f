/**
 * Reads a news page the way a reader sees it: the article's visible text in reading order, with a
 * map from text offsets back to the DOM's text nodes (so the highlighter can wrap exactly the
 * characters the engine matched), and the page's metadata (title, dates, byline, site name).
 */
import { ELEMENT_NODE, findElement, SHOW_ELEMENT, SHOW_TEXT } from './dom-walk';
import { articleRootOf, scanPage } from './page-scan';
import { isSkipped } from './skip-rules';

export { chooseArticleRoot } from './page-scan';
export { readPageMeta } from './read-page-meta';

/** One text node of the article and the span `[start, end)` its characters occupy in `ArticleText.text`. */
export interface TextSegment {
  node: Text;
  start: number;
  end: number;
}

/**
 * The article's text and where each piece came from. Text nodes are copied 1:1, so
 * `text[segment.start + i] === segment.node.data[i]`; only the separators between blocks
 * ("\n\n", or "\n" for `<br>`) are synthetic and belong to no segment.
 */
export interface ArticleText {
  text: string;
  segments: TextSegment[];
}

/** Elements that start a new line: text on either side of them must never run together. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4',
  'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p',
  'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

const BLOCK_SEPARATOR = '\n\n';
const LINE_BREAK = '\n';

/**
 * Reads the article's visible text in reading order.
 *
 * One TreeWalker pass: skipped subtrees (see `isSkipped`) are stepped over whole, so their nodes
 * are never visited. Block boundaries are detected with a stack of open elements (each pushed and popped
 * once), which keeps the cost linear and the code free of recursion, so a page nested 10,000 deep
 * cannot overflow the stack.
 *
 * @param doc - the page (test seam)
 * @param root - the element to read; chosen with `chooseArticleRoot` when omitted
 */
export function readArticle(doc: Document, root?: Element): ArticleText {
  const scan = root ? null : scanPage(doc, false);
  const start = root ?? (scan && articleRootOf(doc, scan));
  if (!start) return { text: '', segments: [] };
  // The page's first <h1>, needed only to judge a <form> (see `isSkipped`): looked up on the first
  // form met, so reading a given root costs no pass over the whole page.
  let headline: Element | null | undefined = scan?.headline;
  const headlineForForm = (el: Element): Element | null => {
    if (el.localName !== 'form') return null;
    if (headline === undefined) headline = findElement(doc, (h) => h.localName === 'h1');
    return headline;
  };

  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  // The strongest separator owed before the next text: '' (none), "\n" (br) or "\n\n" (block).
  let pendingBreak = '';
  // Whitespace-only nodes seen since the last text: kept if more inline text follows (the space in
  // "<b>40</b> <i>deals</i>"), dropped if a block boundary comes first (indentation between <p>s).
  let pendingSpaces: Text[] = [];

  const requestBreak = (sep: string): void => {
    if (sep === BLOCK_SEPARATOR || pendingBreak === '') pendingBreak = sep;
  };
  const emit = (node: Text): void => {
    parts.push(node.data);
    segments.push({ node, start: length, end: length + node.data.length });
    length += node.data.length;
  };

  // No NodeFilter callback: a JS filter is called from native code for every node, which makes the
  // walk several times slower in Chromium. Skipped subtrees are stepped over by hand instead.
  const walker = doc.createTreeWalker(start, SHOW_ELEMENT | SHOW_TEXT);
  const open: Node[] = [];
  let node = walker.nextNode();
  while (node) {
    // Close the elements we have left: everything above this node's parent on the stack.
    const parent = node.parentNode;
    while (open.length > 0 && open[open.length - 1] !== parent) {
      const closed = open.pop() as Element;
      if (BLOCK_TAGS.has(closed.localName)) requestBreak(BLOCK_SEPARATOR);
    }

    if (node.nodeType === ELEMENT_NODE) {
      const el = node as Element;
      const tag = el.localName;
      // A skipped block (an aside between two paragraphs) still ends the line before it.
      if (BLOCK_TAGS.has(tag)) requestBreak(BLOCK_SEPARATOR);
      else if (tag === 'br') requestBreak(LINE_BREAK);
      if (isSkipped(el, headlineForForm(el))) {
        node = nextOutside(walker, el, start);
      } else {
        open.push(el);
        node = walker.nextNode();
      }
      continue;
    }

    const text = node as Text;
    if (!/\S/.test(text.data)) {
      if (text.data.length > 0 && pendingBreak === '' && length > 0) pendingSpaces.push(text);
      node = walker.nextNode();
      continue;
    }
    if (pendingBreak !== '') {
      if (length > 0) {
        parts.push(pendingBreak);
        length += pendingBreak.length;
      }
    } else {
      for (const space of pendingSpaces) emit(space);
    }
    pendingBreak = '';
    pendingSpaces = [];
    emit(text);
    node = walker.nextNode();
  }
  return { text: parts.join(''), segments };
}

/**
 * Moves `walker` to the node after `el`'s subtree (its next sibling, or the next sibling of its
 * nearest ancestor that has one, below `root`) and returns it, or null at the end of `root`.
 */
function nextOutside(walker: TreeWalker, el: Element, root: Node): Node | null {
  walker.currentNode = el;
  for (let cur: Node | null = el; cur && cur !== root; cur = walker.parentNode()) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
  }
  return null;
}
