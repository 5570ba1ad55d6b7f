/**
 * Property tests: random and adversarial text never makes the extractor or the matcher throw,
 * every figure's offsets point at its text, and intervals are well formed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../core/figures/extract-figures';
import { checkPage } from '../../core/match/check-page';
import { prepareIndex } from '../../core/match/prepare-index';
import { buildSeedIndex } from '../../scripts/lib/build-seed-index';

/** Pieces that look like figures, qualifiers, names and separators, to build adversarial text from. */
const PIECES = [
  '40', '1,200', '3.5', 'Forty', 'forty-two', 'a dozen', 'two dozen', '20+', '20-plus', '$175 billion', 'US$70 billion',
  '228bn', '1.2 trillion yuan', '30%', '25th', 'third', '47-page', 'four-day', '38 to 44 billion cubic metres',
  'March 20 to 22', 'May 20, 2026', '2025', 'more than', 'over', 'at least', 'nearly', 'about', 'up to', 'some',
  'agreements', 'deals', 'trade', 'Xi', 'Putin', 'Beijing', 'Moscow', "Chang'e-7", 'G20', 'World War II',
  'Power of Siberia 2', '21st century', 'Sources 6 cited · 2 primary', 'Previous Article', ' ', '\n', '\n\n', '.', ',',
  '-', '–', '$', '+', '%', '1e308', '-0', 'NaN billion', '9'.repeat(400), '\u200B', '\u00A0', '４０', '٤٠', '🙂', 'ـ',
  'between', 'and', 'to', 'the', 'U.S.', 'Mr.', '10:30', '1.', '(', ')', '“', '”',
];

const adversarial = fc.array(fc.constantFrom(...PIECES), { maxLength: 200 }).map((parts) => parts.join(' '));

describe('extractFigures (property)', () => {
  it('never throws on random unicode text, and offsets match the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 500 }), (text) => {
        for (const f of extractFigures(text)) {
          expect(text.slice(f.start, f.end)).toBe(f.text);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on adversarial mixes of figure-like pieces; intervals are ordered and values finite', () => {
    fc.assert(
      fc.property(adversarial, (text) => {
        for (const f of extractFigures(text)) {
          expect(text.slice(f.start, f.end)).toBe(f.text);
          expect(f.interval.min).toBeLessThanOrEqual(f.interval.max);
          expect(Number.isFinite(f.value)).toBe(true);
          expect(f.sentence.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('handles long pathological inputs (no catastrophic backtracking)', () => {
    const inputs = [
      '1,'.repeat(50_000),
      '9'.repeat(100_000),
      'more than '.repeat(20_000),
      '$'.repeat(100_000),
      'a-'.repeat(50_000),
      'March 20 to '.repeat(10_000),
      'Xi '.repeat(30_000),
      '\n'.repeat(100_000),
      'Sources 6 cited\n  1. '.repeat(10_000),
    ];
    for (const text of inputs) expect(() => extractFigures(text)).not.toThrow();
  });
});

describe('checkPage (property)', () => {
  const prepared = prepareIndex(buildSeedIndex('seeds', '2026-01-01T00:00:00.000Z'));
  it('never throws, and every checked figure has a verdict, a reason and sources', () => {
    fc.assert(
      fc.property(adversarial, fc.option(fc.string({ maxLength: 40 })), (text, date) => {
        const result = checkPage(prepared, `Xi Putin China Russia Beijing Moscow. ${text}`, {
          url: null,
          title: 'Xi and Putin in Beijing',
          dates: date === null ? [] : [{ value: date, basis: 'meta[name=date]' }],
          byline: null,
          siteName: null,
        });
        for (const f of result.figures) {
          expect(f.reason.length).toBeGreaterThan(0);
          expect(f.sources.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 200 },
    );
  });
});
