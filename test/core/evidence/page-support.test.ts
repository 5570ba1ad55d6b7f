/**
 * A corroboration from a source the page restates (docs/decisions/043): a source that corroborates
 * `support` of the page's other values on its own needs only the lower `supported` probability for
 * the rest. Leave-one-out: a figure's own value never counts for it.
 */
import { describe, expect, it } from 'vitest';
import { checkPage, viewPage } from '../../../core/evidence/check-page';
import { isCorroborated, restatedSource, supportOf, type PageSupport, type SourceEvidence, type Weighed } from '../../../core/evidence/decide';
import { prepareIndex } from '../../../core/evidence/evidence-index';
import { shippedWeights, type ModelWeights } from '../../../core/evidence/model';
import type { Figure } from '../../../core/model';
import { buildSeedIndexFor } from '../../../scripts/lib/build-seed-index';
import { loadCorpusTopic } from '../../../scripts/lib/corpus';
import { readCorpusPages } from '../../../scripts/eval/corpus-pages';

const figure = (value: number) => ({ kind: 'count', unit: 'count', value, text: String(value) }) as Figure;
const weights = (corroborate: number, supported: number, support: number): ModelWeights => ({
  ...shippedWeights(),
  thresholds: { ...shippedWeights().thresholds, corroborate, supported, support },
});
const agreeing = (same: number): SourceEvidence => ({ agree: { same } as Weighed, conflict: null, measure: null });

describe('page support', () => {
  const support: PageSupport = new Map([['a.txt', new Set(['count:1', 'count:2', 'count:3'])]]);

  it('counts the other values a source corroborates, never the figure’s own', () => {
    expect(supportOf(support, 'a.txt', figure(2))).toBe(2);
    expect(supportOf(support, 'a.txt', figure(7))).toBe(3);
    expect(supportOf(support, 'b.txt', figure(2))).toBe(0);
    expect(supportOf(() => support, 'a.txt', figure(1))).toBe(2);
  });

  it('corroborates below the threshold only from a source with enough support', () => {
    const evidence = new Map([['a.txt', agreeing(0.75)]]);
    expect(isCorroborated(evidence, figure(7), weights(0.9, 0.7, 3), support)).toBe(true);
    expect(isCorroborated(evidence, figure(2), weights(0.9, 0.7, 3), support)).toBe(false); // its own value does not count
    expect(isCorroborated(evidence, figure(7), weights(0.9, 0.8, 3), support)).toBe(false);
    expect(isCorroborated(new Map([['b.txt', agreeing(0.75)]]), figure(7), weights(0.9, 0.7, 3), support)).toBe(false);
    expect(isCorroborated(new Map([['b.txt', agreeing(0.95)]]), figure(7), weights(0.9, 0.7, 3), support)).toBe(true);
  });

  it('rests a corroboration on the source the page restates enough, not on one weighed higher', () => {
    const both: PageSupport = new Map([...support, ['b.txt', new Set(['count:1'])]]);
    const evidence = new Map([['b.txt', agreeing(0.85)], ['a.txt', agreeing(0.72)], ['c.txt', agreeing(0.71)]]);
    expect(restatedSource(evidence, figure(7), weights(0.9, 0.7, 3), both)).toBe('a.txt');
    expect(restatedSource(evidence, figure(7), weights(0.9, 0.7, 4), both)).toBe(null);
    expect(restatedSource(evidence, figure(7), weights(0.9, 0.75, 3), both)).toBe(null);
  });

  it('corroborates a contract length on a transfer page that restates much of one report (shipped weights)', () => {
    const topic = loadCorpusTopic('test/corpus/wirtz-transfer-2025');
    const index = buildSeedIndexFor('test/corpus/wirtz-transfer-2025/seeds', 'evidence', '2026-01-01T00:00:00Z');
    const { text, meta } = readCorpusPages(topic).find((p) => p.page.file === 'p08-sportskeeda-fans-react.txt')!;
    const check = (w: ModelWeights) => checkPage(prepareIndex(index, w), text, meta, viewPage(meta, text)).figures.find((f) => f.text === 'five-year');
    const on = check(shippedWeights())!;
    expect([on.verdict, on.sources.filter((s) => s.relation === 'corroborates').map((s) => s.outlet)]).toEqual(['corroborated', ['SportsTiger', 'The Independent']]);
    // "Why" says the corroboration rests on what else the page restates.
    expect(on.why).toBe(
      "5+ other figures on this page are in SportsTiger's report; this page reads like SportsTiger's report; same names: wirtz (matched on content alone: the source gives no date). This page restates 10 other figures of SportsTiger's report",
    );
    expect(check({ ...shippedWeights(), thresholds: { ...shippedWeights().thresholds, supported: 2 } })?.verdict).not.toBe('corroborated');
  });

  it('gives a piece of that page the support of the whole text its view was read from', () => {
    const topic = loadCorpusTopic('test/corpus/wirtz-transfer-2025');
    const prepared = prepareIndex(buildSeedIndexFor('test/corpus/wirtz-transfer-2025/seeds', 'evidence', '2026-01-01T00:00:00Z'));
    const { text, meta } = readCorpusPages(topic).find((p) => p.page.file === 'p08-sportskeeda-fans-react.txt')!;
    const at = text.indexOf('five-year');
    const piece = text.slice(text.lastIndexOf('\n', at) + 1, text.indexOf('\n', at) === -1 ? undefined : text.indexOf('\n', at));
    const inPiece = (view: ReturnType<typeof viewPage>) => checkPage(prepared, piece, meta, view).figures.find((f) => f.text === 'five-year')?.verdict;
    expect(inPiece(viewPage(meta, text))).toBe('corroborated');
    // Read from the piece alone, the page restates too little of the report.
    expect(inPiece(viewPage(meta, piece))).not.toBe('corroborated');
  });
});
