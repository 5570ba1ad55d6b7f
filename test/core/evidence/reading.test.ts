/** What the evidence engine reads beyond the shipped matcher, and how it compares values and binds figures to names. */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../core/figures/extract-figures';
import { statedAgree } from '../../../core/evidence/agreement';
import { subjectNames } from '../../../core/evidence/sides';
import { FEATURE_NAMES, markCounterparts } from '../../../core/evidence/features';
import { trainBoosted, predictBoosted, contributions } from '../../../core/evidence/boosted';

const more = (text: string) => extractFigures(text, { keepCued: true, moreKinds: true }).map((f) => [f.text, f.kind, f.value, f.unit]);

describe('more kinds of figures (evidence engine only)', () => {
  it('reads weekdays and clock times, to the minute', () => {
    expect(more('It was approved on Sunday at 2:40 a.m. in Baku, shortly before 3am.')).toEqual([
      ['Sunday', 'weekday', 0, 'weekday'],
      ['2:40 a.m.', 'clock', 160, 'clock'],
      ['3am', 'clock', 180, 'clock'],
    ]);
  });
  it('puts rate changes on one scale, percentage points, whether in basis points, points or words', () => {
    expect(more('The Fed cut by 50 basis points.')).toEqual([['50', 'quantity', 0.5, 'points']]);
    expect(more('It cut by half a percentage point.')).toEqual([['half a percentage point', 'quantity', 0.5, 'points']]);
    expect(more('Another quarter-point cut came in November.')).toEqual([['quarter-point', 'quantity', 0.25, 'points']]);
  });
  it('keeps a year that dates another figure', () => {
    expect(more('They will provide $300 billion a year by 2035.').map((f) => f[0])).toEqual(['$300 billion', '2035']);
    expect(extractFigures('They will provide $300 billion a year by 2035.', { keepCued: true }).map((f) => f.text)).toEqual(['$300 billion']);
  });
  it('reads none of these for the shipped matcher', () => {
    expect(extractFigures('On Sunday at 3am the Fed cut by half a percentage point.').map((f) => f.text)).toEqual([]);
  });
});

describe('numbers in names', () => {
  const read = (text: string) => extractFigures(text, { keepCued: true }).map((f) => [f.text, f.cues ?? []]);
  it('reads no figure in a numbered name used before a noun', () => {
    expect(read('Talks on the Power of Siberia 2 pipeline stalled.')).toEqual([]);
    expect(read('The airline confirmed a Boeing 737 order on Monday.')).toEqual([]);
  });
  it('keeps a number after a name that counts what follows, or stands alone, with the name cue', () => {
    expect(read('Results so far: Congress 99, SP 37.')).toEqual([['99', ['name']], ['37', ['name']]]);
    expect(read('It won 240 of the Lok Sabha’s 543 seats.')).toEqual([['240', []], ['543', ['name']]]);
    expect(read('The state saw Congress 99 seats ahead.')).toEqual([['99', ['name']]]);
    expect(read('Aftershocks followed the Sagaing 7.7 magnitude shock.')).toEqual([['7.7', ['name']]]);
  });
});

describe('values as statements', () => {
  const one = (text: string) => extractFigures(text, { keepCued: true })[0]!;
  it('takes a ceiling to state its number', () => {
    expect(statedAgree(one('A fee of £116m.'), one('It could reach up to £126m.'))).toBe(false);
    expect(statedAgree(one('It could reach up to £126m.'), one('It could reach up to £116m.'))).toBe(false);
    expect(statedAgree(one('A fee of £116m.'), one('It could reach up to £116m.'))).toBe(true);
  });
  it('lets the intervals decide otherwise', () => {
    expect(statedAgree(one('More than 3,000 people died.'), one('The toll is 3,085 people.'))).toBe(true);
    expect(statedAgree(one('More than 3,000 people died.'), one('The toll is 2,719 people.'))).toBe(false);
  });
});

describe('binding a figure to names', () => {
  it('takes the first name of its clause and the nearest before it', () => {
    const [nda, india] = extractFigures('Alliance Won: NDA 292 INDIA 234.', { keepCued: true });
    expect([...subjectNames(nda!)]).toEqual(['nda']);
    expect([...subjectNames(india!)]).toEqual(['nda', 'india']);
    const [seats] = extractFigures('The opposition INDIA bloc, helped by the Samajwadi Party in Uttar Pradesh, has secured 232 seats.');
    expect([...subjectNames(seats!)]).toEqual(['india', 'uttar pradesh']);
  });
  it('pairs each figure with its counterpart in each source, and every repeat of a value', () => {
    const v = (measure: number, agree: number) => {
      const x = new Array<number>(FEATURE_NAMES.length).fill(0);
      x[FEATURE_NAMES.indexOf('measureSimilar')] = measure;
      x[FEATURE_NAMES.indexOf('valuesAgree')] = agree;
      return x;
    };
    const pairs = [
      { figure: 0, value: 'n:233', fact: 'a230', source: 'a', x: v(1, 0) },
      { figure: 0, value: 'n:233', fact: 'a291', source: 'a', x: v(0.2, 0) },
      { figure: 1, value: 'n:233', fact: 'a230', source: 'a', x: v(0.5, 0) },
      { figure: 2, value: 'n:291', fact: 'a291', source: 'a', x: v(1, 1) },
      { figure: 2, value: 'n:291', fact: 'a230', source: 'a', x: v(0.9, 0) },
    ];
    markCounterparts(pairs);
    const c = FEATURE_NAMES.indexOf('counterpart');
    expect(pairs.map((p) => p.x[c])).toEqual([1, 0, 1, 1, 0]);
  });
});

describe('boosted trees', () => {
  it('learns evidence that counts only in combination, the same way every time', () => {
    const xs: number[][] = [];
    const ys: number[] = [];
    for (let i = 0; i < 400; i++) {
      const a = i % 2;
      const b = Math.floor(i / 2) % 2;
      xs.push([a, b, (i % 7) / 7]);
      ys.push(a === 1 && b === 1 ? 1 : 0);
    }
    const m = trainBoosted(xs, ys, { rounds: 30, depth: 2, rate: 0.3, minLeaf: 1, l2: 1, bins: 8 });
    expect(trainBoosted(xs, ys, { rounds: 30, depth: 2, rate: 0.3, minLeaf: 1, l2: 1, bins: 8 })).toEqual(m);
    expect(predictBoosted(m, [1, 1, 0])).toBeGreaterThan(0.9);
    expect(predictBoosted(m, [0, 0, 0])).toBeLessThan(0.1);
    expect(predictBoosted(m, [1, 0, 0])).toBeLessThan(0.1);
    expect(predictBoosted(m, [0, 1, 0])).toBeLessThan(0.1);
    const moved = contributions(m, [1, 1, 0], 3);
    expect(Math.abs(moved[2]!)).toBeLessThan(0.05);
    expect(moved[0]! + moved[1]!).toBeGreaterThan(0);
  });
});
