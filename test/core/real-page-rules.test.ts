/**
 * Rules learned from real news pages (an audit of 51 of them: docs/decisions/011). Each case is a
 * pattern met there, written again in our own words, checked against the bundled seed index.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkPage } from '../../core/match/check-page';
import { isMisspelling } from '../../core/text/misspelling';
import { placesByFrequency } from '../../core/match/page-context';
import { prepareIndex } from '../../core/match/prepare-index';
import type { FactIndex } from '../../core/model';

const prepared = prepareIndex(JSON.parse(readFileSync('core/generated/seed-index.json', 'utf8')) as FactIndex);

/** Checks a page's text published on `date` (ISO, or null for an undated page). */
function check(text: string, date: string | null, title = 'Russia and China') {
  return checkPage(prepared, text, { url: null, title, dates: date ? [{ value: date, basis: 'article:published_time' }] : [], byline: null, siteName: null });
}

/** Each checked figure: its text, verdict and every source's relation (with "?" when only possible). */
function summary(text: string, date: string | null) {
  return check(text, date).figures.map((f) => [f.text, f.verdict, f.sources.map((s) => `${s.source.slice(0, 3)}:${s.relation}${s.certain ? '' : '?'}`).join(' ')]);
}

const SUMMIT = 'Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing, Moscow said.';

describe('measure words taken for misspellings', () => {
  it('are near misses in spelling only', () => {
    expect(isMisspelling('agrement', 'agreement')).toBe(true);
    expect(isMisspelling('declaraton', 'declaration')).toBe(true);
    expect(isMisspelling('country', 'contract')).toBe(false);
    expect(isMisspelling('time', 'statement')).toBe(false);
  });
  it('so "agrements" is checked and "2 countries" is not', () => {
    expect(summary(`${SUMMIT} The two sides signed 40 agrements.`, '2026-05-21T10:00:00Z')).toEqual([
      ['40', 'corroborated', '002:corroborates 000:related 001:conflicts?'],
    ]);
    expect(summary(`${SUMMIT} Talks between the 2 countries went on all day.`, '2026-05-21T10:00:00Z')).toEqual([]);
  });
});

describe('an amount matched by the words around it', () => {
  it('needs one of them in its own sentence', () => {
    const text = `${SUMMIT} Bilateral trade reached a record, Putin said. Some 80 joint projects, worth approximately $200 billion, are under way.`;
    expect(check(text, '2026-05-21T10:00:00Z').figures.map((f) => f.text)).toEqual([]);
  });
  it('never through the subject\'s names or a unit: a visit "lasting four days" is not the four days after Trump\'s visit', () => {
    expect(summary(`${SUMMIT} The summit came four days after Trump completed his own Beijing visit.`, '2026-05-21T10:00:00Z')).toEqual([
      ['four days', 'corroborated', '002:corroborates'],
    ]);
    expect(summary(`${SUMMIT} Xi's longest visit to Russia also lasted four days.`, '2026-05-21T10:00:00Z')).toEqual([]);
  });
  it('never when it names another kind of amount', () => {
    const text = `${SUMMIT} Bilateral trade fell in 2025, with Chinese exports to Russia down to $8.28 billion and trade reaching $228 billion.`;
    expect(check(text, '2026-02-01T10:00:00Z').figures.map((f) => [f.text, f.verdict])).toEqual([['$228 billion', 'corroborated']]);
  });
  it('never for a goal or a threshold', () => {
    const text = `${SUMMIT} Bilateral trade in 2025 once again broke the $200 billion mark, above a trade goal of $250 billion.`;
    expect(check(text, '2026-02-01T10:00:00Z').figures.map((f) => f.text)).toEqual([]);
  });
});

describe('a year not over when the page was written', () => {
  it('gives only a possible relation to the year\'s total, and says why', () => {
    const text = `${SUMMIT} Putin said trade between China and Russia hit a record this year, reaching $245 billion.`;
    const [figure] = check(text, '2025-05-09T10:00:00Z').figures;
    expect([figure?.text, figure?.verdict, figure?.event]).toEqual(['$245 billion', 'related', '2025 (to May)']);
    expect(figure?.sources.map((s) => [s.relation, s.certain])).toEqual([['conflicts', false]]);
    expect(figure?.reason).toContain('this page wrote of 2025 before it ended');
  });
  it('on an undated page too', () => {
    const [figure] = check(`${SUMMIT} Bilateral trade reached $228.1 billion in 2025.`, null).figures;
    expect(figure?.sources.map((s) => [s.relation, s.certain])).toEqual([['corroborates', false]]);
    expect(figure?.reason).toContain('this page is undated');
  });
});

