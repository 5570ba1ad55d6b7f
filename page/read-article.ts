/**
 * Reads a news page the way a reader sees it: the article's visible text in reading order, with a
 * map from text offsets back to the DOM's text nodes (so the highlighter can wrap exactly the
 * characters the engine matched), and the page's metadata (title, dates, byline, site name).
 */
import type { PageMeta } from '../core/model';
import { isInsideSkipped, isSkipped } from './skip-rules';

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

// Numeric DOM constants: in node the Document comes from happy-dom's own Window, so the global
// NodeFilter may not exist.
const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;
const ELEMENT_NODE = 1;

/**
 * Picks the element that holds the article: `[itemprop=articleBody]`, else the `article` with the
 * most text (teasers in skipped regions do not count), else `main`, `[role=main]`, else `body`.
 * Returns null only for a document without a body.
 */
export function chooseArticleRoot(doc: Document): Element | null {
  const itemBody = doc.querySelector('[itemprop~="articleBody"]');
  if (itemBody) return itemBody;
  let best: Element | null = null;
  let bestLength = -1;
  for (const article of Array.from(doc.querySelectorAll('article'))) {
    // An <article> inside a related-stories aside is a teaser, not the story.
    if (article.parentElement && isInsideSkipped(article.parentElement, null)) continue;
    const length = article.textContent?.length ?? 0;
    if (length > bestLength) {
      best = article;
      bestLength = length;
    }
  }
  return best ?? doc.querySelector('main') ?? doc.querySelector('[role=main]') ?? doc.body;
}

/**
 * Reads the article's visible text in reading order.
 *
 * One TreeWalker pass: skipped subtrees (see `isSkipped`) are rejected whole, so their nodes are
 * never visited. Block boundaries are detected with a stack of open elements (each pushed and popped
 * once), which keeps the cost linear and the code free of recursion, so a page nested 10,000 deep
 * cannot overflow the stack.
 *
 * @param doc - the page (test seam)
 * @param root - the element to read; chosen with `chooseArticleRoot` when omitted
 */
export function readArticle(doc: Document, root?: Element): ArticleText {
  const start = root ?? chooseArticleRoot(doc);
  if (!start) return { text: '', segments: [] };

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

  const walker = doc.createTreeWalker(start, SHOW_ELEMENT | SHOW_TEXT, (node: Node) => {
    if (node.nodeType !== ELEMENT_NODE || !isSkipped(node as Element)) return FILTER_ACCEPT;
    // A skipped block (an aside between two paragraphs) still ends the line before it.
    if (BLOCK_TAGS.has((node as Element).localName)) requestBreak(BLOCK_SEPARATOR);
    return FILTER_REJECT;
  });

  const open: Node[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    // Close the elements we have left: everything above this node's parent on the stack.
    const parent = node.parentNode;
    while (open.length > 0 && open[open.length - 1] !== parent) {
      const closed = open.pop() as Element;
      if (BLOCK_TAGS.has(closed.localName)) requestBreak(BLOCK_SEPARATOR);
    }

    if (node.nodeType === ELEMENT_NODE) {
      const tag = (node as Element).localName;
      if (tag === 'br') requestBreak(LINE_BREAK);
      else if (BLOCK_TAGS.has(tag)) requestBreak(BLOCK_SEPARATOR);
      open.push(node);
      continue;
    }

    const text = node as Text;
    if (text.data.length === 0) continue;
    if (!/\S/.test(text.data)) {
      if (pendingBreak === '' && length > 0) pendingSpaces.push(text);
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
  }
  return { text: parts.join(''), segments };
}

/** Whitespace runs collapsed and trimmed, for display strings (titles, bylines). */
function clean(value: string | null | undefined): string {
  return (value ?? '').replace(/\s+/g, ' ').trim();
}

/** The trimmed `content` of the first `<meta>` with the given property or name, or '' when absent. */
function metaContent(doc: Document, key: string): string {
  const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
  return clean(el?.getAttribute('content'));
}

/** `<meta name>` values (lower-cased) that carry a publication date. */
const DATE_META_NAMES = new Set([
  'date',
  'pubdate',
  'publishdate',
  'dc.date',
  'dc.date.issued',
  'sailthru.date',
  'parsely-pub-date',
]);

/** JSON-LD `@type`s of the article itself, whose date is preferred over that of a page or a video. */
const ARTICLE_TYPE = /(?:Article|Posting|Report)$/;

/** Removes wrappers some CMSs put around JSON-LD (HTML comments, CDATA markers) before parsing. */
function unwrapJson(raw: string): string {
  return raw
    .trim()
    .replace(/^(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '')
    .replace(/(?:-->|\/\/\s*\]\]>|\]\]>)$/, '')
    .trim();
}

/** The date strings a JSON-LD `datePublished` holds: a string, an array of strings, or `{ "@value": … }`. */
function dateStrings(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  const out: string[] = [];
  for (const item of list) {
    const raw = item !== null && typeof item === 'object' ? (item as Record<string, unknown>)['@value'] : item;
    if (typeof raw === 'string' && raw.trim() !== '') out.push(raw.trim());
  }
  return out;
}

/**
 * Every `datePublished` in the page's JSON-LD blocks, articles' dates first, then others in
 * document order. Walks `@graph` arrays and nested objects with an explicit stack (no recursion);
 * malformed blocks are ignored.
 */
