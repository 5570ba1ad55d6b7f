/**
 * Finds, in one pass over a page, the elements the readers start from: the article's root
 * candidates, the headline and (for `readPageMeta`) the metadata elements.
 */
import { ELEMENT_NODE, SHOW_ELEMENT, SHOW_TEXT, textLength, tokenIn } from './dom-walk';
import { isInsideSkipped, isInsideUntouchable } from './skip-rules';

/** The elements of a page the readers look for, found in one pass over the document. */
export interface PageScan {
  itemBody: Element | null;
  articles: Element[];
  main: Element | null;
  roleMain: Element | null;
  /** The first `<h1>` of the page. */
  headline: Element | null;
  /** Every `<h1>`, in document order (collected only with `withMeta`). */
  h1s: Element[];
  metas: Element[];
  jsonLd: Element[];
  times: Element[];
  /** Elements with `itemprop=datePublished` and a `content` attribute (microdata dates). */
  itemDates: Element[];
  /** Byline candidates, one list per entry of `BYLINE_TESTS`. */
  bylines: Element[][];
  /**
   * Text characters under each `<article>` and under each element with more than
   * `keepLengthsAbove` of them, counted during the scan (see `scanPageSteps`).
   */
  textLengths: Map<Element, number>;
}

/** Nodes visited between two pauses of `scanPageSteps`. */
export const SCAN_STEP_NODES = 2_000;

/** Every attribute the scan reads: an element with none of them (a plain link) is looked at for its tag only. */
const SCAN_ATTRIBUTES = new Set(['itemprop', 'role', 'type', 'datetime', 'content', 'rel', 'class']);

/** The attributes the byline tests read, read once per element. */
interface BylineAttrs {
  rel: string | null;
  cls: string | null;
  itemprop: string | null;
}

/** Byline candidates in order of trust: `[rel=author]`, `.byline`, `[itemprop=author]`, `.author`. */
const BYLINE_TESTS: ((el: Element, a: BylineAttrs) => boolean)[] = [
  (el, a) => tokenIn(a.rel, 'author') && el.localName !== 'link' && el.localName !== 'meta',
  (_el, a) => tokenIn(a.cls, 'byline'),
  (el, a) => tokenIn(a.itemprop, 'author') && el.localName !== 'link' && el.localName !== 'meta',
  (_el, a) => tokenIn(a.cls, 'author'),
];

/**
 * Finds the landmarks (and, with `withMeta`, the metadata elements) in one TreeWalker pass instead
 * of a dozen `querySelectorAll` calls, each a full pass of its own.
 */
