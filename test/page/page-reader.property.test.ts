// @vitest-environment happy-dom
/**
 * Property tests of the page reader and the highlighter on random DOM trees (fast-check): reading
 * never throws and maps every character back to its text node; marking any figures (random ranges
 * and the numbers in the text) never throws, never edits untouchable content, and `removeMarks`
 * gives back exactly the page's markup and text nodes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markFigures, type MarkSpec } from '../../page/highlighter';
import { removeMarks } from '../../page/unmark';
import { ArticleReader, chooseArticleRoot, readArticle, readPageMeta, type ArticleText } from '../../page/read-article';
import { sampleText } from '../../page/sample-text';
import { isInsideUntouchable } from '../../page/skip-rules';
import { textNodes } from '../support/text-nodes';

/** A random node of a page: text, or an element with attributes and children. */
type Tree = { text: string } | { tag: string; attrs: Array<[string, string]>; children: Tree[] };

/** Tags a news page holds, the untouchable and skipped ones included. */
const TAGS = [
  'p', 'div', 'span', 'b', 'i', 'em', 'a', 'article', 'main', 'section', 'h1', 'h2', 'li', 'ul', 'br',
  'code', 'pre', 'textarea', 'button', 'aside', 'nav', 'footer', 'header', 'form', 'table', 'tr', 'td',
  'script', 'style', 'template', 'svg', 'math', 'select', 'option', 'label', 'time', 'crosscheck-card',
];
const ATTRS: Array<[string, fc.Arbitrary<string>]> = [
  ['class', fc.constantFrom('', 'related', 'byline', 'share-bar', 'story', 'adslot', 'has-sidebar')],
  ['contenteditable', fc.constantFrom('', 'true', 'false', 'plaintext-only')],
  ['hidden', fc.constant('')],
  ['aria-hidden', fc.constantFrom('true', 'false')],
  ['role', fc.constantFrom('main', 'navigation', 'dialog', 'button')],
  ['style', fc.constantFrom('display:none', 'color:red', 'visibility: hidden')],
  ['itemprop', fc.constantFrom('articleBody', 'author')],
];

/** Words with figures in every form the extractor knows, and characters that trip readers. */
const WORDS = fc.constantFrom(
  '42', '40', 'agreements', 'Beijing', 'Xi', 'Putin', 'May 2026', '$228bn', '25th', 'more than 20', ' ', '  ',
  '\n', '1,000', '1\u00a0000', '4\u200b2', '\uff14\uff12', '\u0661\u0662', 'مليار', '🇨🇳', '-0', 'NaN', '1e308', '.', '',
);
const TEXT = fc.array(WORDS, { maxLength: 6 }).map((ws) => ws.join(' '));

const tree: fc.Memo<Tree> = fc.memo((depth) =>
  depth <= 1
    ? fc.record({ text: TEXT })
    : fc.oneof(
        { weight: 1, arbitrary: fc.record({ text: TEXT }) },
        {
          weight: 2,
          arbitrary: fc.record({
            tag: fc.constantFrom(...TAGS),
            attrs: fc.uniqueArray(fc.oneof(...ATTRS.map(([name, value]) => value.map((v) => [name, v] as [string, string]))), {
              maxLength: 2,
              selector: ([name]) => name,
            }),
            children: fc.array(tree(depth - 1), { maxLength: 4 }),
          }),
        },
      ),
);

/** Builds the tree with DOM calls (no markup parsing, so text nodes stay exactly as generated). */
function build(doc: Document, parent: Node, node: Tree): void {
  if ('text' in node) {
    parent.appendChild(doc.createTextNode(node.text));
    return;
  }
  const el = doc.createElement(node.tag);
  for (const [name, value] of node.attrs) el.setAttribute(name, value);
  for (const child of node.children) build(doc, el, child);
  parent.appendChild(el);
}