function jsonLdDates(doc: Document): string[] {
  const articleDates: string[] = [];
  const otherDates: string[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse(unwrapJson(script.textContent ?? ''));
    } catch {
      continue; // A broken block on a page is common and must not hide the others.
    }
    const stack: unknown[] = [data];
    while (stack.length > 0) {
      const value = stack.pop();
      if (value === null || typeof value !== 'object') continue;
      const children = Array.isArray(value) ? value : Object.values(value as Record<string, unknown>);
      if (!Array.isArray(value)) {
        const obj = value as Record<string, unknown>;
        const types = ([] as unknown[]).concat(obj['@type'] ?? []);
        const isArticle = types.some((t) => typeof t === 'string' && ARTICLE_TYPE.test(t));
        (isArticle ? articleDates : otherDates).push(...dateStrings(obj.datePublished));
      }
      // Reversed so the stack pops children in document order (pre-order walk).
      for (let i = children.length - 1; i >= 0; i--) {
        const child = children[i];
        if (child !== null && typeof child === 'object') stack.push(child);
      }
    }
  }
  return [...articleDates, ...otherDates];
}

/** Publication dates from `<meta name=date>` and its aliases, and `[itemprop=datePublished][content]`. */
function metaDates(doc: Document): string[] {
  const out: string[] = [];
  for (const meta of Array.from(doc.querySelectorAll('meta[name]'))) {
    if (DATE_META_NAMES.has((meta.getAttribute('name') ?? '').trim().toLowerCase())) {
      const value = clean(meta.getAttribute('content'));
      if (value) out.push(value);
    }
  }
  for (const el of Array.from(doc.querySelectorAll('[itemprop~="datePublished"][content]'))) {
    const value = clean(el.getAttribute('content'));
    if (value) out.push(value);
  }
  return out;
}

/**
 * The first `time[datetime]` of the article that is not in a skipped region (a related-stories
 * list has dates of other articles), else the article's first, else the page's first.
 */
function firstTimeDate(doc: Document, root: Element | null): string | null {
  const inRoot = root ? Array.from(root.querySelectorAll('time[datetime]')) : [];
  const candidate =
    inRoot.find((t) => !isInsideSkipped(t, root)) ?? inRoot[0] ?? doc.querySelector('time[datetime]');
  return clean(candidate?.getAttribute('datetime')) || null;
}

/** Byline selectors in order of trust. */
const BYLINE_SELECTORS = ['[rel~="author"]', '.byline', '[itemprop~="author"]', '.author'];
const BYLINE_MAX = 200;

/**
 * The byline: the first author element with text, in the article, else elsewhere outside page
 * furniture. When it sits in a `.byline`-like box, the box's text is taken so the dateline
 * ("By Jane Doe, Moscow · 20 May 2026") comes with it.
 */
function findByline(doc: Document, root: Element | null): string | null {
  for (const scope of [root, doc]) {
    if (!scope) continue;
    for (const selector of BYLINE_SELECTORS) {
      for (const el of Array.from(scope.querySelectorAll(selector))) {
        if (el.localName === 'link' || el.localName === 'meta') continue;
        if (scope === doc && isInsideSkipped(el, null)) continue;
        const own = clean(el.textContent);
        if (!own) continue;
        const box = el.closest('[class*="byline"]');
        const boxText = box ? clean(box.textContent) : '';
        const text = boxText.length > own.length && boxText.length <= BYLINE_MAX ? boxText : own;
        return text.slice(0, BYLINE_MAX).trim();
      }
    }
  }
  return null;
}

/**
 * Reads what the page's markup says about itself: address, title, publication date candidates
 * (each naming its source, in priority order), byline and site name. The engine decides which
 * date to believe; the address itself is core's to read.
 *
 * @param doc - the page (test seam)
 * @param url - the page's address; defaults to `doc.URL` unless that is about:blank
 */
export function readPageMeta(doc: Document, url?: string): PageMeta {
  const address = url ?? (doc.URL && doc.URL !== 'about:blank' ? doc.URL : null);
  const root = chooseArticleRoot(doc);
  const title =
    metaContent(doc, 'og:title') ||
    clean((root?.querySelector('h1') ?? doc.querySelector('h1'))?.textContent) ||
    clean(doc.title);

  const dates: PageMeta['dates'] = [];
  const seen = new Set<string>();
  const add = (value: string | null, basis: string): void => {
    const key = `${basis}\u0000${value}`;
    if (!value || seen.has(key)) return;
    seen.add(key);
    dates.push({ value, basis });
  };
  for (const meta of Array.from(
    doc.querySelectorAll('meta[property="article:published_time"], meta[name="article:published_time"]'),
  )) {
    add(clean(meta.getAttribute('content')), 'article:published_time');
  }
  for (const value of jsonLdDates(doc)) add(value, 'JSON-LD datePublished');
  for (const value of metaDates(doc)) add(value, 'meta[name=date]');
  add(firstTimeDate(doc, root), 'time[datetime]');

  return {
    url: address || null,
    title,
    dates,
    byline: findByline(doc, root),
    siteName: metaContent(doc, 'og:site_name') || null,
  };
}

/** Parents whose text is code, not prose, left out of the sample. */
const NON_TEXT_PARENTS = new Set(['script', 'style', 'noscript', 'template']);

/**
 * A cheap sample of the page for the first relevance test: the title, a newline, then the first
 * `maxChars` characters of the body's text. Stops walking once it has enough, so a huge page costs
 * no more than a small one; script and style text is left out since it is never about the subject.
 */
export function sampleText(doc: Document, maxChars: number): string {
  const body = doc.body;
  let sample = '';
  if (body && maxChars > 0) {
    const walker = doc.createTreeWalker(body, SHOW_TEXT);
    for (let node = walker.nextNode(); node && sample.length < maxChars; node = walker.nextNode()) {
      if (NON_TEXT_PARENTS.has(node.parentElement?.localName ?? '')) continue;
      sample += (node as Text).data;
    }
  }
  return `${doc.title}\n${sample.slice(0, Math.max(0, maxChars))}`;
}