export function scanPage(doc: Document, withMeta: boolean, keepLengthsAbove = 0): PageScan {
  const steps = scanPageSteps(doc, withMeta, keepLengthsAbove);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * `scanPage` in steps: yields after every `SCAN_STEP_NODES` nodes, so a caller can give the page
 * its main thread back between steps (a page of 150,000 nodes is one long task otherwise), and
 * returns the scan. The same pass counts text lengths bottom-up (each element's total is added to
 * its parent's when the walk leaves it: linear however deep the page is nested).
 */
export function* scanPageSteps(doc: Document, withMeta: boolean, keepLengthsAbove = 0): Generator<void, PageScan, void> {
  const scan = emptyScan();
  const top = doc.documentElement;
  if (!top) return scan;
  const visit = visitor(scan, withMeta);
  // Open elements and their text so far; an element is closed when the walk leaves it.
  const open: Element[] = [top];
  const lengths: number[] = [0];
  const close = (): void => {
    const el = open.pop()!;
    const length = lengths.pop()!;
    if (lengths.length > 0) lengths[lengths.length - 1]! += length;
    if (length > keepLengthsAbove || el.localName === 'article') scan.textLengths.set(el, length);
  };
  visit(top);
  const walker = doc.createTreeWalker(top, SHOW_ELEMENT | SHOW_TEXT);
  let n = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentNode;
    while (open.length > 1 && open[open.length - 1] !== parent) close();
    if (node.nodeType === ELEMENT_NODE) {
      visit(node as Element);
      open.push(node as Element);
      lengths.push(0);
    } else {
      lengths[lengths.length - 1]! += (node as Text).data.length;
    }
    if (++n % SCAN_STEP_NODES === 0) yield;
  }
  while (open.length > 0) close();
  return scan;
}

/**
 * Every element the scan looks at, or may: its tags, and the attributes its tests read. A class
 * selector is a token test, as `tokenIn` is (in quirks mode it also ignores case: a superset).
 */
const SCAN_SELECTOR = 'article, main, h1, meta, script[type], time[datetime], [itemprop], [role], [rel], .byline, .author';

/**
 * `scanPage` by the browser's own selector matching: one native call hands over only the
 * elements the scan wants, so a page of 145,000 nodes is not walked node by node in script (the
 * walk cost the content script ~100 ms there). It counts no text lengths: `textLengths` is empty
 * (see `articleRootOf`). Null when the DOM cannot do it (happy-dom recurses on a very deep page):
 * the caller walks instead.
 */
export function scanPageBySelector(doc: Document, withMeta: boolean): PageScan | null {
  const scan = emptyScan();
  const top = doc.documentElement;
  if (!top) return scan;
  let found: NodeListOf<Element>;
  try {
    found = doc.querySelectorAll(SCAN_SELECTOR);
  } catch {
    return null;
  }
  const visit = visitor(scan, withMeta);
  visit(top);
  for (const el of Array.from(found)) visit(el);
  return scan;
}

function emptyScan(): PageScan {
  return {
    itemBody: null,
    articles: [],
    main: null,
    roleMain: null,
    headline: null,
    h1s: [],
    metas: [],
    jsonLd: [],
    times: [],
    itemDates: [],
    bylines: BYLINE_TESTS.map(() => []),
    textLengths: new Map(),
  };
}

/** What the scan notes of each element it meets, into `scan`. */
function visitor(scan: PageScan, withMeta: boolean): (el: Element) => void {
  return (el: Element): void => {
    const tag = el.localName;
    if (tag === 'article') scan.articles.push(el);
    else if (tag === 'main') scan.main ??= el;
    else if (tag === 'h1') scan.headline ??= el;
    if (withMeta) {
      if (tag === 'meta') scan.metas.push(el);
      else if (tag === 'h1') scan.h1s.push(el);
    }
    // Most elements of a page carry no attribute: one call rules out every test below. (The scan
    // visits every element; eight attribute reads each were its largest cost on a huge page.)
    if (!el.hasAttributes() || !el.getAttributeNames().some((name) => SCAN_ATTRIBUTES.has(name))) return;
    const itemprop = el.getAttribute('itemprop');
    if (!scan.itemBody && tokenIn(itemprop, 'articleBody')) scan.itemBody = el;
    if (!scan.roleMain && el.getAttribute('role') === 'main') scan.roleMain = el;
    if (!withMeta) return;
    if (tag === 'script' && (el.getAttribute('type') ?? '').trim().toLowerCase() === 'application/ld+json') {
      scan.jsonLd.push(el);
    } else if (tag === 'time' && el.hasAttribute('datetime')) scan.times.push(el);
    if (tokenIn(itemprop, 'datePublished') && el.hasAttribute('content')) scan.itemDates.push(el);
    const attrs: BylineAttrs = { rel: el.getAttribute('rel'), cls: el.getAttribute('class'), itemprop };
    BYLINE_TESTS.forEach((test, i) => {
      if (test(el, attrs)) scan.bylines[i]?.push(el);
    });
  };
}

/** The article root of a scanned page; see `chooseArticleRoot`. */
export function articleRootOf(doc: Document, scan: PageScan): Element | null {
  // A landmark inside code, a form control, an editor or an SVG is not the page's article: reading
  // it would check text the highlighter may never mark (and a reader's draft in an editor).
  const usable = (el: Element | null): Element | null => (el && !isInsideUntouchable(el) ? el : null);
  const itemBody = usable(scan.itemBody);
  if (itemBody) return itemBody;
  // An <article> inside a related-stories aside is a teaser, not the story; an <article
  // contenteditable> is an editor.
  const candidates = scan.articles.filter((a) => !(a.parentElement && isInsideSkipped(a.parentElement, null, scan.headline)) && usable(a));
  let best: Element | null = candidates.length === 1 ? candidates[0]! : null;
  let bestLength = -1;
  // The walk counts every <article>; a scan by selector counts none, and reads the text of each
  // only when there is a choice to make.
  if (candidates.length > 1) {
    for (const article of candidates) {
      const length = scan.textLengths.get(article) ?? textLength(article);
      if (length > bestLength) {
        best = article;
        bestLength = length;
      }
    }
  }
  return best ?? usable(scan.main) ?? usable(scan.roleMain) ?? doc.body;
}

/**
 * Picks the element that holds the article: `[itemprop=articleBody]`, else the `article` with the
 * most text (teasers in skipped regions do not count), else `main`, `[role=main]`, else `body`.
 * Returns null only for a document without a body.
 */
export function chooseArticleRoot(doc: Document): Element | null {
  return articleRootOf(doc, scanPage(doc, false));
}

