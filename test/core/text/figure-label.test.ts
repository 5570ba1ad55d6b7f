/**
 * How figures are named with what they measure, and which ones the add-source review ticks
 * (core/text/figure-label.ts, issue 14: "47-page declaration pages", "golden Dome missile shield",
 * a byline date and "Second World War" ticked by default).
 */
import { describe, expect, test } from 'vitest';
import { extractFigures } from '../../../core/figures/extract-figures';
import { carriesMeasure, figureLabel, measureAfter, measureAsWritten } from '../../../core/text/figure-label';

describe('figureLabel', () => {
  test('the figure and its measure, said once', () => {
    expect(figureLabel('42', 'agreements')).toBe('42 agreements');
    expect(figureLabel('47-page', 'declaration pages')).toBe('47-page declaration');
    expect(figureLabel('four-day', 'days')).toBe('four-day');
    expect(figureLabel('40 cooperation agreements', 'cooperation agreements')).toBe('40 cooperation agreements');
    expect(figureLabel('25th', 'visit to China')).toBe('25th visit to China');
    expect(figureLabel('2023', '')).toBe('2023');
  });
  test('measureAfter is what follows the figure', () => {
    expect(measureAfter('47-page', 'joint declaration pages')).toBe('joint declaration');
    expect(measureAfter('$175 billion', 'Golden Dome missile shield')).toBe('Golden Dome missile shield');
  });
});

test('measureAsWritten gives a name back its capital', () => {
  const sentence = 'Washington’s $175 billion Golden Dome missile shield was criticised.';
  expect(measureAsWritten('golden Dome missile shield', sentence)).toBe('Golden Dome missile shield');
  expect(measureAsWritten('missile shield', sentence)).toBe('missile shield');
  expect(measureAsWritten('cooperation agreements', 'Forty cooperation agreements')).toBe('cooperation agreements');
  expect(measureAsWritten('trade', 'No such word here.')).toBe('trade');
  expect(measureAsWritten('trade', 'Trade reached $245 billion.')).toBe('trade');
  expect(measureAsWritten('trade', '“Trade reached $245 billion.')).toBe('trade');
});

test('carriesMeasure ticks figures that say what they measure, not dates, years, bare units or names', () => {
  const text =
    'By Mara Lindqvist, 21 May 2026. Putin and Xi signed 42 agreements and a 47-page declaration. The leaders marked 80 years since the end of the Second World War. Trade reached $228 billion. Their treaty dates from 2001. Forty agreements were signed in Beijing. It was his 25th visit to China.';
  expect(extractFigures(text).map((f) => [f.text, carriesMeasure(f)])).toEqual([
    ['21 May 2026', false],
    ['42', true],
    ['47-page', true],
    ['80 years', false],
    ['Second', false],
    ['$228 billion', true],
    ['2001', false],
    ['Forty', true],
    ['25th', true],
  ]);
});
