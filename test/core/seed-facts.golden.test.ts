/**
 * The seeds' facts against a golden file reviewed by hand against the five articles
 * (test/fixtures/golden/seed-facts.json). When the extractor changes on purpose, regenerate with
 * `UPDATE_GOLDEN=1 npx vitest run test/core/seed-facts.golden.test.ts` and review the diff line by line.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSeedIndex } from '../../scripts/lib/build-seed-index';
import { gateDataOf, sameIndex } from '../../scripts/lib/write-index';
import { DEFAULT_GATE_PATH, DEFAULT_INDEX_PATH } from '../../scripts/lib/paths';
import { FactIndexSchema } from '../../core/model';

const GOLDEN = 'test/fixtures/golden/seed-facts.json';

describe('the index built from seeds/', () => {
  const index = buildSeedIndex('seeds', '2026-01-01T00:00:00.000Z');
  const facts = index.facts.map((f) => ({
    source: f.source,
    text: f.text,
    kind: f.kind,
    value: f.value,
    unit: f.unit,
    qualifier: f.qualifier,
    measure: f.measure,
    measureKey: f.measureKey,
    event: f.event.label,
    role: f.role,
    note: f.note,
  }));

  it('holds exactly the facts of the golden file', () => {
    if (process.env.UPDATE_GOLDEN || !existsSync(GOLDEN)) writeFileSync(GOLDEN, `${JSON.stringify(facts, null, 2)}\n`);
    expect(facts).toEqual(JSON.parse(readFileSync(GOLDEN, 'utf8')));
  });

  it('holds none of the names and labels that only look like figures', () => {
    const texts = facts.map((f) => f.text);
    for (const label of ['7', '20', '2']) expect(facts.filter((f) => f.text === label && f.role === 'whole')).toEqual([]);
    expect(texts).not.toContain('21st');
    expect(texts).not.toContain('6');
    expect(facts.filter((f) => f.source.startsWith('004'))).toEqual([]);
  });

  it('records the 42-vs-40 conflict for the May 2026 summit, and none across summits', () => {
    const byId = new Map(index.facts.map((f) => [f.id, f]));
    const pairs = index.claims.flatMap((c) => c.conflict.map(([a, b]) => `${c.event.label}: ${byId.get(a)!.text} vs ${byId.get(b)!.text}`));
    expect(pairs).toEqual(['Beijing, May 2026: 40 vs 42', 'Beijing, May 2026: 40 vs 42', 'Beijing, May 2026: Forty vs 42', 'Beijing, May 2026: Forty vs 42']);
  });

  it('is the index committed in core/generated (run `npm run build:index` after changing the engine)', () => {
    const committed = FactIndexSchema.parse(JSON.parse(readFileSync(DEFAULT_INDEX_PATH, 'utf8')));
    expect(sameIndex(committed, buildSeedIndex('seeds', committed.builtAt))).toBe(true);
    expect(JSON.parse(readFileSync(DEFAULT_GATE_PATH, 'utf8'))).toEqual(gateDataOf(committed));
  });

  it('gives the content script gate data naming the subject in every written form', () => {
    const forms = gateDataOf(index).forms;
    expect(forms.Chinese).toBe('China');
    expect(forms.Kremlin).toBe('Moscow');
    expect(forms.Putin).toBe('Putin');
  });
});
