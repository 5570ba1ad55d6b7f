/**
 * Reads a folder of articles and its `sources.json` from disk and checks them against the
 * manifest schema. The only file I/O the index build needs; everything else is in `core/`.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { SourcesManifestSchema, type SourcesManifest } from '../../core/model';
import { formatZodIssues } from '../../core/zod-errors';

/** File endings of articles the index can be built from. */
export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.html', '.htm'];

/** One article file: its name in the folder and its raw contents. */
export interface ArticleFile {
  file: string;
  raw: string;
}

/** A seeds folder, read and validated. */
export interface SeedsFolder {
  dir: string;
  manifest: SourcesManifest;
  articles: ArticleFile[];
}

/**
 * Reads `dir`: validates `sources.json` and checks that every article is listed once and every
 * listed article exists. Throws an Error naming the file and field on any problem.
 */
export function readSeedsFolder(dir: string): SeedsFolder {
  const manifestPath = join(dir, 'sources.json');
  if (!existsSync(manifestPath)) throw new Error(`${manifestPath}: missing (every seeds folder needs a sources.json)`);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(manifestPath, 'utf8'));
  } catch (e) {
    throw new Error(`${manifestPath}: not valid JSON (${(e as Error).message})`);
  }
  const parsed = SourcesManifestSchema.safeParse(json, { reportInput: true });
  if (!parsed.success) throw new Error(`${manifestPath}: ${formatZodIssues(parsed.error.issues)}`);
  const manifest = parsed.data;
  const problems: string[] = [];
  const seen = new Set<string>();
  manifest.forEach((s, i) => {
    if (seen.has(s.file)) problems.push(`[${i}].file: "${s.file}" is listed twice`);
    seen.add(s.file);
    if (!existsSync(join(dir, s.file))) problems.push(`[${i}].file: "${s.file}" does not exist in ${dir}`);
  });
  const files = readdirSync(dir)
    .filter((f) => ARTICLE_EXTENSIONS.some((ext) => f.toLowerCase().endsWith(ext)))
    .sort();
  for (const f of files) if (!seen.has(f)) problems.push(`"${f}" is in the folder but not listed in sources.json`);
  if (problems.length) throw new Error(`${manifestPath}: ${problems.join('; ')}`);
  const articles = manifest.map((s) => ({ file: s.file, raw: readFileSync(join(dir, s.file), 'utf8') }));
  return { dir, manifest, articles };
}
