/**
 * Property tests of pack import: whatever a file holds, import never throws; a rejected pack
 * changes nothing and says what is wrong, field by field.
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { SourceFacts } from '../../core/model';
import { importPack } from '../../storage/import-sources';
import { saveUserSource } from '../../storage/user-sources';
import { fixtureIndex } from '../support/search-fixture';

beforeEach(() => fakeBrowser.reset());

const index = fixtureIndex();
const valid: SourceFacts = { source: { ...index.sources[0]!, origin: 'user' }, facts: index.facts.filter((f) => f.source === 'ac.txt') };

async function snapshot() {
  return JSON.stringify(await fakeBrowser.storage.local.get(null));
}

/** Sets `value` at a random path inside a copy of `obj`. */
function mutate(obj: unknown, path: number[], value: unknown): unknown {
  const copy = structuredClone(obj) as Record<string, unknown>;
  let node: Record<string, unknown> = copy;
  for (let i = 0; i < path.length; i++) {
    const keys = Object.keys(node);
    if (!keys.length) break;
    const key = keys[path[i]! % keys.length]!;
    const child = node[key];
    if (i === path.length - 1 || typeof child !== 'object' || child === null) {
      node[key] = value;
      break;
    }
    node = child as Record<string, unknown>;
  }
  return copy;
}

describe('importPack (property)', () => {
  it('never throws on arbitrary input and changes nothing when it rejects', async () => {
    await saveUserSource(valid);
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.jsonValue(), fc.string(), fc.anything()), async (input) => {
        const before = await snapshot();
        const r = await importPack(input);
        if (!r.ok) {
          const { file, shown } = r.problems;
          expect(file.length + shown.length).toBeGreaterThan(0);
          for (const e of file) expect(e).toMatch(/^(the file is not valid JSON|[^:]+: .+)/);
          expect(await snapshot()).toBe(before);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('a valid pack with one field replaced is either still valid or rejected with that field named', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.nat(), { minLength: 1, maxLength: 5 }),
        fc.oneof(fc.constant(null), fc.string(), fc.integer(), fc.constant(undefined), fc.array(fc.integer()), fc.constant({})),
        async (path, value) => {
          fakeBrowser.reset();
          const pack = { format: 'crosscheck-pack', schemaVersion: 1, sources: [mutate(valid, path, value)] };
          const r = await importPack(JSON.stringify(pack));
          if (!r.ok) {
            // Named in the pack's words: the first source, then its field.
            expect(r.problems.file).toEqual([]);
            expect(r.problems.bad).toBe(1);
            expect(r.problems.shown[0]!.source).toMatch(/^Source 1\b/);
            expect(r.problems.shown[0]!.problems.every((e) => /^[^[\]]+: .+/.test(e) && !e.includes('sources['))).toBe(true);
            expect(await fakeBrowser.storage.local.get(null)).toEqual({});
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
