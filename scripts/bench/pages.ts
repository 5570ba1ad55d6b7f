/**
 * The three pages of the content-script benchmarks, built from the saved fixture pages and the
 * seed articles (nothing is downloaded):
 * - off-topic: a fixture page about another subject, as saved;
 * - typical: a May 2026 summit article of about 1,500 words (the paragraphs of the May 2026
 *   fixture pages, then the May 2026 seed report) inside a real fixture page's shell;
 * - huge: the same shell with about 5 MB of text and 100,000 DOM nodes — the summit paragraphs
 *   of every fixture and seed repeated, in sections, with inline links and emphasis every few
 *   words (as on a long live blog or report).
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
