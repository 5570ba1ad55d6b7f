/**
 * Reads a corpus topic's pages as the engine sees a page: its text, and the metadata a browser
 * would find (its address, its title line, and the publication date the search metadata gave,
 * standing in for the page's own `article:published_time`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PageMeta } from '../../core/model';
import { unwrapLines, datelineOf } from '../lib/article-text';
import type { CorpusPage, CorpusTopic } from '../lib/corpus';

/** A corpus page ready to check. */
export interface CorpusPageInput {
  page: CorpusPage;
  text: string;
  meta: PageMeta;
}

/** The pages of a topic, read from disk. */
export function readCorpusPages(topic: CorpusTopic): CorpusPageInput[] {
  return topic.pages.map((page) => {
    const text = unwrapLines(readFileSync(join(topic.dir, 'pages', page.file), 'utf8'));
    const title = text.split('\n').find((l) => l.trim())?.trim() ?? page.file;
    const dates = page.published && page.dateBasis === 'search-metadata' ? [{ value: page.published, basis: 'article:published_time' }] : [];
    return { page, text, meta: { url: page.url, title, dates, byline: datelineOf(text), siteName: page.outlet } };
  });
}
