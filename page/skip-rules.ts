/**
 * Which parts of a page are not article text, and which must never be edited. Shared by the
 * article reader (which leaves these subtrees out of the text) and the highlighter (which re-checks
 * them before wrapping anything, in case the page changed since it was read).
 *
 * Every test here is a tag, attribute or class/id lookup on one element: no `getComputedStyle`,
 * which would force style recalculation on every node of a 100k-node page.
 */
import { findElement } from './dom-walk';

/**
 * Elements whose content is not prose or belongs to the reader's own input: never read, never
 * wrapped. Editing inside form controls, editors or code would break the page or the user's work.
 */
const UNTOUCHABLE_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'button',
  'code',
  'pre',
  'kbd',
  'samp',
  'svg',
  'math',
  'iframe',
  'canvas',
  'object',
  'embed',
  'audio',
  'video',
  'head',
  'title',
]);

/** Page furniture around the article: read nothing inside. `header` and `form` have their own rules below. */
const FURNITURE_TAGS = new Set(['nav', 'aside', 'footer', 'dialog']);

/** ARIA landmarks and widgets that are never the article body. */
const FURNITURE_ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'banner', 'dialog', 'alertdialog']);

/**
 * Boilerplate by class or id, matched as whole words (delimited by space, `-`, `_` or a camelCase
 * hump) so that "ad" matches `ad-slot` but not `header` or `loading`, and "share" matches
 * `share-bar` but not `shared`.
 */
const BOILERPLATE_WORDS =
  /(?:^|[\s_-])(?:related|recommend\w*|more[\s_-]?stories|newsletters?|subscri\w*|share|sharing|social|comments?|breadcrumbs?|promo\w*|advert\w*|ad|ads|adslot|sidebar|cookies?|cookie[\s_-]?\w+|popular|trending|tags)(?=$|[\s_-])/i;

/** Containers the class/id heuristic never rejects: a main column may well carry a class like `has-sidebar`. */
const CONTENT_CONTAINERS = new Set(['article', 'main', 'body', 'html']);

/** Inline `style` that hides an element. Only the attribute is read; stylesheets are not consulted. */
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** Every attribute `isSkipped` reads: an element with none of them is not skipped for its attributes. */
const SKIP_ATTRIBUTES = new Set(['contenteditable', 'data-crosscheck-ui', 'hidden', 'aria-hidden', 'role', 'style', 'class', 'id']);

/** Tag of the highlight element the highlighter inserts; its content is page text and is read through. */
export const MARK_TAG = 'crosscheck-mark';

/**
 * True for the extension's own UI (card hosts, shadow-root containers…): any element with
 * `data-crosscheck-ui`, or a `crosscheck-*` tag other than the highlight itself.
 */
export function isCrosscheckUi(el: Element): boolean {
  const tag = el.localName;
  return (tag.startsWith('crosscheck-') && tag !== MARK_TAG) || el.hasAttribute('data-crosscheck-ui');
}

/** True for an element whose `contenteditable` makes it (and its content) editable: any value but "false". */
function isEditable(el: Element): boolean {
  const value = el.getAttribute('contenteditable');
  return value !== null && value.trim().toLowerCase() !== 'false';
}

/**
 * True when the highlighter must never insert anything inside `el`: scripts, styles, form
 * controls, code, embedded documents, editors and the extension's own UI.
 */
export function isUntouchable(el: Element): boolean {
  const tag = el.localName;
  if (UNTOUCHABLE_TAGS.has(tag) || (tag.startsWith('crosscheck-') && tag !== MARK_TAG)) return true;
  // Most elements carry no attribute: one call instead of two lookups.
  return el.hasAttributes() && (isEditable(el) || el.hasAttribute('data-crosscheck-ui'));
}

/**
 * True when `el` or one of its ancestors is untouchable. Walks up the parent chain (a loop, so a
 * 10,000-deep page cannot overflow the stack); used for the few nodes the highlighter wraps.
 */
export function isInsideUntouchable(node: Node): boolean {
  for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    if (isUntouchable(el)) return true;
  }
  return false;
}

