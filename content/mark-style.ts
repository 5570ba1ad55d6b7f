/**
 * The page-level style of `<crosscheck-mark>`: injected once as `<style data-crosscheck-ui>` and
 * removed on teardown. Every declaration is `!important` and the selector carries an attribute,
 * so page rules aimed at inline elements (`span`, `mark`, `article *`) cannot hide or restyle a mark.
 *
 * Each verdict has a colour and a second cue that survives colour blindness and forced colours:
 * conflicting = wavy underline + a "!" badge, corroborated = solid underline, mixed = dashed
 * underline + a "?" badge, related = dotted underline. The colours are mid-tones with at least
 * 3:1 contrast on both white and black pages.
 */
const CSS = `
crosscheck-mark[data-verdict]{all:unset!important;display:inline!important;visibility:visible!important;opacity:1!important;
color:inherit!important;font:inherit!important;cursor:pointer!important;border-radius:2px!important;
text-decoration-line:underline!important;text-decoration-thickness:2px!important;text-underline-offset:0.2em!important;
text-decoration-skip-ink:none!important;-webkit-box-decoration-break:clone!important;box-decoration-break:clone!important;
--cc-mark:#6b7280}
crosscheck-mark[data-verdict=conflicting]{--cc-mark:#dc2626;text-decoration-style:wavy!important;text-decoration-color:#dc2626!important;background-color:rgba(220,38,38,.12)!important}
crosscheck-mark[data-verdict=corroborated]{--cc-mark:#16a34a;text-decoration-style:solid!important;text-decoration-color:#16a34a!important;background-color:rgba(22,163,74,.10)!important}
crosscheck-mark[data-verdict=mixed]{--cc-mark:#d97706;text-decoration-style:dashed!important;text-decoration-color:#d97706!important;background-color:rgba(217,119,6,.12)!important}
crosscheck-mark[data-verdict=related]{--cc-mark:#6b7280;text-decoration-style:dotted!important;text-decoration-color:#6b7280!important;background-color:rgba(107,114,128,.10)!important}
crosscheck-mark[data-verdict=conflicting]::after,crosscheck-mark[data-verdict=mixed]::after{all:unset!important;
display:inline-block!important;box-sizing:border-box!important;width:1.1em!important;height:1.1em!important;margin-left:0.12em!important;
border-radius:50%!important;background:var(--cc-mark)!important;color:#fff!important;font:700 0.62em/1.1em system-ui,sans-serif!important;
text-align:center!important;vertical-align:0.35em!important;text-decoration:none!important}
crosscheck-mark[data-verdict=conflicting]::after{content:"!"!important}
crosscheck-mark[data-verdict=mixed]::after{content:"?"!important}
crosscheck-mark[data-verdict]:hover,crosscheck-mark[data-verdict][aria-expanded=true]{text-decoration-thickness:3px!important;background-color:color-mix(in srgb,var(--cc-mark) 22%,transparent)!important}
crosscheck-mark[data-verdict]:focus-visible{outline:2px solid #2563eb!important;outline-offset:2px!important;box-shadow:0 0 0 4px rgba(255,255,255,.85)!important}
@media (forced-colors:active){crosscheck-mark[data-verdict]{text-decoration-color:LinkText!important;background:none!important}
crosscheck-mark[data-verdict]::after{forced-color-adjust:none!important;background:LinkText!important;color:Canvas!important}}
@media print{crosscheck-mark[data-verdict]{text-decoration:none!important;background:none!important}crosscheck-mark[data-verdict]::after{content:none!important}}
`;

/** The "background" highlight style of the settings: stronger tints, the same underlines and badges. */
const BACKGROUND_CSS = `
crosscheck-mark[data-verdict=conflicting]{background-color:rgba(220,38,38,.26)!important}
crosscheck-mark[data-verdict=corroborated]{background-color:rgba(22,163,74,.24)!important}
crosscheck-mark[data-verdict=mixed]{background-color:rgba(217,119,6,.26)!important}
crosscheck-mark[data-verdict=related]{background-color:rgba(107,114,128,.22)!important}
`;

/** How marks look (the `highlightStyle` setting). */
export type HighlightStyle = 'underline' | 'background';

/** The attribute that marks the injected `<style>` as ours. */
export const MARK_STYLE_ATTR = 'data-crosscheck-ui';

/** The marks' style sheet for a variant (the first-run page's legend draws its samples with it). */
export function markStyleText(variant: HighlightStyle = 'underline'): string {
  return variant === 'background' ? CSS + BACKGROUND_CSS : CSS;
}

/**
 * Adds the marks' style to the document once (or updates its variant); returns the element.
 * The text is set with `textContent`: nothing from the page is ever part of it.
 */
export function injectMarkStyle(doc: Document, variant: HighlightStyle = 'underline'): HTMLStyleElement {
  const text = markStyleText(variant);
  const existing = doc.querySelector<HTMLStyleElement>(`style[${MARK_STYLE_ATTR}]`);
  if (existing) {
    if (existing.textContent !== text) existing.textContent = text;
    return existing;
  }
  const style = doc.createElement('style');
  style.setAttribute(MARK_STYLE_ATTR, '');
  style.textContent = text;
  (doc.head ?? doc.documentElement).append(style);
  return style;
}

/** Removes the marks' style (teardown). */
export function removeMarkStyle(doc: Document): void {
  for (const el of doc.querySelectorAll(`style[${MARK_STYLE_ATTR}]`)) el.remove();
}
