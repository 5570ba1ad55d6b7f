/**
 * The engine is not tied to the seeds' topic: a folder of three short articles about Norway–Denmark
 * energy talks (.txt, .md and .html) builds an index the same way, and a page is checked against it.
 */
import { describe, expect, it } from 'vitest';
import { buildSeedIndex } from '../../scripts/lib/build-seed-index';
import { checkFile } from '../../scripts/lib/check-file';

const DIR = 'test/fixtures/other-topic';

describe('an index built from another folder of articles', () => {
  const index = buildSeedIndex(DIR, '2026-01-01T00:00:00.000Z');
  const byId = new Map(index.facts.map((f) => [f.id, f]));

  it('reads every article format and dates each fact', () => {
    expect(index.facts.map((f) => [f.source, f.text, f.event.label])).toEqual([
      ['baltic-ledger-oslo.md', '14', 'Oslo, June 2025'],
      ['baltic-ledger-oslo.md', '14', 'Oslo, June 2025'],
      ['baltic-ledger-oslo.md', '€4.5bn', 'Oslo, June 2025'],
      ['harbour-times-oslo-wind.txt', '12', 'Oslo, June 2025'],
      ['harbour-times-oslo-wind.txt', '12', 'Oslo, June 2025'],
      ['harbour-times-oslo-wind.txt', 'about €4.5 billion', 'Oslo, June 2025'],
      ['nordic-review-copenhagen.html', 'nine', 'Copenhagen, March 2024'],
      ['nordic-review-copenhagen.html', 'nine', 'Copenhagen, March 2024'],
    ]);
  });

  it('groups the Oslo counts into one claim with a conflict, and keeps Copenhagen apart', () => {
    const counts = index.claims.filter((c) => c.measureKey === 'agreement' && c.unit === 'count');
    expect(counts.map((c) => c.event.label)).toEqual(['Oslo, June 2025', 'Copenhagen, March 2024']);
    expect(counts[0]!.conflict.map(([a, b]) => [byId.get(a)!.text, byId.get(b)!.text])).toEqual([
      ['14', '12'],
      ['14', '12'],
      ['14', '12'],
      ['14', '12'],
    ]);
    expect(counts[1]!.conflict).toEqual([]);
  });

  it('checks a follow-up page: mixed count, corroborated amount, Copenhagen as another event', () => {
    const result = checkFile('test/fixtures/other-topic-pages/page-oslo-followup.txt', 'https://x.example/2025/06/14/nordic', DIR);
    expect(result.figures.map((f) => [f.text, f.verdict])).toEqual([
      ['12', 'mixed'],
      ['€4.6 billion', 'corroborated'],
    ]);
    expect(result.figures[0]!.sources.map((s) => [s.source, s.relation, s.certain])).toEqual([
      ['baltic-ledger-oslo.md', 'conflicts', true],
      ['harbour-times-oslo-wind.txt', 'corroborates', true],
      ['nordic-review-copenhagen.html', 'related', true],
    ]);
    expect(result.figures[0]!.reason).toBe('Harbour Times (12 June 2025) reports 12, Baltic Ledger (13 June 2025) reports 14; this page says 12');
  });
});
