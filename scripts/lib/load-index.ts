/**
 * Loads the bundled index for node scripts (validated with the same schema the build uses),
 * rebuilding it from seeds/ when it is missing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { FactIndexSchema, type FactIndex } from '../../core/model';
import { formatZodIssues } from '../../core/zod-errors';
import { buildSeedIndex } from './build-seed-index';

/** Reads and validates an index file; builds from `seedsDir` when `path` does not exist. */
export function loadIndex(path: string, seedsDir = 'seeds'): FactIndex {
  if (!existsSync(path)) return buildSeedIndex(seedsDir);
  const parsed = FactIndexSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')), { reportInput: true });
  if (!parsed.success) throw new Error(`${path}: ${formatZodIssues(parsed.error.issues)}`);
  return parsed.data;
}
