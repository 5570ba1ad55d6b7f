// @vitest-environment happy-dom
/** Removing marks (page/unmark.ts): the page's DOM as it was, its own text nodes included. */
import { describe, expect, it } from 'vitest';
import { markFigures } from '../../page/highlighter';
import { removeMark, removeMarks } from '../../page/unmark';
import { readArticle, type ArticleText } from '../../page/read-article';
import { textNodes } from '../support/text-nodes';
import { body, expectSegmentsValid, spec } from '../support/marking';

describe('removeMarks', () => {
  /** A paragraph with adjacent text nodes, inline elements, a split figure and three figures in one node. */
  function fixture(): HTMLElement {
    const root = body(
      '<p id="a">Trade was <i>about</i> $228 billion.</p>' +
        '<p id="b">They signed more than <b>20</b> documents.</p>' +
        '<p id="c">In 2023, 40 deals; in 2024, 12 more.</p>',
    );
    // Adjacent text nodes the page itself keeps separate (the parser would merge them).
    const a = root.querySelector('#a') as HTMLElement;
    a.insertBefore(root.ownerDocument.createTextNode('Officially, '), a.firstChild);
    a.appendChild(root.ownerDocument.createTextNode(' Up 26%.'));
    a.appendChild(root.ownerDocument.createTextNode(' Or 30%.'));
    return root;
  }

  /** Number of text nodes that are direct children of each element under root (and root). */
  function childTextCounts(root: Element): number[] {
    return [root, ...Array.from(root.querySelectorAll('*'))].map(
      (el) => Array.from(el.childNodes).filter((n) => n.nodeType === 3).length,
    );
  }

  function markAll(root: HTMLElement): { article: ArticleText; marks: HTMLElement[] } {
    const article = readArticle(root.ownerDocument, root);
    const figures = ['$228 billion', '26%', '30%', 'more than 20', '2023', '40', '2024', '12'];
    const marks = markFigures(article, figures.map((f) => spec(article, f)));
    expect(marks).toHaveLength(figures.length);
    return { article, marks };
  }

  it('restores the same innerHTML and the same text nodes', () => {
    const root = fixture();
    const html = root.innerHTML;
    const counts = childTextCounts(root);
    const nodes = textNodes(root);
    const text = readArticle(root.ownerDocument, root).text;
    expect(counts).toEqual([0, 5, 1, 2, 1, 1]);

    markAll(root);
    expect(root.querySelectorAll('crosscheck-mark')).toHaveLength(9);
    expect(textNodes(root).length).toBeGreaterThan(nodes.length);

    removeMarks(root);
    expect(root.innerHTML).toBe(html);
    expect(childTextCounts(root)).toEqual(counts);
    // Not just equal: the page's own Text objects, which its scripts may hold, are back in place.
    const after = textNodes(root);
    expect(after).toHaveLength(nodes.length);
    after.forEach((node, i) => expect(node).toBe(nodes[i]));
    expect(readArticle(root.ownerDocument, root).text).toBe(text);
  });

  it('removes one figure, all its pieces, and leaves the others', () => {
    const root = fixture();
    const html = root.innerHTML;
    const counts = childTextCounts(root);
    const { marks } = markAll(root);
    const split = marks.find((m) => m.getAttribute('data-figure') === 'more than 20') as HTMLElement;
    removeMark(split);
    expect(root.querySelectorAll('[data-figure="more than 20"]')).toHaveLength(0);
    expect(root.querySelector('#b')?.innerHTML).toBe('They signed more than <b>20</b> documents.');
    expect(root.querySelectorAll('crosscheck-mark')).toHaveLength(7);

    // From a continuation piece too, and from the middle of a node with several figures.
    const forty = marks.find((m) => m.getAttribute('data-figure') === '40') as HTMLElement;
    removeMark(forty);
    expect(root.querySelector('#c')?.textContent).toBe('In 2023, 40 deals; in 2024, 12 more.');
    expect(root.querySelectorAll('#c crosscheck-mark')).toHaveLength(3);

    removeMarks(root);
    expect(root.innerHTML).toBe(html);
    expect(childTextCounts(root)).toEqual(counts);
  });

  it('marks the same in chunks as in one call (the article stays valid between calls)', () => {
    const once = fixture();
    markAll(once);
    const chunked = fixture();
    const article = readArticle(chunked.ownerDocument, chunked);
    const figures = ['$228 billion', '26%', '30%', 'more than 20', '2023', '40', '2024', '12'];
    const specs = figures.map((f) => spec(article, f));
    const marked: HTMLElement[] = [];
    for (let i = 0; i < specs.length; i += 3) marked.push(...markFigures(article, specs.slice(i, i + 3)));
    expect(marked).toHaveLength(8);
    expect(chunked.innerHTML).toBe(once.innerHTML);
    expectSegmentsValid(article);
  });

  it('leaves the article text unchanged: a marked page reads the same, continuation pieces included', () => {
    const root = fixture();
    const before = readArticle(root.ownerDocument, root).text;
    markAll(root);
    expect(root.querySelectorAll('[data-cc-continuation][aria-hidden="true"]')).toHaveLength(1);
    expect(readArticle(root.ownerDocument, root).text).toBe(before);
  });

  it('removes a figure marked earlier, found by its id when its pieces were not recorded', () => {
    const root = body(
      '<p>signed <crosscheck-mark data-cc-id="old" data-figure="more than 20">more than </crosscheck-mark>' +
        '<b><crosscheck-mark data-cc-id="old" data-cc-continuation="" aria-hidden="true">20</crosscheck-mark></b> and ' +
        '<crosscheck-mark data-cc-id="other">5</crosscheck-mark></p>',
    );
    removeMark(root.querySelector('b crosscheck-mark') as Element);
    expect(root.innerHTML).toBe('<p>signed more than <b>20</b> and <crosscheck-mark data-cc-id="other">5</crosscheck-mark></p>');
  });

  it('removes a split figure when given its continuation piece', () => {
    const root = fixture();
    const html = root.innerHTML;
    markAll(root);
    removeMark(root.querySelector('[data-cc-continuation]') as Element);
    expect(root.querySelectorAll('[data-figure="more than 20"]')).toHaveLength(0);
    removeMarks(root);
    expect(root.innerHTML).toBe(html);
  });
});

