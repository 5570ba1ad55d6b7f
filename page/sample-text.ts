/**
 * The sample of a page the subject gate reads. It runs in the content script's first stage,
 * injected into every page (docs/decisions/008), so it imports nothing but DOM helpers.
 */
import { SHOW_TEXT } from './dom-walk';

/** Elements whose text is code, not prose, left out of the sample. */
const CODE_SELECTOR = 'script, style, noscript';
const CODE_TAGS = new Set(['script', 'style', 'noscript', 'template']);

/**
 * A cheap sample of the page for the first relevance test: the title, a newline, then the first
 * `maxChars` characters of the body's text, script and style text left out (it is never about
 * the subject).
 *
 * The body's text comes from one native `textContent` call, and the code elements' texts are cut
 * out of it. Walking the text nodes from script instead gives every node a wrapper in the content
 * script's fresh isolated world, which was the largest cost on pages that are not about any
 * subject (docs/decisions/010).
 */
export function sampleText(doc: Document, maxChars: number): string {
  const body = doc.body;
  let sample = '';
  if (body && maxChars > 0) {
    try {
      sample = withoutCode(body.textContent ?? '', body.querySelectorAll(CODE_SELECTOR), maxChars);
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
