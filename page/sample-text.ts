/**
 * The sample of a page the subject gate reads. It runs in the content script's first stage,
 * injected into every page (docs/decisions/008), so it imports nothing but DOM constants.
 */
import { SHOW_TEXT } from './dom-walk';

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
