/** Which engine checks which sources (core/check/engines.ts, docs/decisions/033 and 035). */
import { describe, expect, it } from 'vitest';
import seed from '../../../core/generated/seed-index.json';
import { enginesFor } from '../../../core/check/engines';
import { sourceEntries } from '../../../core/index/assemble-index';
import type { FactIndex, SourceFacts } from '../../../core/model';

const bundled = seed as unknown as FactIndex;
const reader: SourceFacts[] = sourceEntries(bundled)
  .slice(0, 2)
  .map((e) => ({ source: { ...e.source, file: `user-${e.source.file}`, origin: 'user' }, facts: e.facts.map((f) => ({ ...f, id: `user-${f.id}`, source: `user-${e.source.file}` })) }));
const files = (ix: FactIndex | null) => ix?.sources.map((s) => s.file) ?? null;

describe('enginesFor', () => {
  it('gives the bundled seeds to the rule matcher and to the evidence engine apart, and the reader\'s sources to the evidence engine', () => {
    expect(enginesFor(bundled, [])).toEqual({ rules: bundled, seedEvidence: bundled, evidence: null });
    const both = enginesFor(bundled, reader);
    expect(both.rules).toBe(bundled);
    expect(both.seedEvidence).toBe(bundled);
    expect(files(both.evidence)).toEqual(reader.map((e) => e.source.file));
  });
  it('gives every source to the evidence engine when the seeds were built for it', () => {
    const forEvidence: FactIndex = { ...bundled, engine: 'evidence' };
    expect(enginesFor(forEvidence, [])).toEqual({ rules: null, seedEvidence: null, evidence: forEvidence });
    const both = enginesFor(forEvidence, reader);
    expect(both.rules).toBeNull();
    expect(both.seedEvidence).toBeNull();
    expect(files(both.evidence)).toEqual([...bundled.sources.map((s) => s.file), ...reader.map((e) => e.source.file)]);
  });
});
