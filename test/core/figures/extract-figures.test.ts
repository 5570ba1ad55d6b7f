import { describe, expect, it } from 'vitest';
import { EVIDENCE_EXTRACT, extractFigures } from '../../../core/figures/extract-figures';
import { OPEN_MAX } from '../../../core/figures/interval';

/** The figures of a text, reduced to what a test states. */
function figs(text: string) {
  return extractFigures(text).map((f) => ({ text: f.text, value: f.value, unit: f.unit, kind: f.kind, qualifier: f.qualifier, measure: f.measure, key: f.measureKey }));
}
function one(text: string) {
  const all = figs(text);
  expect(all, text).toHaveLength(1);
  return all[0]!;
}
function interval(text: string) {
  const f = extractFigures(text)[0]!;
  return [f.interval.min, f.interval.max, f.interval.minInclusive, f.interval.maxInclusive];
}

describe('extractFigures: forms', () => {
  it('reads plain, grouped and decimal digits', () => {
    expect(one('They signed 40 agreements.')).toEqual({ text: '40', value: 40, unit: 'count', kind: 'count', qualifier: 'exact', measure: 'agreements', key: 'agreement' });
    expect(one('Some 1,200 delegates attended.')).toMatchObject({ text: 'Some 1,200', value: 1200, qualifier: 'about', measure: 'delegates', key: 'delegate' });
    expect(one('Growth was 3.5 percent.')).toMatchObject({ text: '3.5 percent', value: 3.5, unit: '%', kind: 'percent' });
  });

  it('reads number words, dozens and compounds', () => {
    expect(one('Forty agreements were signed.')).toMatchObject({ text: 'Forty', value: 40, key: 'agreement' });
    expect(one('They signed forty-two accords.')).toMatchObject({ text: 'forty-two', value: 42, key: 'agreement' });
    expect(one('They signed a dozen deals.')).toMatchObject({ text: 'a dozen', value: 12, key: 'agreement' });
    expect(one('They signed two dozen documents.')).toMatchObject({ text: 'two dozen', value: 24, key: 'agreement' });
  });

  it('reads "20+" and "20-plus" as more than 20', () => {
    expect(one('Xi, Putin sign 20+ deals')).toMatchObject({ text: '20+', value: 20, qualifier: 'more-than', key: 'agreement' });
    expect(interval('Xi, Putin sign 20+ deals')).toEqual([20, OPEN_MAX, false, false]);
    expect(one('They inked 20-plus deals.')).toMatchObject({ text: '20-plus', qualifier: 'more-than' });
  });

  it('reads "bn", "bln" and "mln" as scales even when spaced (wire style), but not "m"', () => {
    expect(one('Trade reached $228.1 bln in 2025.')).toMatchObject({ text: '$228.1 bln', value: 228.1e9, unit: 'USD', key: 'trade' });
    expect(one('They raised $5 bn.')).toMatchObject({ text: '$5 bn', value: 5e9 });
    expect(one('Output was 40 mln tonnes.')).toMatchObject({ value: 40e6 });
    expect(one('The tower is 228 m tall.')).toMatchObject({ value: 228 });
  });

  it('reads money with symbols, codes, scales and currency words', () => {
    expect(one('The planned $175 billion network.')).toMatchObject({ text: '$175 billion', value: 175e9, unit: 'USD', kind: 'money' });
    expect(one('Aid of US$70 billion was pledged.')).toMatchObject({ text: 'US$70 billion', value: 70e9, unit: 'USD' });
    // The country written after the symbol (Australian and New Zealand style); glued letters of no known country stay a name.
    expect(one("Google upped its offer to $US32 billion in cash.")).toMatchObject({ text: '$US32 billion', value: 32e9, unit: 'USD', kind: 'money' });
    expect(one('A $A1.5 billion upgrade was approved.')).toMatchObject({ text: '$A1.5 billion', value: 1.5e9, unit: 'AUD' });
    expect(figs('The $ZZ9 plan.').map((f) => f.text)).toEqual([]);
    expect(one('Trade hit $228bn.')).toMatchObject({ text: '$228bn', value: 228e9, unit: 'USD', measure: 'trade', key: 'trade' });
    expect(one('A fund of 1.2 trillion yuan was set up.')).toMatchObject({ text: '1.2 trillion yuan', value: 1.2e12, unit: 'CNY', kind: 'money' });
  });

  it('reads the scale words of other European languages, and pounds named in them', () => {
    expect(one('Die Ablöse beträgt 150 Millionen Euro.')).toMatchObject({ text: '150 Millionen Euro', value: 150e6, unit: 'EUR', kind: 'money' });
    expect(one('Liverpool betaler 116 millioner pund.')).toMatchObject({ text: '116 millioner pund', value: 116e6, unit: 'GBP', kind: 'money' });
    expect(one('Ein Angebot von 116 Millionen Pfund.')).toMatchObject({ text: '116 Millionen Pfund', value: 116e6, unit: 'GBP' });
    expect(one('Garantert £100 millioner.')).toMatchObject({ text: '£100 millioner', value: 100e6, unit: 'GBP' });
    expect(one('Umsatz von 2 Milliarden Euro.')).toMatchObject({ value: 2e9, unit: 'EUR' });
  });

  it('counts the noun after "more", "additional" or "other", an increment kept apart from totals', () => {
    expect(one('That suggests four more rate cuts.')).toMatchObject({ text: 'four', value: 4, kind: 'count', measure: 'more rate cuts', key: 'more-cut' });
    expect(one('The party won 30 additional seats.')).toMatchObject({ text: '30', value: 30, measure: 'additional seats', key: 'more-seat' });
    expect(one('Two other companies, Meta and Apple, walked away.')).toMatchObject({ text: 'Two', value: 2, key: 'company' });
    // "more than" is a qualifier, not an increment.
    expect(one('It won 20 more than last time.')).toMatchObject({ text: '20', value: 20, measure: '', key: '' });
  });

  it('reads percentages, ordinals, page counts and durations', () => {
    expect(one('Exports rose 30% this year.')).toMatchObject({ text: '30%', value: 30, unit: '%', kind: 'percent' });
    expect(one('It was his 25th visit to China.')).toMatchObject({ text: '25th', value: 25, unit: 'ordinal', measure: 'visit to China', key: 'visit:china' });
    expect(one("After Xi's reelection to a third term.")).toMatchObject({ text: 'third', value: 3, kind: 'ordinal', key: 'term:xi' });
    expect(one('They adopted a 47-page joint declaration.')).toMatchObject({ text: '47-page', value: 47, unit: 'pages', measure: 'joint declaration pages', key: 'declaration/pages' });
    expect(one('The four-day visit ended.')).toMatchObject({ text: 'four-day', value: 4, unit: 'days', kind: 'duration', key: 'visit/days' });
  });

  it('reads ranges of volumes and of days', () => {
    expect(one('The pipeline would carry 38 to 44 billion cubic metres of gas.')).toMatchObject({ text: '38 to 44 billion cubic metres', value: 38, unit: 'bcm', qualifier: 'range', kind: 'quantity' });
    // A range of continuous values is widened by half its written precision (rounding), like exact figures.
    expect(interval("The pipeline would carry 38 to 44 billion cubic metres of gas.")).toEqual([37.5, 44.5, true, true]);
    expect(one('An official visit spanning March 20 to 22.')).toMatchObject({ text: 'March 20 to 22', kind: 'date', qualifier: 'range', measure: 'official visit', key: 'visit' });
  });

  it('reads dates and years that are the claim', () => {
    expect(one('It began with the February 2022 invasion.')).toMatchObject({ text: 'February 2022', value: 20220200, kind: 'date' });
    expect(one('The summit was held on 20 May 2026.')).toMatchObject({ text: '20 May 2026', value: 20260520, kind: 'date', key: 'meeting' });
    expect(one('Visa-free travel is extended through 2027.')).toMatchObject({ text: '2027', value: 2027, kind: 'year' });
  });

  it('treats a year that dates another figure as its time, not a figure', () => {
    expect(figs('Bilateral trade reached approximately $228 billion in 2025.').map((f) => f.text)).toEqual(['approximately $228 billion']);
  });
});

