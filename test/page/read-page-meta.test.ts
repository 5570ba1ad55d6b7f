// @vitest-environment happy-dom
/** A page's metadata (page/read-page-meta.ts): title, dated candidates with their basis, byline, site name. */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../page/parse-html';
import { readPageMeta } from '../../page/read-article';

/** A document from markup, through the environment's own parser. */
function page(body: string, head = ''): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, 'text/html');
}


describe('readPageMeta', () => {
  const head = `
    <title>Doc title</title>
    <meta property="og:title" content="  OG   title ">
    <meta property="og:site_name" content="The Ledger">
    <meta property="article:published_time" content="2026-05-20T09:30:00Z">
    <script type="application/ld+json">{ broken json, </script>
    <script type="application/ld+json">
      {"@context":"https://schema.org","@graph":[
        {"@type":"WebPage","datePublished":"2026-05-19"},
        {"@type":["NewsArticle"],"datePublished":"2026-05-20T09:30:00Z",
         "video":{"@type":"VideoObject","datePublished":{"@value":"2026-05-18"}}}
      ]}
    </script>
    <script type="application/ld+json">[{"@type":"BlogPosting","datePublished":["2026-05-17"]}]</script>
    <meta name="date" content="2026-05-16">
    <meta name="DC.date.issued" content="2026-05-15">
    <meta name="sailthru.date" content="2026-05-14">
    <meta name="parsely-pub-date" content="2026-05-13">
    <meta name="description" content="2020-01-01">
    <meta itemprop="datePublished" content="2026-05-12">`;
  const body =
    '<header><time datetime="2026-05-23">today</time></header>' +
    '<article><aside><time datetime="2025-09-02">old</time></aside>' +
    '<h1>Headline</h1><p class="byline">By <a rel="author">Jane Doe</a>, Moscow · <time datetime="2026-05-20">20 May 2026</time></p>' +
    '<p>Text.</p></article>';

  it('lists date candidates in priority order, each naming its source', () => {
    const meta = readPageMeta(page(body, head), 'https://ledger.example/a');
    expect(meta).toEqual({
      url: 'https://ledger.example/a',
      title: 'OG title',
      dates: [
        { value: '2026-05-20T09:30:00Z', basis: 'article:published_time' },
        { value: '2026-05-20T09:30:00Z', basis: 'JSON-LD datePublished' },
        { value: '2026-05-17', basis: 'JSON-LD datePublished' },
        { value: '2026-05-19', basis: 'JSON-LD datePublished' },
        { value: '2026-05-18', basis: 'JSON-LD datePublished' },
        { value: '2026-05-16', basis: 'meta[name=date]' },
        { value: '2026-05-15', basis: 'meta[name=date]' },
        { value: '2026-05-14', basis: 'meta[name=date]' },
        { value: '2026-05-13', basis: 'meta[name=date]' },
        { value: '2026-05-12', basis: 'meta[name=date]' },
        { value: '2026-05-20', basis: 'time[datetime]' },
      ],
      byline: 'By Jane Doe, Moscow · 20 May 2026',
      siteName: 'The Ledger',
    });
  });

  it('falls back to the first h1, then document.title; nulls when nothing is there', () => {
    const doc = page('<p>x</p><h1> The  headline </h1>', '<title>Doc title</title>');
    expect(readPageMeta(doc, 'https://e.example/').title).toBe('The headline');
    const bare = page('<p>x</p>', '<title> Doc title </title>');
    expect(readPageMeta(bare, 'https://e.example/')).toEqual({
      url: 'https://e.example/',
      title: 'Doc title',
      dates: [],
      byline: null,
      siteName: null,
    });
  });

  it('takes the url from the document unless it is about:blank', () => {
    expect(readPageMeta(parseHtml('<p>x</p>')).url).toBe(null);
    expect(readPageMeta(parseHtml('<p>x</p>', 'https://e.example/story')).url).toBe('https://e.example/story');
    expect(readPageMeta(parseHtml('<p>x</p>', 'https://e.example/story'), 'https://other.example/').url).toBe(
      'https://other.example/',
    );
  });

  it("takes the page's first time[datetime] outside furniture when the article has none", () => {
    const doc = page(
      '<header><time datetime="2026-05-23">today</time></header><main><p>Text.</p></main>' +
        '<div class="dateline"><time datetime="2026-05-20">20 May</time></div>',
    );
    expect(readPageMeta(doc).dates).toEqual([{ value: '2026-05-20', basis: 'time[datetime]' }]);
    // The site header's clock alone dates nothing.
    const onlyHeader = page('<header><time datetime="2026-05-23">today</time></header><main><p>Text.</p></main>');
    expect(readPageMeta(onlyHeader).dates).toEqual([]);
  });

  it('reads a byline from .author or itemprop=author, trimmed to 200 characters', () => {
    const author = page(`<article><p>Text.</p><span class="author">  Ann   Lee </span></article>`);
    expect(readPageMeta(author).byline).toBe('Ann Lee');
    const long = page(`<article><span itemprop="author">${'A'.repeat(250)}</span></article>`);
    expect(readPageMeta(long).byline).toBe('A'.repeat(200));
    const linkOnly = page('<p>x</p>', '<link rel="author" href="/humans.txt">');
    expect(readPageMeta(linkOnly).byline).toBe(null);
  });
});
