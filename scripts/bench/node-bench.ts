/**
 * The benchmarks that run in node, on the pure core: matching one page against indexes of
 * growing size (prepareIndex once per index, checkPage timed), and the popup's search per
 * keystroke over 10,000 facts. Variants are timed alternately, round after round.
 */
import { performance } from 'node:perf_hooks';
import { analyzeText } from '../../core/figures/extract-figures';
import { checkPage } from '../../core/match/check-page';
import { prepareIndex } from '../../core/match/prepare-index';
import type { FactIndex, PageMeta } from '../../core/model';
import { searchFacts } from '../../core/search/search-facts';
import { buildSearchIndex } from '../../core/search/search-index';
import { parseHtml } from '../../page/parse-html';
import { readArticle, readPageMeta } from '../../page/read-article';
import { typicalPage } from './pages';
import { alternate, median, percentile } from './stats';
import { syntheticIndex } from './synthetic-index';

/** Index sizes of the scaling benchmark. */
export const SCALING_SIZES = [100, 10_000, 100_000] as const;
/** Facts in the search benchmark's index. */
export const SEARCH_FACTS = 10_000;
/** Queries typed a letter at a time in the search benchmark. */
export const SEARCH_QUERIES = ['agrements 40', 'golden dom', 'trade 2025', '228bn', 'putin visit beijing', 'declaration pages', 'forty accords'];

/** The typical page's article as the content script reads it, and its metadata. */
export function typicalText(): { text: string; meta: PageMeta } {
  const url = 'https://continental-daily.example/world/2026/05/22/putin-china-trip';
  const doc = parseHtml(typicalPage().html, url);
  return { text: readArticle(doc).text, meta: readPageMeta(doc, url) };
}

/** Results of the scaling benchmark. */
export interface ScalingResult {
  page: { chars: number; figures: number; checked: number };
  sizes: Array<{ facts: number; claims: number; prepareMs: number; checkMs: number; samples: number[] }>;
  /** Extraction alone (analyzeText) on the same text, for the breakdown. */
  extractMs: number;
  ratio100kTo100: number;
}

/** Times checkPage for one page against indexes of 100, 10,000 and 100,000 facts. */
export async function scalingBench(seed: FactIndex, rounds: number): Promise<ScalingResult> {
  const { text, meta } = typicalText();
  const prepared = SCALING_SIZES.map((size) => {
    const index = syntheticIndex(seed, size);
    const t0 = performance.now();
    const p = prepareIndex(index);
    return { size, index, p, prepareMs: performance.now() - t0 };
  });
  // Warm up every variant (JIT) before timing.
  for (const { p } of prepared) for (let i = 0; i < 3; i++) checkPage(p, text, meta);
  const variants = Object.fromEntries(
    prepared.map(({ size, p }) => [String(size), () => {
      const t0 = performance.now();
      checkPage(p, text, meta);
      return performance.now() - t0;
    }]),
  );
  const samples = await alternate(rounds, variants);
  const extract = await alternate(rounds, { extract: () => {
    const t0 = performance.now();
    analyzeText(text);
    return performance.now() - t0;
  } });
  const check = checkPage(prepared[0]!.p, text, meta);
  const sizes = prepared.map(({ size, index, prepareMs }) => ({
    facts: index.facts.length,
    claims: index.claims.length,
    prepareMs,
    checkMs: median(samples[String(size)]!),
    samples: samples[String(size)]!,
  }));
  return {
    page: { chars: text.length, figures: analyzeText(text).figures.length, checked: check.figures.length },
    sizes,
    extractMs: median(extract.extract),
    ratio100kTo100: sizes[2]!.checkMs / sizes[0]!.checkMs,
  };
}

/** Results of the search benchmark. */
export interface SearchResult {
  facts: number;
  buildMs: number;
  keystrokes: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
}

/**
 * Types each query a letter at a time over a 10,000-fact index, timing searchFacts per
 * keystroke. Each typing starts with an empty expansion cache, as a freshly opened popup does.
 */
export function searchBench(seed: FactIndex, rounds: number): SearchResult {
  const index = syntheticIndex(seed, SEARCH_FACTS);
  const t0 = performance.now();
  const si = buildSearchIndex(index);
  const buildMs = performance.now() - t0;
  const times: number[] = [];
  for (let r = 0; r <= rounds; r++) {
    for (const q of r % 2 ? [...SEARCH_QUERIES].reverse() : SEARCH_QUERIES) {
      si.expansionCache.clear();
      for (let i = 1; i <= q.length; i++) {
        const s = performance.now();
        searchFacts(si, q.slice(0, i));
        const d = performance.now() - s;
        if (r > 0) times.push(d); // round 0 warms the JIT
      }
    }
  }
  return { facts: index.facts.length, buildMs, keystrokes: times.length, medianMs: median(times), p95Ms: percentile(times, 95), maxMs: Math.max(...times) };
}