/**
 * {@link isInsideUntouchable} remembering each element's answer, for many nodes of one unchanged
 * page (the figures of one paragraph share their ancestors). Discard it once the page may have
 * changed: it never looks at an element twice.
 */
export function untouchableMemo(): (node: Node) => boolean {
  const known = new Map<Element, boolean>();
  return (node) => {
    const seen: Element[] = [];
    let answer = false;
    for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el; el = el.parentElement) {
      const cached = known.get(el);
      if (cached !== undefined) {
        answer = cached;
        break;
      }
      seen.push(el);
      if (isUntouchable(el)) {
        answer = true;
        break;
      }
    }
    // Every element walked has the answer of the first one that decided it.
    for (const el of seen) known.set(el, answer);
    return answer;
  };
}

/**
 * A `header` is the article's own (headline, standfirst, byline) when it sits inside the article
 * or main column; a header elsewhere is the site's banner.
 */
function isContentHeader(header: Element): boolean {
  return header.parentElement?.closest('article, main, [role=main], [itemprop~=articleBody]') != null;
}

/** True when the class/id of `el` names boilerplate (related links, share bars, ads, cookie banners…). */
function looksLikeBoilerplate(el: Element): boolean {
  if (CONTENT_CONTAINERS.has(el.localName)) return false;
  const cls = el.getAttribute('class');
  const id = el.getAttribute('id');
  if (!cls && !id) return false;
  if (el.getAttribute('role') === 'main' || (el.getAttribute('itemprop') ?? '').includes('articleBody')) return false;
  // Split camelCase humps ("relatedLinks") so they meet the word boundaries of the pattern.
  const words = `${cls ?? ''} ${id ?? ''}`.replace(/([a-z0-9])([A-Z])/g, '$1 $2');
  return BOILERPLATE_WORDS.test(words);
}

/**
 * True when the article reader leaves out `el` and everything inside it: untouchable content,
 * hidden elements, page furniture (nav, aside, footer, the site header, forms, landmarks) and
 * boilerplate recognised by class or id.
 *
 * @param headline - the page's first `<h1>` (null: the page has none): a `<form>` holding it is the
 *   page itself. Looked up when omitted; pass it when testing many elements of one page.
 */
export function isSkipped(el: Element, headline?: Element | null): boolean {
  const tag = el.localName;
  // Our own highlight is page text; its continuation pieces carry aria-hidden, which must not hide them.
  if (tag === MARK_TAG) return false;
  if (UNTOUCHABLE_TAGS.has(tag) || FURNITURE_TAGS.has(tag)) return true;
  if (tag.startsWith('crosscheck-') && tag !== MARK_TAG) return true;
  if (tag === 'header' && !isContentHeader(el)) return true;
  // Some CMSs (ASP.NET WebForms) wrap the whole page in one <form>; only skip forms that do not
  // hold the headline, i.e. real search, comment and newsletter forms. `contains` walks up from
  // the headline, so this costs the page's depth, not its size.
  if (tag === 'form') {
    const h1 = headline === undefined ? findElement(el.ownerDocument, (e) => e.localName === 'h1') : headline;
    if (h1 === null || !el.contains(h1)) return true;
  }
  // Most elements of an article (p, b, a without class) have no attributes, or none of those read
  // below (a link's href): one or two calls instead of ten lookups.
  if (!el.hasAttributes() || !el.getAttributeNames().some((name) => SKIP_ATTRIBUTES.has(name))) return false;
  if (isEditable(el) || el.hasAttribute('data-crosscheck-ui')) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const role = el.getAttribute('role');
  if (role !== null && FURNITURE_ROLES.has(role.trim().toLowerCase())) return true;
  const style = el.getAttribute('style');
  if (style !== null && HIDDEN_STYLE.test(style)) return true;
  return looksLikeBoilerplate(el);
}

/**
 * True when `el` or an ancestor of it below `stop` (exclusive; null for the whole document) is
 * skipped. A loop up the parent chain: cheap for the few candidates (dates, bylines) it checks.
 */
export function isInsideSkipped(el: Element, stop: Element | null, headline?: Element | null): boolean {
  for (let cur: Element | null = el; cur && cur !== stop; cur = cur.parentElement) {
    if (isSkipped(cur, headline)) return true;
  }
  return false;
}