/** A fresh document whose body holds `trees`. */
function pageOf(trees: Tree[]): Document {
  const doc = document.implementation.createHTMLDocument('Xi and Putin sign 42 agreements');
  for (const t of trees) build(doc, doc.body, t);
  return doc;
}


/** Specs for the article: every run of digits, plus random ranges (most of which must be refused). */
function specsFor(text: string, ranges: Array<[number, number]>): MarkSpec[] {
  const specs: MarkSpec[] = [];
  let id = 0;
  for (const m of text.matchAll(/\d+(?:[.,]\d+)?/g)) {
    const start = m.index ?? 0;
    specs.push({ id: `n${id++}`, start, end: start + m[0].length, verdict: 'conflicting', figure: m[0], label: `${m[0]}: x` });
  }
  for (const [a, b] of ranges) {
    const start = Math.min(a, b) % (text.length + 1);
    const end = Math.max(a, b) % (text.length + 2);
    specs.push({ id: `r${id++}`, start, end, verdict: 'related', figure: text.slice(start, end), label: 'r' });
  }
  return specs;
}

/** The pieces of each figure's marks, joined in page order, read exactly the figure they claim. */
function expectMarksReadTheirFigures(doc: Document): void {
  const read = new Map<string, { figure: string; text: string }>();
  for (const mark of doc.body.querySelectorAll('crosscheck-mark')) {
    const id = mark.getAttribute('data-cc-id') ?? '';
    const entry = read.get(id) ?? { figure: mark.getAttribute('data-figure') ?? '', text: '' };
    entry.text += mark.textContent ?? '';
    read.set(id, entry);
  }
  for (const { figure, text } of read.values()) expect(text).toBe(figure);
}

const RUNS = { numRuns: 300 };

describe('page reader on random pages', () => {
  it('never throws, and each segment is its node’s text at its offsets', () => {
    fc.assert(
      fc.property(fc.array(tree(5), { maxLength: 4 }), (trees) => {
        const doc = pageOf(trees);
        const article = readArticle(doc);
        for (const s of article.segments) {
          expect(article.text.slice(s.start, s.end)).toBe(s.node.data);
          expect(s.node.isConnected).toBe(true);
          expect(isInsideUntouchable(s.node)).toBe(false);
        }
        // Segments are in order and do not overlap.
        for (let i = 1; i < article.segments.length; i++) {
          expect(article.segments[i]!.start).toBeGreaterThanOrEqual(article.segments[i - 1]!.end);
        }
        expect(() => readPageMeta(doc, 'https://example.test/2026/05/20/x')).not.toThrow();
        expect(sampleText(doc, 50).length).toBeLessThanOrEqual(doc.title.length + 1 + 50);
      }),
      RUNS,
    );
  });

  it('marks never land in untouchable content, and removeMarks restores the markup and text nodes exactly', () => {
    fc.assert(
      fc.property(
        fc.array(tree(5), { maxLength: 4 }),
        fc.array(fc.tuple(fc.nat(400), fc.nat(400)), { maxLength: 6 }),
        (trees, ranges) => {
          const doc = pageOf(trees);
          const html = doc.body.innerHTML;
          const nodes = textNodes(doc.body).map((n) => n.data);
          const article = readArticle(doc);
          const marks = markFigures(article, specsFor(article.text, ranges));
          for (const mark of doc.body.querySelectorAll('crosscheck-mark')) {
            expect(mark.parentElement && isInsideUntouchable(mark.parentElement)).toBe(false);
            expect(mark.textContent).not.toBe('');
          }
          for (const mark of marks) expect(mark.hasAttribute('data-cc-continuation')).toBe(false);
          expectMarksReadTheirFigures(doc);
          // Marking again with the updated segments must not nest marks or throw.
          markFigures(article, specsFor(article.text, ranges));
          expect(doc.body.querySelector('crosscheck-mark crosscheck-mark')).toBeNull();
          removeMarks(doc);
          expect(doc.body.innerHTML).toBe(html);
          expect(textNodes(doc.body).map((n) => n.data)).toEqual(nodes);
        },
      ),
      RUNS,
    );
  });

  it('a page the page itself edits between reading and marking is never corrupted', () => {
    fc.assert(
      fc.property(fc.array(tree(4), { minLength: 1, maxLength: 3 }), fc.nat(50), fc.string({ maxLength: 5 }), (trees, pick, insert) => {
        const doc = pageOf(trees);
        const article = readArticle(doc);
        const specs = specsFor(article.text, []);
        // The page rewrites one text node after it was read.
        const victim = article.segments[pick % Math.max(1, article.segments.length)]?.node;
        if (victim) victim.data = insert + victim.data;
        const html = doc.body.innerHTML;
        markFigures(article, specs);
        expectMarksReadTheirFigures(doc);
        removeMarks(doc);
        expect(doc.body.innerHTML).toBe(html);
      }),
      RUNS,
    );
  });
});

