/**
 * The `cc:check` reply's packing (messaging/packed-figures.ts): equal source entries travel once,
 * and unpacking gives back exactly the engine's figures.
 */
import { describe, expect, it } from 'vitest';
import { packFigures, unpackFigures } from '../../messaging/packed-figures';
import { checkFile } from '../../scripts/lib/check-file';

const figures = checkFile('test/fixtures/pages/may2026-background-september-talks.html', 'https://news.test/sep').figures;

describe('packFigures / unpackFigures', () => {
  it('gives back exactly the figures of every text, in order', () => {
    const texts = [figures, [], figures.slice(1)];
    expect(unpackFigures(JSON.parse(JSON.stringify(packFigures(texts))))).toEqual(texts);
  });
  it('stores each distinct source entry once', () => {
    const packed = packFigures([figures, figures]);
    const distinct = new Set(figures.flatMap((f) => f.sources.map((s) => JSON.stringify(s))));
    expect(packed.sources).toHaveLength(distinct.size);
    expect(distinct.size).toBeLessThan(figures.flatMap((f) => f.sources).length * 2);
    expect(packed.texts[1]?.map((f) => f.sources)).toEqual(packed.texts[0]?.map((f) => f.sources));
  });
  it('refuses a figure pointing at a missing source entry', () => {
    const packed = packFigures([figures.slice(0, 1)]);
    packed.sources = [];
    expect(() => unpackFigures(packed)).toThrow(`packed figure "${figures[0]!.text}" points at missing source entry 0`);
  });
});
