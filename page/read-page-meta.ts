/**
 * Reads what a page's markup says about itself: title, publication date candidates, byline and
 * site name, as plain strings for the engine (`core/`) to weigh.
 */
import type { PageMeta } from '../core/model';
import { textOf } from './dom-walk';
import { articleRootOf, scanPage, type PageScan } from './page-scan';
import { isInsideSkipped } from './skip-rules';

/** Whitespace runs collapsed and trimmed, for display strings (titles, bylines). */
function clean(value: string | null | undefined): string {
  return (value ?? '').replace(/\s+/g, ' ').trim();
}

/** The trimmed `content` of the first `<meta>` whose property or name is `key`, or '' when absent. */
function metaContent(scan: PageScan, key: string): string {
  const el = scan.metas.find((m) => m.getAttribute('property') === key || m.getAttribute('name') === key);
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
function jsonLdDates(scan: PageScan): string[] {
  const articleDates: string[] = [];
  const otherDates: string[] = [];
  for (const script of scan.jsonLd) {
    let data: unknown;
    try {
      data = JSON.parse(unwrapJson(textOf(script)));
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

/** Publication dates from `<meta name=date>` and its aliases, then `[itemprop=datePublished][content]`. */
function metaDates(scan: PageScan): string[] {
  const out: string[] = [];
  for (const meta of scan.metas) {
    if (DATE_META_NAMES.has((meta.getAttribute('name') ?? '').trim().toLowerCase())) {
      const value = clean(meta.getAttribute('content'));
      if (value) out.push(value);
    }
  }
  for (const el of scan.itemDates) {
    const value = clean(el.getAttribute('content'));
    if (value) out.push(value);
  }
  return out;
}

/**
 * The first `time[datetime]` of the article that is not in a skipped region (a related-stories
 * list has dates of other articles), else the article's first, else the page's first outside page
 * furniture. A site header's "today" clock is never taken: it would date every story as today.
 */
function firstTimeDate(scan: PageScan, root: Element | null): string | null {
  const inRoot = root ? scan.times.filter((t) => root.contains(t)) : [];
  const candidate =
    inRoot.find((t) => !isInsideSkipped(t, root, scan.headline)) ??
    inRoot[0] ??
    scan.times.find((t) => !isInsideSkipped(t, null, scan.headline));
  return clean(candidate?.getAttribute('datetime')) || null;
}

const BYLINE_MAX = 200;

/**
 * The byline: the first author element with text (by order of trust, see `PageScan.bylines`), in
 * the article, else elsewhere outside page furniture. When it sits in a `.byline`-like box, the
 * box's text is taken so the dateline ("By Jane Doe, Moscow · 20 May 2026") comes with it.
 */
function findByline(scan: PageScan, root: Element | null): string | null {
  for (const inArticle of [true, false]) {
    if (inArticle && !root) continue;
    for (const candidates of scan.bylines) {
      for (const el of candidates) {
        if (inArticle ? !root?.contains(el) : isInsideSkipped(el, null, scan.headline)) continue;
        const own = clean(textOf(el));
        if (!own) continue;
        const box = el.closest('[class*="byline"]');
        const boxText = box ? clean(textOf(box)) : '';
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
 * date to believe; reading dates from the address is core's job.
 *
 * @param doc - the page (test seam)
 * @param url - the page's address; defaults to `doc.URL` unless that is about:blank
 * @param scanned - the page's scan with metadata (`scanPage(doc, true)`), when the caller has one
 */
export function readPageMeta(doc: Document, url?: string, scanned?: PageScan): PageMeta {
  const scan = scanned ?? scanPage(doc, true);
  const address = url ?? (doc.URL && doc.URL !== 'about:blank' ? doc.URL : null);
  const root = articleRootOf(doc, scan);
  // The article's own headline, else the page's first (sites put a logo <h1> before the story).
  const h1 = (root ? scan.h1s.find((h) => root.contains(h)) : undefined) ?? scan.h1s[0];
  const title = metaContent(scan, 'og:title') || clean(h1 ? textOf(h1) : '') || clean(doc.title);

  const dates: PageMeta['dates'] = [];
  const seen = new Set<string>();
  const add = (value: string | null, basis: string): void => {
    const key = `${basis}\u0000${value}`;
    if (!value || seen.has(key)) return;
    seen.add(key);
    dates.push({ value, basis });
  };
  const published = 'article:published_time';
  for (const meta of scan.metas) {
    if (meta.getAttribute('property') === published || meta.getAttribute('name') === published) {
      add(clean(meta.getAttribute('content')), published);
    }
  }
  for (const value of jsonLdDates(scan)) add(value, 'JSON-LD datePublished');
  for (const value of metaDates(scan)) add(value, 'meta[name=date]');
  add(firstTimeDate(scan, root), 'time[datetime]');

  return {
    url: address || null,
    title,
    dates,
    byline: findByline(scan, root),
    siteName: metaContent(scan, 'og:site_name') || null,
  };
}