describe('the page read in steps (ArticleReader)', () => {
  it('gives readArticle’s text in takes cut at block ends, and marking a take never disturbs the rest', () => {
    fc.assert(
      fc.property(
        fc.array(tree(5), { maxLength: 4 }),
        fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 20 }),
        (trees, steps) => {
          const doc = pageOf(trees);
          const whole = readArticle(doc, doc.body);
          const reader = new ArticleReader(doc, doc.body);
          const takes: ArticleText[] = [];
          for (let i = 0; !reader.step(steps[i % steps.length]); i++) {
            const taken = reader.take();
            if (taken.text) takes.push(taken);
            // Marking what was taken (as the content script does while it reads on) must not
            // change what is read next.
            markFigures(taken, specsFor(taken.text, []));
          }
          const last = reader.take();
          if (last.text) takes.push(last);
          expect(takes.map((t) => t.text).join('\n\n')).toBe(whole.text);
          // Each take's segments (updated in place by the marking) map its own offsets.
          for (const t of takes) for (const s of t.segments) expect(t.text.slice(s.start, s.end)).toBe(s.node.data);
        },
      ),
      RUNS,
    );
  });
});

describe('page reader on extreme shapes', () => {
  it('reads a page nested 10,000 deep and restores it after marking', () => {
    const doc = document.implementation.createHTMLDocument('t');
    let el: Element = doc.body;
    for (let i = 0; i < 10_000; i++) el = el.appendChild(doc.createElement(i % 2 ? 'div' : 'span'));
    el.appendChild(doc.createTextNode('Xi and Putin signed 42 agreements.'));
    const article = readArticle(doc);
    expect(article.text).toBe('Xi and Putin signed 42 agreements.');
    const start = article.text.indexOf('42');
    const marks = markFigures(article, [{ id: 'a', start, end: start + 2, verdict: 'conflicting', figure: '42', label: 'l' }]);
    expect(marks).toHaveLength(1);
    removeMarks(doc);
    expect(textNodes(doc.body).map((n) => n.data)).toEqual(['Xi and Putin signed 42 agreements.']);
  });
});

describe('article root', () => {
  it('ignores landmarks inside editors, code and form controls (found by the properties above)', () => {
    for (const html of [
      '<div contenteditable="true"><main><p>Draft: 42 agreements</p></main></div><p>Xi signed 40 deals.</p>',
      '<pre><div itemprop="articleBody">42 agreements</div></pre><p>Xi signed 40 deals.</p>',
      '<button><div role="main">42 agreements</div></button><p>Xi signed 40 deals.</p>',
      '<article contenteditable="true"><p>Draft: 42 agreements</p></article><p>Xi signed 40 deals.</p>',
    ]) {
      const doc = document.implementation.createHTMLDocument('t');
      doc.body.innerHTML = html;
      expect(chooseArticleRoot(doc)).toBe(doc.body);
      expect(readArticle(doc).text).toBe('Xi signed 40 deals.');
    }
  });
});
