/**
 * Builds a fact index from a seeds folder on disk: reads and validates it, extracts each
 * article's facts with the pure engine, assembles the claims and validates the result.
 */
import { FactIndexSchema, type FactIndex } from '../../core/model';
import { assembleIndex } from '../../core/index/assemble-index';
import { extractSourceFacts } from '../../core/index/extract-source-facts';
import type { ExtractOptions } from '../../core/figures/extract-figures';
import { formatZodIssues } from '../../core/zod-errors';
import { articleText } from './article-text';
import { readSeedsFolder } from './seeds-folder';

/** Builds and validates the index of `dir`. `builtAt` defaults to now; `options` say what to extract. */
export function buildSeedIndex(dir: string, builtAt = new Date().toISOString(), options: ExtractOptions = {}): FactIndex {
  const folder = readSeedsFolder(dir);
  const entries = folder.manifest.map((source, i) => {
    const { text } = articleText(source.file, folder.articles[i]!.raw, source.url);
    return extractSourceFacts(source, text, 'seed', options);
  });
  const index = assembleIndex(entries, builtAt);
  const checked = FactIndexSchema.safeParse(index, { reportInput: true });
  if (!checked.success) throw new Error(`generated index is invalid: ${formatZodIssues(checked.error.issues)}`);
  return checked.data;
}
