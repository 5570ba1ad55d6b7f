/**
 * User sources for the storage tests: valid ones built from the search fixture, their version-0
 * shape, and the keys stored so far.
 */
import { fakeBrowser } from 'wxt/testing';
import type { SourceFacts } from '../../core/model';
import { fixtureIndex } from './search-fixture';

/** A valid user source built from the search fixture's source `file`. */
export function entry(file: string, rename?: string): SourceFacts {
  const index = fixtureIndex();
  const source = { ...index.sources.find((s) => s.file === file)!, origin: 'user' as const };
  const facts = index.facts.filter((f) => f.source === file);
  if (!rename) return { source, facts };
  return { source: { ...source, file: rename }, facts: facts.map((f) => ({ ...f, source: rename, id: `${rename}:${f.id}` })) };
}

/** The version-0 shape of an entry: no origin/entities/reports, facts without role/note/context. */
export function v0(e: SourceFacts): unknown {
  const { origin: _o, entities: _e, reports: _r, ...source } = e.source;
  return { source, facts: e.facts.map(({ role: _role, note: _note, context: _context, ...f }) => f) };
}

/** Every key in the fake browser's `storage.local`, sorted. */
export const storedKeys = async (): Promise<string[]> => Object.keys(await fakeBrowser.storage.local.get(null)).sort();
