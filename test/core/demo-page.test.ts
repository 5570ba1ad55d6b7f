/**
 * The demo page (`npm start`) is what a newcomer sees first: every figure the README promises is
 * checked, with the verdict the fact model gives it (American Courant's May 2026 report is the
 * certain source: 40 agreements, a 47-page declaration, the 25th visit, the $175 billion Golden
 * Dome "proposed by the United States", about $228 billion of trade).
 */
import { describe, expect, it } from 'vitest';
import { checkFile } from '../../scripts/lib/check-file';

describe('the demo page', () => {
  it('checks each promised figure, with its verdict', () => {
    const result = checkFile('test/fixtures/demo/index.html', 'http://127.0.0.1/demo/');
    expect(result.figures.map((f) => [f.text, f.verdict])).toEqual([
      ['42', 'conflicting'],
      ['47-page', 'corroborated'],
      ['25th', 'corroborated'],
      ['25th', 'corroborated'],
      ['42', 'conflicting'],
      ['47-page', 'corroborated'],
      ['$175 billion', 'corroborated'],
      ['about $245 billion', 'conflicting'],
    ]);
  });
});
