// @vitest-environment happy-dom
/**
 * The content script's cutting of long pages into elements (entrypoints/content/run-check.ts),
 * which loses no text. (Content-script helpers without a component live here with the card's
 * tests.)
 */
import { describe, expect, test } from 'vitest';
import { elementCount, splitRoot } from '../../entrypoints/content/run-check';

describe('splitRoot', () => {
  test('keeps small roots whole and splits big ones into children, skipping asides', () => {
    document.body.innerHTML = `<article><p>${'x'.repeat(30)}</p><aside>${'y'.repeat(30)}</aside><p>${'z'.repeat(30)}</p></article>`;
    const article = document.querySelector('article')!;
    expect(splitRoot(article, 1000)).toEqual([article]);
    expect(splitRoot(article, 40).map((e) => e.textContent?.[0])).toEqual(['x', 'z']);
  });
  test('never descends into an element with loose text of its own', () => {
    document.body.innerHTML = `<div>loose ${'t'.repeat(50)}<p>inner</p></div>`;
    const div = document.querySelector('div')!;
    expect(splitRoot(div, 10)).toEqual([div]);
  });
  test('follows a chain of single children unmeasured, and splits where it branches', () => {
    document.body.innerHTML = `<article><div><div><section><p>${'a'.repeat(30)}</p><p>${'b'.repeat(30)}</p></section></div></div></article>`;
    const measured: Element[] = [];
    const units = splitRoot(document.querySelector('article')!, 40, (el) => (measured.push(el), el.textContent!.length));
    expect(units.map((e) => e.textContent?.[0])).toEqual(['a', 'b']);
    expect(measured.map((e) => e.localName)).toEqual(['section', 'p', 'p']);
  });
  test('counts elements for the content script (elementCount), so no text is built', () => {
    document.body.innerHTML = `<article>${'<section><p>x</p><p>y</p></section>'.repeat(3)}</article>`;
    expect(elementCount(document.querySelector('article')!)).toBe(9);
    expect(splitRoot(document.querySelector('article')!, 4, elementCount).map((e) => e.localName)).toEqual(['section', 'section', 'section']);
  });
});
