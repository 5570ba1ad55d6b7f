/** Two engines' figures of one text made into one list (core/check/merge-figures.ts). */
import { describe, expect, it } from 'vitest';
import { mergeFigures, rulesThenEvidence } from '../../../core/check/merge-figures';
import type { CheckedFigure, SourceMatch } from '../../../core/model';

function source(file: string, relation: SourceMatch['relation'], text: string, certain = true): SourceMatch {
  return {
    source: file,
    outlet: file.toUpperCase(),
    url: `https://${file}.test/a`,
    published: '2026-05-20',
    relation,
    certain,
    text,
    quote: `They signed ${text} agreements.`,
    value: Number(text),
    event: 'Beijing, May 2026',
    reason: relation === 'conflicts' ? `reports ${text}; this page says 42` : `reports ${text}, as this page does`,
  };
}

function figure(start: number, text: string, verdict: CheckedFigure['verdict'], sources: SourceMatch[], why: string): CheckedFigure {
  return { text, start, end: start + text.length, value: Number(text), unit: 'count', measure: 'agreements', measureKey: 'agreement', verdict, reason: `${verdict} line`, why, event: 'Beijing, May 2026', sources };
}

describe('mergeFigures', () => {
  const seedConflict = figure(10, '42', 'conflicting', [source('seed-a', 'conflicts', '40')], 'rules: same measure and event');
  const userAgrees = figure(10, '42', 'corroborated', [source('user-b', 'corroborates', '42')], 'evidence: same words around it');

  it('gives a figure both engines checked the sources of both, and works its verdict out again', () => {
    const [merged, ...rest] = mergeFigures([seedConflict], [userAgrees]);
    expect(rest).toEqual([]);
    expect(merged!.verdict).toBe('mixed');
    expect(merged!.sources.map((s) => [s.source, s.relation])).toEqual([
      ['seed-a', 'conflicts'],
      ['user-b', 'corroborates'],
    ]);
    expect(merged!.reason).toBe('USER-B (20 May 2026) reports 42, SEED-A (20 May 2026) reports 40; this page says 42');
    expect(merged!.why).toBe('rules: same measure and event');
  });

  it('puts a certain relation before a related one, and takes "why" from the engine whose source leads', () => {
    const seedRelated = figure(10, '42', 'related', [source('seed-a', 'related', '30')], 'rules: another event');
    const [merged] = mergeFigures([seedRelated], [userAgrees]);
    expect(merged!.verdict).toBe('corroborated');
    expect(merged!.sources.map((s) => s.source)).toEqual(['user-b', 'seed-a']);
    expect(merged!.why).toBe('evidence: same words around it');
    expect(merged!.reason).toBe('USER-B (20 May 2026) also reports 42');
  });

  it('keeps figures of other spans from both lists, in text order', () => {
    const later = figure(50, '7', 'corroborated', [source('user-b', 'corroborates', '7')], 'e');
    const earlier = figure(2, '3', 'related', [source('seed-a', 'related', '3')], 'r');
    expect(mergeFigures([earlier, seedConflict], [later]).map((f) => [f.start, f.text, f.verdict])).toEqual([
      [2, '3', 'related'],
      [10, '42', 'conflicting'],
      [50, '7', 'corroborated'],
    ]);
  });

  it('of two overlapping spans keeps the strong verdict, else the first list\'s', () => {
    const wide = figure(10, '42', 'related', [source('seed-a', 'related', '42')], 'r');
    const narrow = { ...figure(10, '4', 'corroborated', [source('user-b', 'corroborates', '4')], 'e'), end: 11 };
    expect(mergeFigures([wide], [narrow]).map((f) => [f.start, f.end, f.verdict])).toEqual([[10, 11, 'corroborated']]);
    const narrowRelated = { ...narrow, verdict: 'related' as const };
    expect(mergeFigures([wide], [narrowRelated]).map((f) => [f.start, f.end, f.verdict])).toEqual([[10, 12, 'related']]);
  });

  it('returns either list as it is when the other is empty', () => {
    expect(mergeFigures([seedConflict], [])).toEqual([seedConflict]);
    expect(mergeFigures([], [userAgrees])).toEqual([userAgrees]);
  });
});

describe('rulesThenEvidence (the bundled seeds by both engines, decision 035)', () => {
  const rulesConflict = figure(10, '42', 'conflicting', [source('seed-a', 'conflicts', '40')], 'rules');
  const rulesPossible = figure(10, '42', 'related', [source('seed-a', 'corroborates', '42', false), source('seed-c', 'conflicts', '40', false)], 'rules');
  const evidenceAgrees = figure(10, '42', 'corroborated', [source('seed-a', 'corroborates', '42')], 'evidence');

  it("keeps the rule matcher's strong verdict, whatever the evidence engine says", () => {
    expect(rulesThenEvidence([rulesConflict], [evidenceAgrees])).toEqual([rulesConflict]);
  });

  it("takes the evidence engine's strong verdict where the rules gave none, with the rules' other sources of the same span after its own", () => {
    const [merged, ...rest] = rulesThenEvidence([rulesPossible], [evidenceAgrees]);
    expect(rest).toEqual([]);
    expect(merged!.verdict).toBe('corroborated');
    expect(merged!.why).toBe('evidence');
    expect(merged!.sources.map((s) => [s.source, s.relation, s.certain])).toEqual([
      ['seed-a', 'corroborates', true],
      ['seed-c', 'conflicts', false],
    ]);
  });

  it("adds the evidence engine's strong figures the rules did not mark, in text order, and drops its related ones", () => {
    const earlier = figure(2, '25', 'corroborated', [source('seed-b', 'corroborates', '25')], 'evidence');
    const unmarked = figure(30, '47', 'related', [source('seed-b', 'related', '47')], 'evidence');
    expect(rulesThenEvidence([rulesConflict], [earlier, unmarked]).map((f) => [f.start, f.text, f.verdict])).toEqual([
      [2, '25', 'corroborated'],
      [10, '42', 'conflicting'],
    ]);
  });

  it('replaces every related rules figure an evidence figure overlaps', () => {
    const wideRelated = figure(8, '4242', 'related', [source('seed-a', 'related', '4242')], 'rules');
    expect(rulesThenEvidence([wideRelated], [evidenceAgrees])).toEqual([evidenceAgrees]);
  });
});
