// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { articleRootOf, scanPage, scanPageBySelector, scanPageSteps, SCAN_STEP_NODES, type PageScan } from '../../page/page-scan';

/** A document with `html` as its body (test markup, trusted). */
function doc(html: string): Document {
  const d = document.implementation.createHTMLDocument('t');
  d.body.innerHTML = html;
  return d;
}

describe('scanPageSteps', () => {
  it('counts the text under every element above the threshold and under every article, as textContent would', () => {
    const d = doc('<main><article id="a"><p>12345</p><p>678<b>90</b></p></article><section id="s"><p>abcdefghijkl</p><article id="b">xy</article></section></main>');
    const scan = scanPage(d, false, 4);
    const byId = (id: string) => d.getElementById(id)!;
    expect(scan.textLengths.get(byId('a'))).toBe(10);
    expect(scan.textLengths.get(byId('b'))).toBe(2); // an article, however short
    expect(scan.textLengths.get(byId('s'))).toBe(14);
    expect(scan.textLengths.get(d.querySelector('main')!)).toBe(d.querySelector('main')!.textContent!.length);
    expect(scan.textLengths.has(d.querySelector('b')!)).toBe(false); // 2 characters: under the threshold
    expect(articleRootOf(d, scan)).toBe(byId('a')); // the article with the most text
  });

  it('gives the thread back every few thousand nodes and returns the same scan as the one-go version', () => {
    const paragraphs = Array.from({ length: 3 * SCAN_STEP_NODES }, (_, i) => `<p>para ${i}</p>`).join('');
    const d = doc(`<article>${paragraphs}</article>`);
    const steps = scanPageSteps(d, true);
    let pauses = 0;
    let r = steps.next();
    while (!r.done) {
      pauses++;
      r = steps.next();
    }
    expect(pauses).toBeGreaterThanOrEqual(5); // ~12,000 nodes: <p> and its text each
    const once = scanPage(d, true);
    expect(r.value.articles).toEqual(once.articles);
    expect(r.value.textLengths.get(once.articles[0]!)).toBe(d.querySelector('article')!.textContent!.length);
  });

  it('stays linear on a page nested thousands deep (no recursion, no per-ancestor work)', () => {
    const depth = 5_000;
    const d = doc('<article id="deep"></article>');
    let el: Element = d.getElementById('deep')!;
    for (let i = 0; i < depth; i++) {
      const child = d.createElement('div');
      child.append(d.createTextNode('x'));
      el.append(child);
      el = child;
    }
    expect(scanPage(d, false).textLengths.get(d.getElementById('deep')!)).toBe(depth);
  });
});

describe('scanPageBySelector', () => {
  it('finds what the walk finds, but counts no text', () => {
    const d = doc(`
      <main id="m"><h1>Title</h1><p class="byline">By A. Writer</p><a rel="author" href="#">A. Writer</a>
        <article id="a"><time datetime="2026-05-20">20 May</time><p>12345</p><div itemprop="articleBody" id="body">text</div></article>
        <div role="main" id="rm"></div><article id="b">xy</article>
        <script type="application/ld+json">{}</script><meta itemprop="datePublished" content="2026-05-20">
      </main>`);
    // Each field as the elements' identities (toEqual alone would take equal-looking nodes as equal).
    const ids = (scan: PageScan) => {
      const index = new Map([...d.querySelectorAll('*')].map((el, i) => [el, i]));
      const id = (el: Element | null) => (el ? index.get(el) : null);
      return {
        one: [scan.itemBody, scan.main, scan.roleMain, scan.headline].map(id),
        many: [scan.articles, scan.h1s, scan.metas, scan.jsonLd, scan.times, scan.itemDates, ...scan.bylines].map((list) => list.map(id)),
      };
    };
    const walked = scanPage(d, true);
    const selected = scanPageBySelector(d, true)!;
    expect(ids(selected)).toEqual(ids(walked));
    expect(ids(selected).one.every((i) => i !== null)).toBe(true);
    expect(selected.textLengths.size).toBe(0);
    expect(selected.bylines.map((b) => b.length)).toEqual([1, 1, 0, 0]);
    expect(articleRootOf(d, selected)?.id).toBe('body');
  });
  it('leaves the choice among several articles to their text, read only then', () => {
    const d = doc('<article id="short">ab</article><article id="long">abcdef</article><aside><article id="teaser">abcdefghij</article></aside>');
    expect(articleRootOf(d, scanPageBySelector(d, false)!)?.id).toBe('long');
  });
});
