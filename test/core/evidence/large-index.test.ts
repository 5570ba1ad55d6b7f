/**
 * The evidence engine on a large index of the reader's own sources (docs/decisions/033): each
 * figure is weighed against at most `CANDIDATE_CAP` facts of its unit, chosen by the figure's rarest
 * words, and a page never meets its own source.
 */
import { describe, expect, it } from 'vitest';
import seed from '../../../core/generated/seed-index.json';
import { CANDIDATE_CAP, scorePage } from '../../../core/evidence/check-page';
import { prepareIndex } from '../../../core/evidence/evidence-index';
import { termSet } from '../../../core/evidence/terms';
import type { FactIndex, PageMeta } from '../../../core/model';
import { syntheticIndex } from '../../../scripts/bench/synthetic-index';

const index = syntheticIndex(seed as unknown as FactIndex, 3_000);
const prepared = prepareIndex(index);
const text = 'Xi Jinping and Vladimir Putin signed 42 cooperation agreements in Beijing on Wednesday, the Kremlin said.';
const meta = (url: string | null): PageMeta => ({ url, title: 'Xi and Putin sign 42 agreements', dates: [], byline: null, siteName: null });

describe('a large index', () => {
  it('weighs a figure against at most CANDIDATE_CAP facts of its unit, each sharing a word with its sentence', () => {
    const counts = index.facts.filter((f) => (f.unit ?? f.kind) === 'count').length;
    expect(counts).toBeGreaterThan(CANDIDATE_CAP);
    const figure = scorePage(prepared, text, meta(null)).figures.find((f) => f.figure.text === '42')!;
    expect(figure.candidates).toHaveLength(CANDIDATE_CAP);
    const words = termSet(figure.figure.sentence);
    for (const c of figure.candidates) expect([...termSet(c.fact.sentence)].some((w) => words.has(w))).toBe(true);
  });

  it('never weighs the facts of a source at the page\'s own address', () => {
    const own = index.sources[0]!;
    const figures = scorePage(prepared, text, meta(`${own.url}?utm_source=feed`)).figures;
    const sources = new Set(figures.flatMap((f) => f.candidates.map((c) => c.fact.source)));
    expect(sources.has(own.file)).toBe(false);
    expect(sources.size).toBeGreaterThan(1);
  });
});
