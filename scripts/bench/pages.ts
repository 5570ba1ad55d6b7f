/**
 * The pages of the content-script benchmarks, built from the saved fixture pages and the seed
 * articles (nothing is downloaded):
 * - off-topic: a fixture page about another subject, as saved;
 * - typical: a May 2026 summit article of about 1,500 words (the paragraphs of the May 2026
 *   fixture pages, then the May 2026 seed report) inside a real fixture page's shell;
 * - huge (also the *sectioned* shape): the same shell with about 5 MB of text and 100,000 DOM
 *   nodes — the summit paragraphs of every fixture and seed repeated, in sections, with inline
 *   links and emphasis every few words (as on a long report);
 * and the other shapes of issue 16 (`SHAPES`): a *flat* 5 MB article of about 30,000 short
 * paragraphs and no sections (a long live blog's archive), a page *nested* 10,000 deep, a
 * *table*-heavy data page, and a *live blog* that adds a post every second.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');
const PAGES = join(ROOT, 'test/fixtures/pages');
const SEEDS = join(ROOT, 'seeds');

/** The fixture used as-is for the off-topic page (the subject gate must turn it away). */
export const OFF_TOPIC_FIXTURE = 'unrelated-basketball-42-40';
/** The fixture whose shell (head, header, aside, footer) wraps the generated articles. */
const SHELL_FIXTURE = 'may2026-conflicts-24th-52-page-245bn';
/** The seed whose paragraphs complete the typical article (the May 2026 report). */
const TYPICAL_SEED = '002_d8b002aab001f159.txt';

export const TYPICAL_WORDS = 1_500;
export const HUGE_TEXT_CHARS = 5_000_000;
export const HUGE_NODES = 100_000;
/** Paragraphs per `<section>` of the huge page. */
const SECTION_PARAGRAPHS = 40;

