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
 * cannot overflow the stack. The same pass in steps, for a long page: {@link ArticleReader}.
 *
 * @param doc - the page (test seam)
 * @param root - the element to read; chosen with `chooseArticleRoot` when omitted
 */
export function readArticle(doc: Document, root?: Element): ArticleText {
  const scan = root ? null : scanPage(doc, false);
  const start = root ?? (scan && articleRootOf(doc, scan));
  if (!start) return { text: '', segments: [] };
  const reader = new ArticleReader(doc, start, scan ? scan.headline : undefined);
  reader.step();
  return reader.take();
}

/** Where the text read so far may be cut: the end of the last whole block. */
interface Cut {
  parts: number;
  segments: number;
  length: number;
}

/**
 * `readArticle` in steps, for a page too long to read in one go (the content script reads a
 * 5 MB article in slices of a few milliseconds): {@link step} reads on for a number of nodes,
 * {@link take} hands over the text read so far up to the end of its last whole block. The texts
 * taken, joined with "\n\n", are `readArticle`'s text, and each one's segments map its own
 * offsets; no node is read twice, and no unit of the page is measured beforehand.
 *
 * Between steps the page may change: text nodes already taken may be marked (the walk never
 * stands on them: a take ends before the block the walk is in). A subtree the page removes
 * under the walk ends it early; the living-page observer reads what the page adds.
 */
export class ArticleReader {
  private readonly walker: TreeWalker;
  private node: Node | null;
  private readonly open: Node[] = [];
  private parts: string[] = [];
  private segments: TextSegment[] = [];
  private length = 0;
  // The strongest separator owed before the next text: '' (none), "\n" (br) or "\n\n" (block).
  private pendingBreak = '';
  // Whitespace-only nodes seen since the last text: kept if more inline text follows (the space in
  // "<b>40</b> <i>deals</i>"), dropped if a block boundary comes first (indentation between <p>s).
  private pendingSpaces: Text[] = [];
  private cut: Cut | null = null;
  private finished = false;

  /**
   * @param headline - the page's first `<h1>` when known (null: none), needed only to judge a
   *   `<form>` (see `isSkipped`); looked up on the first form met when omitted.
   */
  constructor(
    private readonly doc: Document,
    private readonly root: Element,
    private headline?: Element | null,
  ) {
    // No NodeFilter callback: a JS filter is called from native code for every node, which makes
    // the walk several times slower in Chromium. Skipped subtrees are stepped over by hand instead.
    this.walker = doc.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT);
    this.node = this.walker.nextNode();
  }

  /** Whether the whole root has been read. */
  get done(): boolean {
    return this.finished;
  }

  /** Characters read and not yet taken. */
  get pendingChars(): number {
    return this.length;
  }

  /** Whether {@link take} would give something: a block has ended since the last take, or all is read. */
  get ready(): boolean {
    return this.length > 0 && (this.finished || this.cut !== null || this.pendingBreak === BLOCK_SEPARATOR);
  }

  /** Reads on for at most `maxNodes` nodes (all of them by default); true once the whole root is read. */
  step(maxNodes = Number.POSITIVE_INFINITY): boolean {
    const { walker, open } = this;
    let node = this.node;
    for (let n = 0; node && n < maxNodes; n++) {
      // Close the elements we have left: everything above this node's parent on the stack.
      const parent = node.parentNode;
      while (open.length > 0 && open[open.length - 1] !== parent) {
        const closed = open.pop() as Element;
        if (BLOCK_TAGS.has(closed.localName)) this.requestBreak(BLOCK_SEPARATOR);
      }

      if (node.nodeType === ELEMENT_NODE) {
        const el = node as Element;
        const tag = el.localName;
        // A skipped block (an aside between two paragraphs) still ends the line before it.
        if (BLOCK_TAGS.has(tag)) this.requestBreak(BLOCK_SEPARATOR);
        else if (tag === 'br') this.requestBreak(LINE_BREAK);
        if (isSkipped(el, this.headlineForForm(el))) {
          node = nextOutside(walker, el, this.root);
        } else {
          open.push(el);
          node = walker.nextNode();
        }
        continue;
      }

      const text = node as Text;
      if (!/\S/.test(text.data)) {
        if (text.data.length > 0 && this.pendingBreak === '' && this.length > 0) this.pendingSpaces.push(text);
        node = walker.nextNode();
        continue;
      }
      if (this.pendingBreak !== '') {
        if (this.length > 0) {
          if (this.pendingBreak === BLOCK_SEPARATOR) this.cut = { parts: this.parts.length, segments: this.segments.length, length: this.length };
          this.parts.push(this.pendingBreak);
          this.length += this.pendingBreak.length;
        }
      } else {
        for (const space of this.pendingSpaces) this.emit(space);
      }
      this.pendingBreak = '';
      this.pendingSpaces = [];
      this.emit(text);
      node = walker.nextNode();
    }
    this.node = node;
    if (!node) this.finished = true;
    return this.finished;
  }

  /**
   * The text read since the last take, up to the end of the last whole block read (all of it once
   * the root is read), with offsets from 0; empty when no block has ended since. The separator
   * between two takes belongs to neither.
   */
  take(): ArticleText {
    const cut: Cut | null =
      this.finished || this.pendingBreak === BLOCK_SEPARATOR
        ? { parts: this.parts.length, segments: this.segments.length, length: this.length }
        : this.cut;
    this.cut = null;
    if (!cut || cut.length === 0) return { text: '', segments: [] };
    const taken: ArticleText = { text: this.parts.slice(0, cut.parts).join(''), segments: this.segments.slice(0, cut.segments) };
    // What follows the cut starts with the block separator pushed there: it goes with the cut.
    const rest = this.parts.slice(cut.parts);
    const shift = cut.length + (rest.length > 0 ? (rest.shift() as string).length : 0);
    this.parts = rest;
    this.segments = this.segments.slice(cut.segments).map((s) => ({ node: s.node, start: s.start - shift, end: s.end - shift }));
    this.length -= shift;
    return taken;
  }

  private requestBreak(sep: string): void {
    if (sep === BLOCK_SEPARATOR || this.pendingBreak === '') this.pendingBreak = sep;
  }

  private emit(node: Text): void {
    this.parts.push(node.data);
    this.segments.push({ node, start: this.length, end: this.length + node.data.length });
    this.length += node.data.length;
  }

  /** The page's first <h1> when `el` is a form (see `isSkipped`), looked up once. */
  private headlineForForm(el: Element): Element | null {
    if (el.localName !== 'form') return null;
    if (this.headline === undefined) this.headline = findElement(this.doc, (h) => h.localName === 'h1');
    return this.headline;
  }
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
