/**
 * Reads an article file into plain text for the engine: `.txt` as it is, `.md` without its
 * markup, `.html` through the same DOM reader the content script uses (scripts never run).
 */
import type { PageMeta } from '../../core/model';
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
  if (lower.endsWith('.md')) return { text: markdownToText(raw), meta: null };
  return { text: raw, meta: null };
}
