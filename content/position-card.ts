/**
 * Places the card beside its mark with Floating UI, inside the viewport and clear of the page's
 * fixed or sticky bars (site headers, cookie banners), and keeps it there while the page scrolls
 * or resizes (`autoUpdate`). Strategy `fixed`: the card lives in the top layer or at the highest
 * z-index, so its containing block is the viewport.
 */
import { autoUpdate, computePosition, flip, hide, inline, offset, shift, size, type VirtualElement } from '@floating-ui/dom';

/** Room kept between the card and the viewport's edges or the page's bars. */
const EDGE = 8;
/** A fixed or sticky bar taller than this share of the viewport is a layout column, not a header. */
const MAX_BAR_SHARE = 0.4;

/** Space taken at the top and bottom of the viewport by the page's fixed or sticky bars. */
export interface Obstructions {
  top: number;
  bottom: number;
}

/**
 * Finds the page's fixed or sticky bars touching the top or bottom edge of the viewport, by
 * probing a few points along each edge (`elementsFromPoint`), so it costs the same on any page.
 * Elements inside `ignore` (our own card) do not count.
 */
export function findObstructions(doc: Document, ignore: Element | null): Obstructions {
  const win = doc.defaultView;
  if (!win) return { top: 0, bottom: 0 };
  const width = win.innerWidth;
  const height = win.innerHeight;
  const result: Obstructions = { top: 0, bottom: 0 };
  const seen = new Set<Element>();
  for (const edge of ['top', 'bottom'] as const) {
    const y = edge === 'top' ? 1 : height - 2;
    for (const x of [width * 0.1, width * 0.5, width * 0.9]) {
      for (const hit of doc.elementsFromPoint(x, y)) {
        const bar = barAncestor(hit, win, ignore);
        if (!bar || seen.has(bar)) continue;
        seen.add(bar);
        const rect = bar.getBoundingClientRect();
        if (rect.height <= 0 || rect.height > height * MAX_BAR_SHARE) continue;
        if (edge === 'top' && rect.top <= 1) result.top = Math.max(result.top, rect.bottom);
        if (edge === 'bottom' && rect.bottom >= height - 2) result.bottom = Math.max(result.bottom, height - rect.top);
      }
    }
  }
  return result;
}

/** The nearest ancestor-or-self of `el` positioned fixed or sticky (up to the body), or null. */
function barAncestor(el: Element, win: Window, ignore: Element | null): Element | null {
  for (let node: Element | null = el; node && node !== el.ownerDocument.body && node !== el.ownerDocument.documentElement; node = node.parentElement) {
    if (ignore && (node === ignore || ignore.contains(node))) return null;
    const position = win.getComputedStyle(node).position;
    if (position === 'fixed' || position === 'sticky') return node;
  }
  return null;
}

/** Where the pointer was when the card was asked for, to pick the right line of a wrapped mark. */
export interface PointerHint {
  x: number;
  y: number;
}

/** What a card is placed beside: a mark, or a selection's text (a virtual element). */
export type CardReference = HTMLElement | (VirtualElement & { contextElement: Element });

/**
 * A selection's range as Floating UI's virtual element (its boxes followed as the page scrolls),
 * or, when there is no selection any more, a point near the top centre of the viewport.
 */
export function rangeReference(range: Range | null, doc: Document): CardReference {
  const contextElement = (range?.commonAncestorContainer.nodeType === 1 ? (range.commonAncestorContainer as Element) : range?.commonAncestorContainer.parentElement) ?? doc.body ?? doc.documentElement;
  if (range && range.getClientRects().length > 0) {
    return { getBoundingClientRect: () => range.getBoundingClientRect(), getClientRects: () => range.getClientRects(), contextElement };
  }
  const win = doc.defaultView;
  const x = (win?.innerWidth ?? 0) / 2;
  return { getBoundingClientRect: () => new DOMRect(x, 48, 0, 0), contextElement };
}

/**
 * Positions `floating` beside `reference` now and on every scroll, resize or layout change,
 * until the returned function is called. The card's maximum height follows the space available.
 */
export function keepCardBesideMark(
  reference: CardReference,
  floating: HTMLElement,
  card: HTMLElement,
  pointer: PointerHint | null,
): () => void {
  const doc = floating.ownerDocument;
  const update = (): void => {
    const bars = findObstructions(doc, floating.getRootNode() instanceof ShadowRoot ? (floating.getRootNode() as ShadowRoot).host : floating);
    const padding = { top: bars.top + EDGE, bottom: bars.bottom + EDGE, left: EDGE, right: EDGE };
    void computePosition(reference, floating, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        inline(pointer ?? undefined),
        offset(6),
        // Above or below only: a card beside a mark would cover the line being read. When neither
        // side has room, the roomier one wins and `size` makes the card scroll.
        flip({ padding, fallbackPlacements: ['top-start'] }),
        shift({ padding }),
        size({
          padding,
          apply({ availableHeight }) {
            card.style.setProperty('--cc-max-height', `${Math.max(160, Math.floor(availableHeight))}px`);
          },
        }),
        // A card whose mark scrolled out of sight (or under a header) is hidden, not left stranded.
        hide({ padding }),
      ],
    }).then(({ x, y, middlewareData }) => {
      floating.style.left = `${Math.round(x)}px`;
      floating.style.top = `${Math.round(y)}px`;
      floating.style.visibility = middlewareData.hide?.referenceHidden ? 'hidden' : '';
    });
  };
  return autoUpdate(reference, floating, update, { animationFrame: false });
}
