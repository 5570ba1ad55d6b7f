/**
 * How the content script reads a long page in slices (docs/decisions/023): the article root is
 * read by one walk in steps (`ArticleReader`), under the slice clock, and what it reads goes to
 * the background in batches of characters, cut at the end of a block (the background cuts each
 * text into pieces, `core/match/check-pieces.ts`). Nothing measures or splits the page first:
 * the first slice costs what its few hundred nodes cost, whatever the page's shape. The page as
 * a whole (its time, place and subject) is read once, from its title and opening (`VIEW_CHARS`,
 * the start of the first batch), and every text is checked as part of that view, so no text
 * pays for reading the page again.
 */
import type { ArticleReader, ArticleText } from '../page/read-article';

/**
 * How much of the article the page's view is read from: a whole typical article (1,500 words), so
 * the content script sees a page as the command line does, and never more however long the page.
 */
export const VIEW_CHARS = 12_000;

/** Characters of text in the first message (a whole typical article is one; it holds the view). */
export const FIRST_BATCH_CHARS = 50_000;
/**
 * Characters in each later message of a long page. A message costs the page's thread about the
 * same whatever its size (side by side on the flat 5 MB page, docs/PERFORMANCE.md), and each
 * reply's marks cost a frame unless written together (`mark-writer.ts`).
 */
export const LATER_BATCH_CHARS = 100_000;
/**
 * Checks in flight at once: the next batch is read and sent while the background checks this
 * one and its marks are written, so the background never waits for the page (or the page for it).
 */
export const MAX_IN_FLIGHT = 2;
/** Nodes the reader walks between two looks at the slice clock. */
export const READ_STEP_NODES = 256;

/**
 * Reads on until at least `chars` characters are waiting and a block has ended (or the root is
 * read), giving the page its thread back whenever `pause` says the slice is spent; takes what was
 * read up to the end of the last whole block. Null when `pause` says the run was superseded.
 */
export async function readBatch(reader: ArticleReader, chars: number, pause: () => Promise<boolean>): Promise<ArticleText | null> {
  while (!reader.done && !(reader.pendingChars >= chars && reader.ready)) {
    if (!(await pause())) return null;
    reader.step(READ_STEP_NODES);
  }
  return reader.take();
}