describe('extractFigures: qualifiers become intervals', () => {
  it.each([
    ['They signed more than 20 agreements.', 'more-than', [20, OPEN_MAX, false, false]],
    ['They signed over 20 agreements.', 'more-than', [20, OPEN_MAX, false, false]],
    ['They signed at least 20 agreements.', 'at-least', [20, OPEN_MAX, true, false]],
    ['They signed nearly 20 agreements.', 'nearly', [18, 20, true, false]],
    ['They signed almost 20 agreements.', 'nearly', [18, 20, true, false]],
    ['They signed up to 20 agreements.', 'at-most', [0, 20, true, true]],
    ['They signed fewer than 20 agreements.', 'less-than', [0, 20, true, false]],
    ['They signed about 40 agreements.', 'about', [39, 41, true, true]],
    ['They signed around 40 agreements.', 'about', [39, 41, true, true]],
    ['They signed some 40 agreements.', 'about', [39, 41, true, true]],
    ['They signed 40 agreements.', 'exact', [40, 40, true, true]],
  ])('%s', (text, qualifier, iv) => {
    expect(one(text).qualifier).toBe(qualifier);
    expect(interval(text)).toEqual(iv);
  });

  it('widens approximate money by 2% and exact money by 1%', () => {
    expect(interval('Trade reached approximately $228 billion.')).toEqual([223.44e9, 232.56e9, true, true]);
    expect(interval('Trade reached $228.1 billion.')).toEqual([225.819e9, 230.381e9, true, true]);
  });
});

