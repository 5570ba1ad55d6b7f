/**
 * Checking a long text in pieces (core/match/check-pieces.ts): pieces at block breaks, each
 * checked alone with offsets shifted back into the whole text.
 */
import { describe, expect, test } from 'vitest';
import { checkInPieces, checkPiece, pieceBounds } from '../../../core/match/check-pieces';
import type { CheckedFigure } from '../../../core/model';
import { conflicting42 } from '../../support/checked-figures';

describe('pieceBounds', () => {
  test('cuts at block breaks and covers the whole text', () => {
    const text = ['a'.repeat(40), 'b'.repeat(40), 'c'.repeat(40)].join('\n\n');
    const bounds = pieceBounds(text, 90);
    expect(bounds).toEqual([
      [0, 82],
      [82, 124],
    ]);
    expect(bounds.map(([s, e]) => text.slice(s, e)).join('')).toBe(text);
  });
  test('a text shorter than a piece is one piece', () => {
    expect(pieceBounds('short', 90)).toEqual([[0, 5]]);
  });
  test('one giant paragraph is cut at spaces', () => {
    const text = 'word '.repeat(50);
    const bounds = pieceBounds(text, 32);
    expect(bounds.every(([s, e]) => e - s <= 32)).toBe(true);
    expect(bounds.map(([s, e]) => text.slice(s, e)).join('')).toBe(text);
  });
});

describe('checkPiece', () => {
  /** A fake engine: every "42" in the text it is given. */
  const find42 = (t: string): CheckedFigure[] =>
    Array.from(t.matchAll(/\b42\b/g), (m) => ({ ...conflicting42, start: m.index, end: m.index + 2 }));

  test('each piece is checked alone and its offsets are shifted back into the text', () => {
    const text = 'They signed 42 deals.\n\nLater, 42 more.';
    const seen: string[] = [];
    const spy = (t: string): CheckedFigure[] => (seen.push(t), find42(t));
    expect(checkPiece(text, [0, 21], spy).map((f) => [f.start, f.end])).toEqual([[12, 14]]);
    const later = checkPiece(text, [21, text.length], spy);
    expect(later.map((f) => text.slice(f.start, f.end))).toEqual(['42']);
    expect(later[0]?.start).toBe(text.indexOf('42', 21));
    expect(seen).toEqual(['They signed 42 deals.', '\n\nLater, 42 more.']);
  });
  test('a blank piece is not checked', () => {
    expect(checkPiece('a\n\n   ', [1, 6], () => { throw new Error('checked'); })).toEqual([]);
  });
});
describe('checkInPieces', () => {
  test('checks every piece once and gives the figures of the whole text in order', () => {
    const text = ['They signed 42 deals.', 'x'.repeat(30), 'Later, 42 more.'].join('\n\n');
    const seen: string[] = [];
    const find42 = (t: string): CheckedFigure[] =>
      (seen.push(t), Array.from(t.matchAll(/\b42\b/g), (m) => ({ ...conflicting42, start: m.index, end: m.index + 2 })));
    const figures = checkInPieces(text, find42, 40);
    expect(figures.map((f) => f.start)).toEqual([12, text.lastIndexOf('42')]);
    expect(seen.join('')).toBe(text);
    expect(seen).toEqual([text.slice(0, 21), text.slice(21, 53), text.slice(53)]);
  });
});
