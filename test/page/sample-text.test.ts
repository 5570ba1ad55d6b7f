// @vitest-environment happy-dom
/** The gate's sample of a page (page/sample-text.ts). */
import { describe, expect, it } from 'vitest';
import { sampleText } from '../../page/sample-text';

/** A document from markup, through the environment's own parser. */
function page(body: string, head = ''): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, 'text/html');
}


describe('sampleText', () => {
  it('is the title, a newline and the first characters of the body text, without scripts', () => {
    const doc = page('<p>Alpha <b>beta</b></p><script>var x = 1;</script><p>gamma delta</p>', '<title>T</title>');
    expect(sampleText(doc, 12)).toBe('T\nAlpha betaga');
    expect(sampleText(doc, 0)).toBe('T\n');
  });

  it('leaves out style and noscript text too, wherever the code sits', () => {
    const doc = page('<style>p{}</style><p>one</p><noscript>no js</noscript><p>two<script>x()</script> three</p>', '<title>T</title>');
    expect(sampleText(doc, 100)).toBe('T\nonetwo three');
    expect(sampleText(doc, 5)).toBe('T\nonetw');
  });

  it('walks a page of more than 10,000 elements only as far as the sample goes', () => {
    // p, b, script and 9,997 i: 10,000 elements, still read in one call.
    const doc = page(`<p>Alpha <b>beta</b></p><script>var x = 1;</script>${'<i>x</i>'.repeat(9_997)}`, '<title>T</title>');
    let read = 0;
    Object.defineProperty(doc.body, 'textContent', { get: () => ((read += 1), 'Alpha betavar x = 1;xxxxxxxx') });
    expect(sampleText(doc, 14)).toBe('T\nAlpha betaxxxx');
    expect(read).toBe(1);
    doc.body.append(doc.createElement('i'));
    expect(sampleText(doc, 14)).toBe('T\nAlpha betaxxxx');
    expect(read).toBe(1);
  });

  it('walks the text nodes when textContent throws (a DOM that recurses, on a very deep page)', () => {
    const doc = page('<p>Alpha <b>beta</b></p><script>var x = 1;</script><p>gamma</p>', '<title>T</title>');
    Object.defineProperty(doc.body, 'textContent', { get: () => { throw new RangeError('Maximum call stack size exceeded'); } });
    expect(sampleText(doc, 100)).toBe('T\nAlpha betagamma');
    expect(sampleText(doc, 8)).toBe('T\nAlpha be');
  });
});