describe('amounts of some months against a year\'s', () => {
  it('are other events', () => {
    const text = `${SUMMIT} Trade between Russia and China fell in the first half of 2025, totalling $106.48 billion. In June, bilateral trade held steady at around $17.6 billion.`;
    expect(check(text, '2025-07-14T10:00:00Z').figures.map((f) => [f.text, f.verdict, f.event])).toEqual([
      ['$106.48 billion', 'related', 'Beijing, January–June 2025'],
      ['around $17.6 billion', 'related', 'Beijing, June 2025'],
    ]);
  });
});

describe('a page of customs figures on the two countries', () => {
  const customs = [
    'Russia-China trade turnover down 6.9% in 2025 to $228.1 bln',
    'Trade turnover between Russia and China decreased by 6.9% in 2025, reaching $228.105 billion, customs data showed.',
    'Worldwide, China’s customs reported a record global trade volume of $6.48 trillion in 2025.',
    'Trade between China and the United States grew by 3.7% in 2025, reaching $688.3 billion.',
  ].join('\n\n');
  it('is about the claim\'s subject, though it names no leader and no summit city (but its China–US and world figures are not)', () => {
    expect(summary(customs, '2026-01-14T10:00:00Z')).toEqual([
      ['$228.1 bln', 'corroborated', '002:corroborates'],
      ['$228.105 billion', 'corroborated', '002:corroborates'],
    ]);
  });
  it('and a summit page in Russia that talks of the United States more than of China is still about China and Russia', () => {
    const text = [
      'Russia and China condemned the US Golden Dome in Moscow. America plans it; the United States says it is defensive.',
      'Russian President Putin and Xi said 26 documents were signed during the meeting in Moscow, a Russian win.',
    ].join('\n\n');
    expect(summary(text, '2025-05-08T12:00:00Z')).toEqual([['26', 'related', '000:related 002:related 001:conflicts?']]);
  });
  it('but not one whose two leading countries are others', () => {
    const text = 'India and Russia signed 16 agreements. India said trade with Russia reached $68 billion in 2025, and India and the US also talked.';
    expect(check(text, '2026-01-14T10:00:00Z').figures).toEqual([]);
  });
});

describe('ordinals', () => {
  it('after "his", take the sentence\'s subject, not a name that owns another noun', () => {
    const text = `${SUMMIT} Putin's visit, at Xi's invitation, is his first trip abroad since he began his fifth presidential term.`;
    expect(check(text, '2024-05-16T10:00:00Z').figures.map((f) => f.text)).toEqual([]);
  });
  it('within a window of time are not checked against a career count', () => {
    expect(check(`${SUMMIT} It was his second trip to China in six months.`, '2024-05-16T10:00:00Z').figures.map((f) => f.text)).toEqual([]);
  });
});

describe("a page's place", () => {
  it('is where it locates things, not a government speaking or a name with a city in it', () => {
    const text = [
      'Putin and Xi met at the Great Hall of the People, ahead of the Shanghai Cooperation Organization summit.',
      'The talks went well, the Kremlin said.',
      'Gas supplies will grow, which the Kremlin sees as a victory.',
      'Xinhua said talks in Beijing covered energy.',
    ].join('\n\n');
    expect(placesByFrequency(text)).toEqual(['Beijing']);
  });
  it('so a page whose only places speak is placed nowhere, and its figure meets the summit of its month', () => {
    const text = `${SUMMIT.replace(' in Beijing, Moscow said', '')} The Kremlin sees the pipeline as a victory. Beijing has yet to confirm it, though Xinhua said the two countries signed more than 20 cooperation agreements.`;
    expect(summary(text, '2025-09-02T12:00:00Z')).toEqual([['more than 20', 'corroborated', '000:corroborates 002:related 001:corroborates?']]);
  });
});

