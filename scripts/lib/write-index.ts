/**
 * Writes a built index to disk only when its facts changed, so builds do not dirty the
 * committed bundled index with a new `builtAt` alone.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { FactIndex } from '../../core/model';
import { subjectGateData } from '../../core/match/subject-gate';
import { DEFAULT_GATE_PATH } from './paths';

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

/** The gate data of an index: every form of every claim's subject entities. */
export function gateDataOf(index: FactIndex) {
  return subjectGateData(index.claims.flatMap((c) => c.subject));
}

/**
 * Writes the bundled index and the content script's gate data beside it (the gate runs on every
 * page, so it ships as a few hundred bytes instead of the index). Returns whether anything changed.
 */
export function writeBundledIndex(indexPath: string, index: FactIndex, gatePath = DEFAULT_GATE_PATH): boolean {
  const wrote = writeIndexIfChanged(indexPath, index);
  const gate = `${JSON.stringify(gateDataOf(index), null, 1)}\n`;
  if (!existsSync(gatePath) || readFileSync(gatePath, 'utf8') !== gate) {
    mkdirSync(dirname(gatePath), { recursive: true });
    writeFileSync(gatePath, gate);
    return true;
  }
  return wrote;
}
