// @vitest-environment happy-dom
/**
 * The content script's cutting of long pages into elements (entrypoints/content/run-check.ts),
 * which loses no text. (Content-script helpers without a component live here with the card's
 * tests.)
 */
import { describe, expect, test } from 'vitest';
import { splitRoot } from '../../entrypoints/content/run-check';

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
});