describe('extractFigures: what is not a figure', () => {
  it.each([
    "Russia's Lunar Dust Monitor will fly on China's Chang'e-7 mission.",
    'They met at the G20 in Rio.',
    'The cooperation during World War II laid the bedrock.',
    'The Power of Siberia 2 natural gas pipeline did not come together.',
    'A durable partnership in the 21st century.',
    'The two leaders met; both sides said the two countries agreed.',
    'It was one of the largest packages.',
    'Sources 6 cited · 2 primary',
    'Previous Article',
    'The flight was a Boeing 737 jet.',
    'They met at 10:30 in the hall.',
  ])('%s', (text) => {
    expect(figs(text)).toEqual([]);
  });

  it('skips numbered source lists under a sources heading', () => {
    const text = 'Trade rose 5%.\n\nSources 6 cited · 2 primary\n\n  1. Xi and Putin sign statement — Xinhua May 20, 2026\n  2. Pipeline talks — SCMP May 20, 2026\n';
    expect(figs(text).map((f) => f.text)).toEqual(['5%']);
  });
});

describe('extractFigures: offsets and sentences', () => {
  it('gives offsets into the text and the sentence around the figure', () => {
    const text = 'Putin arrived on Wednesday. He left with 40 cooperation agreements, and a warning.';
    const [f] = extractFigures(text);
    expect(text.slice(f!.start, f!.end)).toBe('40');
    expect(f!.sentence).toBe('He left with 40 cooperation agreements, and a warning.');
    expect(f!.sentenceStart).toBe(28);
  });

  it('inherits the measure of an earlier figure in the sentence ("an additional 20 expected")', () => {
    const all = figs('They signed 20 bilateral agreements, with an additional 20 expected in the coming weeks.');
    expect(all.map((f) => [f.text, f.key])).toEqual([
      ['20', 'agreement'],
      ['20', 'agreement'],
    ]);
  });

  it('reads full-width digits and no-break thousands separators', () => {
    expect(one('They signed ４０ agreements.')).toMatchObject({ value: 40, key: 'agreement' });
    expect(one('Some 1\u00A0200 delegates came.')).toMatchObject({ value: 1200 });
  });
});

describe('words that are also Object.prototype keys', () => {
  it('are not number words, months or units', () => {
    const texts = (t: string) => extractFigures(t).map((f) => f.text);
    expect(texts('A constructor built it, and the plan cost $5 million.')).toEqual(['$5 million']);
    expect(texts('The valueOf and toString of a hasOwnProperty: 3 words.')).toEqual(['3']);
  });
});

describe("an ordinal's owner (whose term, whose round)", () => {
  const keyOf = (text: string, figure: string) => extractFigures(text).find((f) => f.text === figure)?.measureKey;
  it('is the nearest name before it', () => {
    expect(keyOf('The sequence of events followed Xi’s reelection to a third term.', 'third')).toBe('term:xi');
  });
  it('is the sentence\'s subject when no name stands near it, written whole', () => {
    const text = 'Chinese President Xi Jinping arrived in Moscow on Monday for a three-day state visit, days after securing a third term as China’s president.';
    expect(keyOf(text, 'third')).toBe('term:xi-jinping');
    expect(keyOf('Xi Jinping was re-elected for a third term.', 'third')).toBe('term:xi-jinping');
    expect(keyOf("After Xi's reelection to a third term, he went.", 'third')).toBe('term:xi');
  });
  it('is never a body that elects ("the National People\'s Congress")', () => {
    expect(keyOf("Xi was endorsed by the National People's Congress for a third five-year term.", 'third')).toBe('term:xi');
  });
  it('is unknown when the sentence names no one', () => {
    expect(keyOf('Days after the vote, a third term was secured.', 'third')).toBe('term:?');
  });
  it('after "his", is not a name in the possessive, which owns its own noun', () => {
    const text = "Putin's visit, at Xi's invitation, marks his first trip abroad since starting his fifth presidential term.";
    expect(keyOf(text, 'fifth')).toBe('term:putin');
    expect(keyOf('Xi hosted Putin, who is serving his fifth term.', 'fifth')).toBe('term:putin');
    // …but the nearest possessive, in the same phrase, is the one "his" refers to.
    expect(keyOf("Xi Jinping welcomed Vladimir Putin to Beijing for a two-day state visit, marking Putin's first foreign trip since starting his fifth term.", 'fifth')).toBe('term:putin');
  });
});

