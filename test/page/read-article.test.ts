// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { chooseArticleRoot, readArticle, readPageMeta, type ArticleText } from '../../page/read-article';

/** A document from markup, through the environment's own parser. */
function page(body: string, head = ''): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, 'text/html');
}

/** Each segment's text, as the text holds it (the 1:1 mapping is checked separately). */
function pieces(article: ArticleText): string[] {
  return article.segments.map((s) => article.text.slice(s.start, s.end));
}

/** Asserts `text[start + i] === node.data[i]` for every segment. */
function expectExactMapping(article: ArticleText): void {
  for (const s of article.segments) {
    expect(article.text.slice(s.start, s.end)).toBe(s.node.data);
  }
}

describe('readArticle', () => {
  it('reads inline elements without separators, one segment per text node', () => {
    const doc = page('<p><b>40</b> agreements</p>');
    const article = readArticle(doc, doc.body);
    expect(article.text).toBe('40 agreements');
    expect(article.segments.map((s) => [s.start, s.end])).toEqual([
      [0, 2],
      [2, 13],
    ]);
    expect(article.segments[0]?.node).toBe(doc.querySelector('b')?.firstChild);
    expect(article.segments[1]?.node).toBe(doc.querySelector('p')?.lastChild);
  });

  it('separates blocks with a blank line and <br> with a newline', () => {
    const doc = page(
      '<h1>Title</h1><p>One.</p><p>Two<br>three</p><ul><li>a</li><li>b</li></ul>' +
        '<table><tr><td>x</td><td>y</td></tr></table><div>end<span>s</span></div>',
    );
    const article = readArticle(doc, doc.body);
    expect(article.text).toBe('Title\n\nOne.\n\nTwo\nthree\n\na\n\nb\n\nx\n\ny\n\nends');
    expectExactMapping(article);
  });

  it('keeps text node characters 1:1 and drops whitespace-only nodes between blocks only', () => {
    const doc = page('<div>\n  <p>\n   A  <b>b</b> <i>c</i>\n  </p>\n  <p>D</p>\n</div>');
    const article = readArticle(doc, doc.body);
    // The space between </b> and <i> is inline text; the indentation between blocks is not.
    expect(article.text).toBe('\n   A  b c\n\nD');
    expect(pieces(article)).toEqual(['\n   A  ', 'b', ' ', 'c', 'D']);
    expectExactMapping(article);
  });

  it('drops a whitespace-only node that a block boundary follows', () => {
    const doc = page('<div>Alpha<span> </span><p>Beta</p></div>');
    const article = readArticle(doc, doc.body);
    expect(article.text).toBe('Alpha\n\nBeta');
    expect(pieces(article)).toEqual(['Alpha', 'Beta']);
  });

  it('never glues sentences across a skipped block, but not across a skipped inline', () => {
    const doc = page('<div>First.<aside>Ad</aside>Second.<button>Share</button> Third.</div>');
    expect(readArticle(doc, doc.body).text).toBe('First.\n\nSecond. Third.');
  });

  it('skips code, form controls, scripts, hidden and editable content', () => {
    const doc = page(
      '<p>keep1</p>' +
        '<script>s</script><style>st</style><noscript>ns</noscript><template><p>tp</p></template>' +
        '<textarea>ta</textarea><select><option>op</option></select><button>bt</button>' +
        '<code>cd</code><pre>pr</pre><kbd>kb</kbd><samp>sa</samp>' +
        '<svg><text>sv</text></svg><math><mi>ma</mi></math><canvas>cv</canvas>' +
        '<p hidden>hid</p><p aria-hidden="true">ah</p><p aria-hidden="false">keep2</p>' +
        '<div contenteditable>ce1</div><div contenteditable="true">ce2</div>' +
        '<div contenteditable="plaintext-only">ce3</div><div contenteditable="false">keep3</div>' +
        '<p style="display: none">dn</p><p style="color:red; visibility:hidden">vh</p>',
    );
    expect(readArticle(doc, doc.body).text).toBe('keep1\n\nkeep2\n\nkeep3');
  });

  it('skips page furniture and boilerplate by tag, role, class and id', () => {
    const doc = page(
      '<p>keep1</p><nav>nv</nav><aside>as</aside><footer>ft</footer><form>fm</form>' +
        '<div role="navigation">r1</div><div role="complementary">r2</div>' +
        '<div role="contentinfo">r3</div><div role="banner">r4</div>' +
        '<div class="related-articles">c1</div><div class="recommendations">c2</div>' +
        '<div class="more-stories">c3</div><div id="newsletter">c4</div><div class="subscribe-box">c5</div>' +
        '<div class="share">c6</div><div class="social-links">c7</div><div id="comments">c8</div>' +
        '<ol class="breadcrumb">c9</ol><div class="promo">c10</div><div class="advertisement">c11</div>' +
        '<div class="ad-slot">c12</div><div class="sidebar">c13</div><div class="cookie-notice">c14</div>' +
        '<div class="most-popular">c15</div><div class="trending">c16</div><ul class="tags">c17</ul>' +
        '<div class="relatedLinks">c18</div>' +
        // Whole words only: these names merely contain the boilerplate words.
        '<div class="header-lead">keep2</div><div class="shared-story">keep3</div><div class="loading">keep4</div>',
    );
    expect(readArticle(doc, doc.body).text).toBe('keep1\n\nkeep2\n\nkeep3\n\nkeep4');
  });

  it('reads a page wrapped in one <form> (ASP.NET style) but skips a search form inside it', () => {
    const doc = page('<form id="page"><h1>Headline</h1><p>Body.</p></form>');
    // Built by hand: HTML parsers drop a <form> tag nested in another.
    const search = doc.createElement('form');
    search.appendChild(doc.createTextNode('Search the site'));
    doc.querySelector('p')?.before(search);
    expect(readArticle(doc, doc.body).text).toBe('Headline\n\nBody.');
    expect(readArticle(doc).text).toBe('Headline\n\nBody.');
  });

  it("keeps the article's own header with its headline, not the site's", () => {
    const doc = page(
      '<header><a>Site name</a></header><article><header><h1>Headline</h1></header><p>Body.</p></article>',
    );
    expect(readArticle(doc, doc.body).text).toBe('Headline\n\nBody.');
  });

  it('reads through crosscheck-mark and skips the extension UI', () => {
    const doc = page(
      '<p>More than <crosscheck-mark data-verdict="related">20</crosscheck-mark> deals' +
        '<crosscheck-card>card text</crosscheck-card><span data-crosscheck-ui>ui</span>.</p>',
    );
    const article = readArticle(doc, doc.body);
    expect(article.text).toBe('More than 20 deals.');
    expect(pieces(article)).toEqual(['More than ', '20', ' deals', '.']);
  });

  it('reads the given root even when the root itself would be skipped', () => {
    const doc = page('<aside id="box"><p>Inside</p></aside><p>Outside</p>');
    expect(readArticle(doc, doc.getElementById('box') as Element).text).toBe('Inside');
  });

  it('reads a page nested 10,000 deep without recursion', () => {
    const doc = page('');
    let parent: Element = doc.body;
    for (let i = 0; i < 10_000; i++) {
      const div = doc.createElement('div');
      parent.appendChild(div);
      parent = div;
    }
    parent.appendChild(doc.createTextNode('deep'));
    doc.body.appendChild(doc.createTextNode('after'));
    const article = readArticle(doc, doc.body);
    expect(article.text).toBe('deep\n\nafter');
    expect(article.segments).toHaveLength(2);

    // Choosing the root and reading the metadata walk the same depth (happy-dom's own
    // querySelectorAll and textContent recurse and would overflow here).
    const h1 = doc.createElement('h1');
    h1.appendChild(doc.createTextNode('Deep title'));
    const time = doc.createElement('time');
    time.setAttribute('datetime', '2026-05-20');
    parent.append(h1, time);
    expect(readArticle(doc).text).toBe('deep\n\nDeep title\n\nafter');
    expect(readPageMeta(doc, 'https://e.example/')).toEqual({
      url: 'https://e.example/',
      title: 'Deep title',
      dates: [{ value: '2026-05-20', basis: 'time[datetime]' }],
      byline: null,
      siteName: null,
    });
  });

  it('reads a page with 100,000 text nodes', () => {
    const doc = page('');
    // 5,000 paragraphs of 20 text nodes each (10 inline elements + 10 loose text nodes). A million
    // would be the real-page worst case, but happy-dom needs ~3 KB per node to hold it.
    for (let p = 0; p < 5_000; p++) {
      const para = doc.createElement('p');
      for (let i = 0; i < 10; i++) {
        const b = doc.createElement('b');
        b.appendChild(doc.createTextNode('x'));
        para.appendChild(b);
        para.appendChild(doc.createTextNode('y'));
      }
      doc.body.appendChild(para);
    }
    const article = readArticle(doc, doc.body);
    expect(article.segments).toHaveLength(100_000);
    expect(article.text.length).toBe(5_000 * 20 + 4_999 * 2);
    expect(article.text.slice(0, 24)).toBe('xyxyxyxyxyxyxyxyxyxy\n\nxy');
  });
});

describe('chooseArticleRoot', () => {
  it('prefers [itemprop=articleBody], then the article with most text, then main, [role=main], body', () => {
    const withBody = page('<article><div itemprop="articleBody" id="b">x</div></article><main>m</main>');
    expect(chooseArticleRoot(withBody)?.id).toBe('b');

    const articles = page('<article id="a1">short</article><article id="a2">the longer one</article><main>m</main>');
    expect(chooseArticleRoot(articles)?.id).toBe('a2');

    const teaser = page('<aside><article id="t">a teaser that is quite long indeed</article></aside><main id="m">m</main>');
    expect(chooseArticleRoot(teaser)?.id).toBe('m');

    expect(chooseArticleRoot(page('<div role="main" id="r">r</div>'))?.id).toBe('r');
    const bare = page('<p>p</p>');
    expect(chooseArticleRoot(bare)).toBe(bare.body);
  });

  it('is used by readArticle when no root is given', () => {
    const doc = page('<nav>Menu</nav><main><p>Story.</p></main><p>Outside</p>');
    expect(readArticle(doc).text).toBe('Story.');
  });
});