describe('a third term written "Xi Jinping … a third term" or "Xi was confirmed for a third term as China\'s president"', () => {
  it('meets the index\'s term of Xi (owners meet when they share a name)', () => {
    for (const sentence of ['Xi Jinping was re-elected for a third term before he flew to Moscow.', "Xi was confirmed for a third term as China's president before he flew to Moscow."]) {
      const text = `Russian President Vladimir Putin will host Chinese President Xi Jinping in Moscow on March 20. ${sentence}`;
      expect(summary(text, '2023-03-17T10:00:00Z'), sentence).toEqual([['third', 'related', '003:corroborates?']]);
    }
  });
});

describe('trade written as its two halves, or converted in brackets', () => {
  it('is trade', () => {
    const text = [
      'Russia and China: the value of imports and exports between the two countries last year totaled $228.1 billion, down from $244.8 billion in 2024.',
      'Total trade between China and Russia reached 1.63 trillion yuan ($234 billion) in 2025.',
    ].join('\n\n');
    expect(summary(text, '2026-01-14T10:00:00Z')).toEqual([
      ['$228.1 billion', 'corroborated', '002:corroborates'],
      ['$244.8 billion', 'related', '002:related'],
      ['$234 billion', 'corroborated', '002:corroborates'],
    ]);
  });
});

describe('a sentence set in another country than the page\'s city', () => {
  it('is not at the page\'s place', () => {
    const text = [
      'Russia and China: the pipeline deal shows Moscow’s firm intention to turn east, and Moscow benefits from it, an expert in Washington said.',
      'In total, 22 cooperation agreements were signed during President Vladimir Putin’s official visit to China, with Xi Jinping.',
    ].join('\n\n');
    expect(summary(text, '2025-09-03T10:00:00Z')).toEqual([['22', 'corroborated', '000:corroborates 002:related 001:conflicts?']]);
  });
});

describe('amounts that are thresholds passed or forecasts', () => {
  it('"exceeded $200 billion" is more than $200 billion: never a conflict with $228 billion', () => {
    const text = 'Russia and China: bilateral trade in 2025 exceeded $200 billion by a solid margin, Xi told Putin.';
    expect(summary(text, '2026-02-04T10:00:00Z')).toEqual([['exceeded $200 billion', 'corroborated', '002:corroborates']]);
  });
  it('a forecast of money is no total: set aside', () => {
    const text = [
      'Russia and China: Putin said trade should hit $240 billion in 2025.',
      'Xi and Putin expect the trade volume between the two countries to reach $250 billion in 2025.',
      'Trade between Russia and China to reach $260 billion in 2025',
    ].join('\n\n');
    expect(check(text, '2025-02-01T10:00:00Z').figures).toEqual([]);
  });
});

describe('the period and measure of an amount written around other amounts', () => {
  it('a conversion in brackets does not take the year from its amount, and "a total of" measures nothing', () => {
    const text = [
      'Russia and China: trade reached a record $240bn (£191bn) in 2023, Xi and Putin said.',
      'Trade between Russia and China fell in the first half of 2025, reaching a total of $106.48 billion.',
    ].join('\n\n');
    expect(check(text, '2025-07-14T10:00:00Z').figures.map((f) => [f.text, f.verdict, f.event])).toEqual([
      ['$240bn', 'related', '2023'],
      ['$106.48 billion', 'related', 'January–June 2025'],
    ]);
  });
  it('a count of pages of a document is a page count', () => {
    const text = 'Russia and China: Xi Jinping and Putin signed a statement in Beijing, a lengthy document of more than 30 pages.';
    expect(summary(text, '2024-05-16T10:00:00Z')).toEqual([['more than 30', 'related', '002:related']]);
  });
});

describe('an amount bound to a fact by its own words', () => {
  it('is checked whichever other country its sentence names', () => {
    const text = 'Russia and China: Xi and Putin met in Beijing. The declaration singles out the $175 billion Golden Dome missile shield proposed by the United States.';
    expect(summary(text, '2026-05-21T10:00:00Z')).toEqual([['$175 billion', 'corroborated', '002:corroborates']]);
  });
});
