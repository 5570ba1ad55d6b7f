/**
 * Parses saved HTML into a `Document` outside the browser (node scripts and tests), so the same
 * `readArticle` / `readPageMeta` that run in the content script can read a file on disk.
 *
 * The page is untrusted: happy-dom is told to run no script (inline or external), load no
 * stylesheet, image or frame, and follow no navigation. Parsing goes through the window's `DOMParser`.
 */
import { Window } from 'happy-dom';

/**
 * Parses `html` into a document whose `URL` is `url` (about:blank when omitted). Scripts never run
 * and nothing is fetched.
 *
 * @param html - the page's markup, a whole document or a fragment
 * @param url - the address the page was saved from; relative links and `doc.URL` resolve against it
 */
export function parseHtml(html: string, url?: string): Document {
  const window = new Window({
    url: url ?? 'about:blank',
    settings: {
      enableJavaScriptEvaluation: false,
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      enableCSSFileLoading: false,
      enableImageFileLoading: false,
      disableIframePageLoading: true,
      enableIframePageLoading: false,
      disableComputedStyleRendering: true,
      // Resources that are not loaded count as loaded, so nothing waits or logs errors for them.
      handleDisabledFileLoadingAsSuccess: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
        disableFallbackToSetURL: true,
      },
    },
  });
  // DOMParser parses a whole document (doctype, <html lang>, head and body) and, per spec, never
  // runs its scripts or handlers; the settings above are a second line of defence. Its document
  // takes the window's URL, so `doc.URL` is the page's address.
  const doc = new window.DOMParser().parseFromString(html, 'text/html');
  // happy-dom's Document is structurally the DOM's; the cast is the only bridge needed.
  return doc as unknown as Document;
}
