/**
 * The sample of a page the subject gate reads. It runs in the content script's first stage,
 * injected into every page (docs/decisions/008), so it imports nothing but DOM helpers.
 */
import { SHOW_TEXT } from './dom-walk';

/**
 * Up to this many elements, the body's text is taken in one native call; a bigger page is walked
 * only as far as the sample goes (`textContent` of a 5 MB, 145,000-node page took 18 ms).
 */
const MAX_ELEMENTS_FOR_TEXT_CONTENT = 10_000;

/** Elements whose text is code, not prose, left out of the sample. */
const CODE_SELECTOR = 'script, style, noscript';
const CODE_TAGS = new Set(['script', 'style', 'noscript', 'template']);

/**
 * A cheap sample of the page for the first relevance test: the title, a newline, then the first
 * `maxChars` characters of the body's text, script and style text left out (it is never about
 * the subject).
 *
 * On a page of ordinary size the body's text comes from one native `textContent` call, and the
 * code elements' texts are cut out of it: walking the text nodes from script instead gives every
 * node a wrapper in the content script's fresh isolated world, which was the largest cost on pages
 * that are not about any subject (3.1 against 1.2 ms under the benchmark's trace, an empty
 * content script 1.0 ms; docs/decisions/010). A very large page is walked, stopping once the
 * sample is full, so its cost stays bounded.
 */
export function sampleText(doc: Document, maxChars: number): string {
  const body = doc.body;
  let sample = '';
  if (body && maxChars > 0) {
    try {
      sample =
        // Is there an element past the limit? Asked of the live collection by index, which walks
        // only that far (its `length` counts every element of a 5 MB page first).
        body.getElementsByTagName('*').item(MAX_ELEMENTS_FOR_TEXT_CONTENT) === null
          ? withoutCode(body.textContent ?? '', body.querySelectorAll(CODE_SELECTOR), maxChars)
          : walkedSample(body, maxChars);
    } catch {
      // A DOM whose textContent recurses (happy-dom in node) can overflow on a very deep page.
      sample = walkedSample(body, maxChars);
    }
  }
  return `${doc.title}\n${sample}`;
}

/**
 * The first `maxChars` characters of `text` once the texts of `code` (in document order, so in the
 * order `textContent` joined them) are cut out of it.
 */
function withoutCode(text: string, code: ArrayLike<Element>, maxChars: number): string {
  let out = '';
  let at = 0;
  for (let i = 0; i < code.length && out.length < maxChars; i++) {
    const cut = code[i]!.textContent ?? '';
    if (!cut) continue;
    const found = text.indexOf(cut, at);
    if (found < 0) continue;
    out += text.slice(at, found);
    at = found + cut.length;
  }
  if (out.length < maxChars) out += text.slice(at, at + maxChars - out.length);
  return out.slice(0, maxChars);
}

/** The same sample by walking the text nodes (stops once it has enough). */
function walkedSample(body: HTMLElement, maxChars: number): string {
  const walker = body.ownerDocument.createTreeWalker(body, SHOW_TEXT);
  let sample = '';
  for (let node = walker.nextNode(); node && sample.length < maxChars; node = walker.nextNode()) {
    if (CODE_TAGS.has(node.parentElement?.localName ?? '')) continue;
    sample += (node as Text).data;
  }
  return sample.slice(0, maxChars);
}