function fixture(name: string): string {
  return readFileSync(join(PAGES, `${name}.html`), 'utf8');
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The `<p>` inner HTML of a fixture's `<article>`, byline left out. */
function articleParagraphs(html: string): string[] {
  const article = /<article[^>]*>([\s\S]*?)<\/article>/.exec(html)?.[1] ?? '';
  return [...article.matchAll(/<p(?![^>]*byline)[^>]*>([\s\S]*?)<\/p>/g)].map((m) => m[1]!.trim()).filter(Boolean);
}

/** A seed article's paragraphs (escaped), title line left out. */
function seedParagraphs(file: string): string[] {
  return readFileSync(join(SEEDS, file), 'utf8')
    .split(/\n\s*\n|\n/)
    .map((p) => p.trim())
    .filter((p) => p.split(/\s+/).length >= 8)
    .map(escapeHtml);
}

function words(html: string): number {
  return html.replace(/<[^>]+>/g, ' ').split(/\s+/).filter(Boolean).length;
}

/** The shell page with its article's paragraphs replaced by `body`. */
function inShell(body: string, title?: string): string {
  const shell = fixture(SHELL_FIXTURE);
  const out = shell.replace(/(<p class="byline">[\s\S]*?<\/p>)[\s\S]*?(<\/article>)/, (_m, byline: string, end: string) => `${byline}\n${body}\n    ${end}`);
  return title ? out.replace(/<title>[\s\S]*?<\/title>/, `<title>${title}</title>`) : out;
}

/** The summit fixtures (everything not "unrelated-…"), sorted. */
function summitFixtures(): string[] {
  return readdirSync(PAGES)
    .filter((f) => f.endsWith('.html') && !f.startsWith('unrelated-'))
    .map((f) => f.replace(/\.html$/, ''))
    .sort();
}

/** The off-topic page, exactly as saved. */
export function offTopicPage(): string {
  return fixture(OFF_TOPIC_FIXTURE);
}

/** The typical summit article (about TYPICAL_WORDS words). */
export function typicalPage(): { html: string; words: number } {
  const paragraphs: string[] = [];
  let n = 0;
  const pool = [
    ...summitFixtures().filter((f) => f.startsWith('may2026-')).flatMap((f) => articleParagraphs(fixture(f))),
    ...seedParagraphs(TYPICAL_SEED),
  ];
  for (const p of pool) {
    if (n >= TYPICAL_WORDS) break;
    paragraphs.push(`      <p>${p}</p>`);
    n += words(p);
  }
  return { html: inShell(paragraphs.join('\n')), words: n };
}

/** Wraps every few words of a paragraph in an inline element so the page has ~HUGE_NODES nodes. */
function withInlineMarkup(p: string, charsPerNode: number, salt: number): string {
  if (/<[a-z]/i.test(p)) return p; // keep a fixture's own markup as it is
  const ws = p.split(' ');
  const textLength = p.length;
  // nodes = <p> + its first text + 3 per wrap (element, its text, the text after it)
  const wraps = Math.max(0, Math.round((textLength / charsPerNode - 2) / 3));
  if (wraps === 0) return p;
  const step = Math.max(2, Math.floor(ws.length / (wraps + 1)));
  let k = 0;
  for (let i = step; i < ws.length && k < wraps; i += step, k++) {
    // never wrap a word holding a figure: mark.js and Crosscheck then see the same text runs
    if (/\d/.test(ws[i]!)) continue;
    ws[i] = (k + salt) % 2 ? `<em>${ws[i]}</em>` : `<a href="#">${ws[i]}</a>`;
  }
  return ws.join(' ');
}

/** The huge page: about HUGE_TEXT_CHARS characters of text and HUGE_NODES nodes. */
export function hugePage(): { html: string; paragraphs: number } {
  const pool = [
    ...summitFixtures().flatMap((f) => articleParagraphs(fixture(f))),
    ...readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().flatMap(seedParagraphs),
  ];
  const charsPerNode = HUGE_TEXT_CHARS / HUGE_NODES;
  const sections: string[] = [];
  let current: string[] = [];
  let chars = 0;
  let i = 0;
  while (chars < HUGE_TEXT_CHARS) {
    const p = pool[i % pool.length]!;
    current.push(`<p>${withInlineMarkup(p, charsPerNode, i)}</p>`);
    chars += p.replace(/<[^>]+>/g, '').length;
    i++;
    if (current.length === SECTION_PARAGRAPHS) {
      sections.push(`<section>\n${current.join('\n')}\n</section>`);
      current = [];
    }
  }
  if (current.length) sections.push(`<section>\n${current.join('\n')}\n</section>`);
  return { html: inShell(sections.join('\n')), paragraphs: i };
}

// ---- the page shapes of issue 16 ----------------------------------------------------------------

/** A page of the shape benchmark, and the same article as static HTML for the command line. */
export interface ShapePage {
  html: string;
  /** Paragraphs (or posts, rows) the page holds. */
  blocks: number;
  /**
   * The article as the command line reads it: static HTML with the same blocks in the same
   * order (a page built by script, or grown by one, is written out as it stands at `appended`
   * posts).
   */
  cliHtml(appended?: number): string;
}

/** The shapes, by name. */
export type ShapeName = 'flat' | 'sectioned' | 'nested' | 'table' | 'liveblog';
export const SHAPES: readonly ShapeName[] = ['flat', 'sectioned', 'nested', 'table', 'liveblog'];

/** Every summit paragraph of the fixtures and seeds, in a fixed order (the huge page's pool). */
function summitPool(): string[] {
  return [
    ...summitFixtures().flatMap((f) => articleParagraphs(fixture(f))),
    ...readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().flatMap(seedParagraphs),
  ];
}

/** A paragraph cut into runs of whole sentences of at least `min` characters (markup kept whole). */
function sentenceRuns(p: string, min: number): string[] {
  if (/<[a-z]/i.test(p)) return [p];
  const sentences = p.split(/(?<=[.!?][”"’]?)\s+(?=[A-Z“"‘])/);
  const out: string[] = [];
  let run = '';
  for (const s of sentences) {
    run = run ? `${run} ${s}` : s;
    if (run.length >= min) {
      out.push(run);
      run = '';
    }
  }
  if (run) out.push(run);
  return out;
}

/** Text characters of a paragraph's HTML. */
function textChars(p: string): number {
  return p.replace(/<[^>]+>/g, '').length;
}

/** Flat: one `<article>` of about 30,000 short paragraphs (5 MB of text), no sections. */
export function flatPage(): ShapePage {
  const pool = summitPool().flatMap((p) => sentenceRuns(p, 100));
  const paragraphs: string[] = [];
  let chars = 0;
  for (let i = 0; chars < HUGE_TEXT_CHARS; i++) {
    const p = pool[i % pool.length]!;
    paragraphs.push(`<p>${withInlineMarkup(p, HUGE_TEXT_CHARS / HUGE_NODES, i)}</p>`);
    chars += textChars(p);
  }
  const html = inShell(paragraphs.join('\n'));
  return { html, blocks: paragraphs.length, cliHtml: () => html };
}

/** Sectioned: the huge page (5 MB in `<section>`s of 40 paragraphs). */
export function sectionedPage(): ShapePage {
  const { html, paragraphs } = hugePage();
  return { html, blocks: paragraphs, cliHtml: () => html };
}

/** Elements the nested page's chain goes down through. */
export const NESTED_DEPTH = 10_000;

/**
 * Nested: the typical article's paragraphs spread down a chain of elements 10,000 deep (built by
 * the page's script: the HTML parser stops nesting at 512). As in the hostile fixture, the deep
 * part is kept out of rendering with `content-visibility: hidden` (Chromium's renderer crashes
 * laying out text 10,000 deep); the page reader does not consult CSS.
 */
export function nestedPage(): ShapePage {
  const paragraphs = typicalParagraphs();
  const every = Math.floor(NESTED_DEPTH / paragraphs.length);
  const script = `(function () {
    var texts = ${JSON.stringify(paragraphs.map(htmlText))};
    var tags = ['div', 'section', 'div', 'span'];
    var el = document.getElementById('deep');
    for (var i = 0, k = 0; i < ${NESTED_DEPTH}; i++) {
      if (i % ${every} === 0 && k < texts.length) {
        var p = document.createElement('p');
        p.textContent = texts[k++];
        el.appendChild(p);
      }
      var child = document.createElement(tags[i % 4]);
      el.appendChild(child);
      el = child;
    }
  })();`;
  const first = paragraphs.slice(0, 2).map((p) => `      <p>${p}</p>`).join('\n');
  const body = `${first}\n      <style>#deep { content-visibility: hidden; }</style>\n      <div id="deep"></div>\n      <script>${script}</script>`;
  const html = inShell(body);
  const cli = inShell(paragraphs.map((p) => `      <p>${p}</p>`).join('\n'));
  // The first two paragraphs stand above the deep part and again inside it: the page's own texts.
  return { html, blocks: paragraphs.length + 2, cliHtml: () => cli.replace(/(<p class="byline">[\s\S]*?<\/p>)/, `$1\n${first}`) };
}

/** The typical article's paragraphs (HTML). */
function typicalParagraphs(): string[] {
  return [...typicalPage().html.matchAll(/^ {6}<p>([\s\S]*?)<\/p>$/gm)].map((m) => m[1]!);
}

/** The text of a paragraph's HTML, entities decoded (for `textContent`). */
function htmlText(p: string): string {
  return p.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** Rows of the table page's monthly customs tables. */
export const TABLE_ROWS = 12_000;

/**
 * Table: a data page: the typical article, then its appendix of tables of 12,000 rows of monthly
 * customs figures by product and tariff code (five cells each), each table under a paragraph of the
 * article, as statistics pages print them.
 */
export function tablePage(): ShapePage {
  const products = ['crude oil', 'natural gas', 'coal', 'machinery', 'vehicles', 'electronics', 'timber', 'fertiliser'];
  const intro = typicalParagraphs();
  const tables: string[] = [];
  const perTable = 2_000;
  for (let t = 0; t < TABLE_ROWS / perTable; t++) {
    const rows: string[] = [];
    for (let r = 0; r < perTable; r++) {
      const i = t * perTable + r;
      const month = `${2015 + Math.floor(i / 96) % 11}-${String((i % 12) + 1).padStart(2, '0')}`;
      const value = ((i * 7919) % 100_000) / 100;
      rows.push(`<tr><td>${month}</td><td>${2700 + (i % 97)}</td><td>${products[(i >> 3) % 8]}</td><td>$${value.toFixed(2)}m</td><td>${((i * 31) % 200) - 100}%</td></tr>`);
    }
    tables.push(`<p>${intro[t % intro.length]}</p>\n<table><thead><tr><th>Month</th><th>HS code</th><th>Product</th><th>Value</th><th>Change</th></tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`);
  }
  const html = inShell([...intro.map((p) => `<p>${p}</p>`), ...tables].join('\n'));
  return { html, blocks: TABLE_ROWS + intro.length + tables.length, cliHtml: () => html };
}

/** Posts of the live blog when it loads; one more is added every second. */
export const LIVEBLOG_POSTS = 400;

/** One live-blog post: a time and two paragraphs of the pool. */
function post(i: number, pool: string[]): string {
  const minute = String(59 - (i % 60)).padStart(2, '0');
  return `<div class="post"><time datetime="2026-05-21T${String(8 + Math.floor(i / 60) % 12).padStart(2, '0')}:${minute}:00+08:00">${minute} min ago</time><p>${pool[(2 * i) % pool.length]}</p><p>${pool[(2 * i + 1) % pool.length]}</p></div>`;
}

/**
 * Live blog: a summit live blog of 400 posts (newest first) whose page script adds a new post
 * at the top every second, as a live blog does while the reader has it open.
 */
export function liveBlogPage(): ShapePage {
  const pool = summitPool();
  const initial = Array.from({ length: LIVEBLOG_POSTS }, (_, i) => post(LIVEBLOG_POSTS + 1000 - i, pool));
  const upcoming = Array.from({ length: 120 }, (_, i) => post(LIVEBLOG_POSTS + 1001 + i, pool));
  const script = `(function () {
    var posts = ${JSON.stringify(upcoming)};
    var k = 0;
    window.__ccAppended = 0;
    var feed = document.getElementById('feed');
    setInterval(function () {
      if (k >= posts.length) return;
      var t = document.createElement('template');
      t.innerHTML = posts[k++];
      feed.insertBefore(t.content.firstChild, feed.firstChild);
      window.__ccAppended = k;
    }, 1000);
  })();`;
  const page = (n: number, withScript: boolean): string =>
    inShell(`<div id="feed">\n${[...upcoming.slice(0, n).reverse(), ...initial].join('\n')}\n</div>${withScript ? `\n<script>${script}</script>` : ''}`);
  return { html: page(0, true), blocks: LIVEBLOG_POSTS, cliHtml: (appended = 0) => page(appended, false) };
}

/** A shape's page, by name. */
export function shapePage(name: ShapeName): ShapePage {
  switch (name) {
    case 'flat':
      return flatPage();
    case 'sectioned':
      return sectionedPage();
    case 'nested':
      return nestedPage();
    case 'table':
      return tablePage();
    case 'liveblog':
      return liveBlogPage();
  }
}