describe('"for the Nth time"', () => {
  it('counts what its verb names, where it goes', () => {
    const keys = (text: string) => extractFigures(text).map((f) => [f.text, f.measureKey]);
    expect(keys('Putin Visits China for 25th Time')).toEqual([['25th', 'visit:china']]);
    expect(keys('Putin visited China for the 25th time on Wednesday.')).toEqual([['25th', 'visit:china']]);
  });
});

describe('an ordinal within a window of time', () => {
  const texts = (text: string) => extractFigures(text).map((f) => f.text);
  it('is not a figure: it never meets a count over a whole career', () => {
    expect(texts('It was his second trip to China in six months.')).toEqual(['six months']);
    expect(texts('It was his third visit to Russia this year.')).toEqual([]);
    expect(texts('It was his third visit to Russia in the past year.')).toEqual([]);
    expect(texts('It was his first visit to Moscow since the war began.')).toEqual([]);
  });
  it('unless the window belongs to another clause', () => {
    expect(texts('It was his 25th visit to China, in a week of talks.')).toEqual(['25th']);
  });
});

describe('"-ing" after a plural noun starts a clause', () => {
  const measures = (text: string) => extractFigures(text).map((f) => [f.text, f.measureKey]);
  it('ends the measure', () => {
    expect(measures('They signed nearly three dozen agreements following negotiations.')).toEqual([['nearly three dozen', 'agreement']]);
    expect(measures('They signed a dozen documents outlining cooperation.')).toEqual([['a dozen', 'agreement']]);
  });
  it('but a noun in "-ing" after a singular one stays in it', () => {
    expect(measures('They set up 12 oil drilling sites.')).toEqual([['12', 'site']]);
  });
});

describe('a list of qualifiers before the noun ("40 a, b and c agreements")', () => {
  const measures = (text: string) => extractFigures(text).map((f) => [f.text, f.measureKey]);
  it('reads the noun at the end of the list', () => {
    expect(measures('They signed 40 intergovernmental, interdepartmental and commercial agreements.')).toEqual([['40', 'agreement']]);
    expect(measures('They signed 40 intergovernmental and commercial agreements.')).toEqual([['40', 'agreement']]);
    expect(measures('They signed 40 bilateral, regional, or commercial agreements.')).toEqual([['40', 'agreement']]);
  });
  it('leaves a noun the index knows, a clause after a comma, and other figures alone', () => {
    expect(measures('They signed 40 agreements, memoranda and contracts.')).toEqual([['40', 'agreement']]);
    expect(measures('It has 40 members, and more are coming.')).toEqual([['40', 'member']]);
    expect(measures('About 40 countries, 20 companies and many banks took part.').slice(0, 2)).toEqual([['About 40', 'country'], ['20', 'company']]);
  });
});

describe('a past tense ends the measure', () => {
  it('regular or irregular', () => {
    const measures = (text: string) => extractFigures(text).map((f) => [f.text, f.measure]);
    expect(measures('About 40 countries, 20 companies and 3 banks took part.')).toEqual([['About 40', 'countries'], ['20', 'companies'], ['3', 'banks']]);
    expect(measures('Some 1,200 delegates attended and 40 leaders met.')).toEqual([['Some 1,200', 'delegates'], ['40', 'leaders']]);
  });
});

describe('money foreseen, not reported (the "foreseen" cue)', () => {
  // Kept with their cues as the evidence engine reads them (the rule matcher sets foreseen money aside).
  const cues = (text: string) => extractFigures(text, EVIDENCE_EXTRACT).map((f) => [f.text, f.cues ?? []]);

  it('is read from a modal, a foreseeing verb with "to", or a participle with "at"', () => {
    expect(cues('Trade could reach $300 billion.')).toEqual([['$300 billion', ['foreseen']]]);
    expect(cues('They aim to lift trade to $300 billion.')).toEqual([['$300 billion', ['foreseen']]]);
    expect(cues('Revenue is projected at $2 billion.')).toEqual([['$2 billion', ['foreseen']]]);
    expect(cues('The target was set at $100 billion.')).toEqual([['$100 billion', ['foreseen']]]);
  });

  it('but "aim at" points at a thing: "took aim at the $175bn shield" foresees nothing', () => {
    expect(cues('Xi and Putin took aim at the $175bn Golden Dome shield.')).toEqual([['$175bn', []]]);
    expect(cues('The statement takes aim at the $175 billion shield.')).toEqual([['$175 billion', []]]);
    expect(cues('Trade reached $245 billion.')).toEqual([['$245 billion', []]]);
  });
});
