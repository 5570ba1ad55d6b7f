/**
 * Reads an article file into plain text for the engine: `.txt` as it is, `.md` without its
 * markup, `.html` through the same DOM reader the content script uses (scripts never run).
 */
import type { PageMeta } from '../../core/model';
import { parseDateString } from '../../core/match/page-context';
import { parseHtml } from '../../page/parse-html';
import { readArticle, readPageMeta } from '../../page/read-article';

/** An article's text, and its page metadata when it came from HTML. */
export interface ArticleTextResult {
  text: string;
  meta: PageMeta | null;
}

/** Strips Markdown markup that is not text: headings' hashes, emphasis, links' targets, images. */
export function markdownToText(md: string): string {
  return md
    .replace(/^---\n[\s\S]*?\n---\n/, '') // front matter
    .replace(/!\[([^\]\n]*)\]\([^)\n]*\)/g, '$1')
    .replace(/\[([^\]\n]*)\]\([^)\n]*\)/g, '$1')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/^>\s?/gm, '')
    .replace(/(\*\*|__)(?=\S)([^*_\n]+?)\1/g, '$2')
    .replace(/`([^`\n]+)`/g, '$1');
}

/** Reads an article file's contents by its extension. */
export function articleText(file: string, raw: string, url?: string): ArticleTextResult {
  const lower = file.toLowerCase();
  if (lower.endsWith('.html') || lower.endsWith('.htm')) {
    const doc = parseHtml(raw, url);
    return { text: readArticle(doc).text, meta: readPageMeta(doc, url) };
  }
  if (lower.endsWith('.md')) return { text: unwrapLines(markdownToText(raw)), meta: null };
  return { text: unwrapLines(raw), meta: null };
}

/**
 * Joins lines a plain-text file broke inside a sentence ("signed more than⏎20 agreements", "in a⏎state
 * visit"): a line that ends without closing punctuation, followed by one that goes on in lower case
 * or with a number, is the same paragraph. (A capital after the break may open a new paragraph
 * under a headline, so it is left alone.) Lengths are kept (the break becomes a space), so
 * offsets into the text still point at the file's characters.
 */
export function unwrapLines(text: string): string {
  return text.replace(/([^\s.!?:;"”’)\]])\n(?=[\p{Ll}\d])/gu, (_m, last: string) => `${last} `);
}

/** Lines under the headline where a plain-text article's dateline may stand. */
const DATELINE_LINES = 6;
/** Longest line taken for a dateline: a sentence of the story is longer. */
const DATELINE_CHARS = 80;

/**
 * The dateline of a plain-text article: a short line under its headline that reads as a date
 * ("Published: September 3, 2025 12:53 IST", "World May 20, 2026 06:03 AM"), used as its byline.
 * The headline itself is left out, as is any line long enough to be the story's own sentence.
 */
export function datelineOf(text: string): string | null {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  for (const line of lines.slice(1, 1 + DATELINE_LINES)) {
    if (line.length <= DATELINE_CHARS && parseDateString(line)?.precision === 'day') return line;
  }
  return null;
}
