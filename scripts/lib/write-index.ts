/**
 * Writes a built index to disk only when its facts changed, so builds do not dirty the
 * committed bundled index with a new `builtAt` alone.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { FactIndex } from '../../core/model';

/** Whether two indexes hold the same sources, facts and claims (their build time aside). */
export function sameIndex(a: FactIndex, b: FactIndex): boolean {
  return JSON.stringify({ ...a, builtAt: '' }) === JSON.stringify({ ...b, builtAt: '' });
}

/** Writes `index` to `path` unless the file already holds the same index; returns whether it wrote. */
export function writeIndexIfChanged(path: string, index: FactIndex): boolean {
  if (existsSync(path)) {
    try {
      if (sameIndex(JSON.parse(readFileSync(path, 'utf8')) as FactIndex, index)) return false;
    } catch {
      // unreadable: overwrite it
    }
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(index, null, 1)}\n`);
  return true;
}
