// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { markFigures } from '../../page/highlighter';
import { removeMarks } from '../../page/unmark';
import { parseHtml } from '../../page/parse-html';
import { readArticle, readPageMeta } from '../../page/read-article';

const NEWS_URL = 'https://ledger.example/world/xi-putin';
// A path, not `new URL(…, import.meta.url)`: under happy-dom the global URL is the DOM's, which fs rejects.
const newsHtml = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../fixtures/dom/news.html'), 'utf8');

describe('parseHtml', () => {
  it('parses a page without running its scripts or handlers', async () => {
    const doc = parseHtml(
      '<!doctype html><html lang="en"><head><title>T</title><script>window.x = 1; globalThis.ranInline = 1;</script></head>' +
        '<body><p>Hi</p><img src="missing.png" onerror="window.y = 2; globalThis.ranHandler = 1">' +
        '<script src="https://example.invalid/a.js"></script><iframe srcdoc="<script>parent.z = 3</script>"></iframe></body></html>',
      'https://example.com/a',
    );
    // Give any queued load/error event a chance to fire before looking.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const win = doc.defaultView as unknown as Record<string, unknown> | null;
    expect(win?.x).toBeUndefined();
    expect(win?.y).toBeUndefined();
    expect(win?.z).toBeUndefined();
    expect((globalThis as Record<string, unknown>).ranInline).toBeUndefined();
    expect((globalThis as Record<string, unknown>).ranHandler).toBeUndefined();
    // The markup itself is all there, attributes included.
    expect(doc.documentElement.getAttribute('lang')).toBe('en');
    expect(doc.title).toBe('T');
    expect(doc.querySelector('img')?.getAttribute('onerror')).toBe('window.y = 2; globalThis.ranHandler = 1');
    expect(doc.querySelectorAll('script')).toHaveLength(2);
  });

  it('gives the document the address it was saved from', () => {
    expect(parseHtml('<p>x</p>', 'https://example.com/story?id=1').URL).toBe('https://example.com/story?id=1');
    expect(parseHtml('<p>x</p>').URL).toBe('about:blank');
  });

  it('parses fragments and empty input into a whole document', () => {
    const doc = parseHtml('<p>Only a paragraph</p>');
    expect(doc.body.innerHTML).toBe('<p>Only a paragraph</p>');
    expect(parseHtml('').body).not.toBeNull();
  });
});

describe('a saved news page', () => {
  it('reads exactly the article text: no nav, site header, related links, ads, code, tags or footer', () => {
    const doc = parseHtml(newsHtml, NEWS_URL);
    const article = readArticle(doc);
    expect(article.text).toBe(
      [
        'Xi and Putin sign 20 agreements in Moscow',
        'By Jane Doe, Moscow · 20 May 2026',
        'Chinese President Xi Jinping and Russian President Vladimir Putin signed more than 20 cooperation documents on Tuesday, the Kremlin said.',
        'Bilateral trade reached $228 billion last year, according to Chinese customs data.1',
        'Xi and Putin in the Kremlin on 20 May.',
        '"Our ties are at their best in history," Putin said.',
        'The leaders also discussed:',
        'the Power of Siberia 2 pipeline, which would carry 50 billion cubic metres a year;',
        'payments in national currencies.',
        'Analysts quoted in the report\nwere cautious.',
      ].join('\n\n'),
    );
    expect(article.segments).toHaveLength(19);
    for (const s of article.segments) expect(article.text.slice(s.start, s.end)).toBe(s.node.data);
  });

  it("reads the page's metadata", () => {
    const doc = parseHtml(newsHtml, NEWS_URL);
    expect(readPageMeta(doc)).toEqual({
      url: NEWS_URL,
      title: 'Xi and Putin sign 20 agreements in Moscow',
      dates: [
        { value: '2026-05-20T09:30:00Z', basis: 'article:published_time' },
        { value: '2026-05-20T09:30:00Z', basis: 'JSON-LD datePublished' },
        { value: '2026-05-19T22:00:00Z', basis: 'JSON-LD datePublished' },
        { value: '2026-05-18', basis: 'JSON-LD datePublished' },
        { value: '20260520', basis: 'meta[name=date]' },
        // The byline's time, not the site header's "today" nor the related story's date.
        { value: '2026-05-20T09:30:00Z', basis: 'time[datetime]' },
      ],
      byline: 'By Jane Doe, Moscow · 20 May 2026',
      siteName: 'The Daily Ledger',
    });
  });

  it('marks figures in the parsed page and restores it', () => {
    const doc = parseHtml(newsHtml, NEWS_URL);
    const before = doc.documentElement.outerHTML;
    const article = readArticle(doc);
    const at = (figure: string) => {
      const start = article.text.indexOf(figure);
      return { id: figure, start, end: start + figure.length, verdict: 'corroborated' as const, figure, label: figure };
    };
    const marks = markFigures(article, [at('more than 20'), at('$228 billion'), at('50 billion cubic metres')]);
    expect(marks.map((m) => m.getAttribute('data-figure'))).toEqual(['more than 20', '$228 billion', '50 billion cubic metres']);
    expect(doc.querySelectorAll('crosscheck-mark')).toHaveLength(4);
    removeMarks(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
