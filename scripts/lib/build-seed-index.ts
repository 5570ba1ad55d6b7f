/**
 * Builds a fact index from a seeds folder on disk: reads and validates it, extracts each
 * article's facts with the pure engine, assembles the claims and validates the result.
 */
import { FactIndexSchema, type FactIndex, type SourceFacts } from '../../core/model';
import { assembleIndex, sourceEntries } from '../../core/index/assemble-index';
import { extractSourceFacts } from '../../core/index/extract-source-facts';
import { EVIDENCE_EXTRACT, type ExtractOptions } from '../../core/figures/extract-figures';
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

/**
 * The index of a seeds folder for one engine (docs/decisions/033): the rule matcher's, as the
 * bundled index is built, or the evidence engine's (every figure read, marked `engine: 'evidence'`).
 */
export function buildSeedIndexFor(dir: string, engine: 'rules' | 'evidence', builtAt?: string): FactIndex {
  return engine === 'evidence' ? { ...buildSeedIndex(dir, builtAt, EVIDENCE_EXTRACT), engine } : buildSeedIndex(dir, builtAt);
}

/**
 * A folder of articles as the reader's own sources (origin `user`), each read as the options page
 * reads a page added as a source: by default every figure (`EVIDENCE_EXTRACT`, docs/decisions/033).
 */
export function readerSourceEntries(dir: string, builtAt: string, options: ExtractOptions = EVIDENCE_EXTRACT): SourceFacts[] {
  return sourceEntries(buildSeedIndex(dir, builtAt, options)).map((e) => ({ ...e, source: { ...e.source, origin: 'user' as const } }));
}
