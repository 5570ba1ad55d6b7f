import { describe, expect, test } from 'vitest';
import {
  fragmentSnippet,
  markLabel,
  orderSources,
  splitQuote,
  textFragmentUrl,
  verdictSummary,
} from '../../components/card-text';
import { formatDay, setMessages } from '../../components/i18n';
import de from '../../public/_locales/de/messages.json';
import { conflicting42, courant, indianRepublic, reviewCo } from '../support/checked-figures';

describe('markLabel', () => {
  test('names the figure and how many sources conflict', () => {
    expect(markLabel(conflicting42)).toBe('42 agreements: conflicts with 1 source');
  });
  test('counts corroborating sources, plural', () => {
    const f = { ...conflicting42, text: '40 agreements', verdict: 'corroborated' as const, sources: [reviewCo, { ...courant, relation: 'corroborates' as const }] };
    // The measure is not repeated when the figure as written already says it.
    expect(markLabel(f)).toBe('40 agreements: corroborated by 2 sources');
  });
  test('mixed names both sides', () => {
    expect(verdictSummary({ verdict: 'mixed', sources: conflicting42.sources })).toBe(
      'corroborated by 1 source, conflicts with 1 source',
    );
  });
  test('a compound figure is not followed by its unit again', () => {
    expect(markLabel({ ...conflicting42, text: '47-page', measure: 'declaration pages' })).toBe('47-page declaration: conflicts with 1 source');
  });
  test('in German', () => {
    setMessages(de, 'de-DE');
    expect(markLabel(conflicting42)).toBe('42 agreements: widerspricht 1 Quelle');
  });
});

describe('formatDay', () => {
  test("day and month, in the reader's language", () => {
    expect(formatDay('2026-05-20')).toBe('20 May 2026');
    expect(formatDay('2025-09')).toBe('September 2025');
    expect(formatDay('May 2026')).toBe('May 2026');
    setMessages(de, 'de-DE');
    expect(formatDay('2026-05-20')).toBe('20. Mai 2026');
    expect(formatDay('2025-09')).toBe('September 2025');
    setMessages(de, 'en-US');
    expect(formatDay('2026-05-20')).toBe('May 20, 2026');
  });
});

describe('splitQuote', () => {
  test('cuts around the figure and keeps it verbatim', () => {
    const parts = splitQuote(courant.quote, courant.text, 40);
    expect(parts.figure).toBe('40 cooperation agreements');
    expect(parts.before.startsWith('…')).toBe(true);
    expect(parts.before.endsWith('declaration, ')).toBe(true);
    expect(parts.after.endsWith('…')).toBe(true);
    expect(parts.after.startsWith(', and a co-signed')).toBe(true);
  });
  test('a figure not in the quote leaves the quote whole', () => {
    expect(splitQuote('A short sentence.', '99 things')).toEqual({ before: 'A short sentence.', figure: '', after: '' });
  });
});

describe('text fragments', () => {
  test('the snippet is whole words around the figure', () => {
    expect(fragmentSnippet(courant.quote, courant.text)).toBe('47-page joint declaration, 40 cooperation agreements, and a co-signed');
  });
  test('the link encodes the reserved characters of the fragment syntax', () => {
    const url = textFragmentUrl('https://example.org/a#top', 'a 47-page joint declaration, 40 cooperation agreements');
    expect(url).toBe('https://example.org/a#:~:text=a%2047%2Dpage%20joint%20declaration%2C%2040%20cooperation%20agreements');
  });
});

describe('orderSources', () => {
  test('the deciding relation first, certain before possible', () => {
    const sources = [indianRepublic, reviewCo, { ...reviewCo, source: 'dated', certain: true }, courant];
    expect(orderSources({ verdict: 'corroborated', sources }).map((s) => s.source)).toEqual([
      'dated',
      reviewCo.source,
      courant.source,
      indianRepublic.source,
    ]);
    expect(orderSources({ verdict: 'conflicting', sources }).map((s) => s.source)).toEqual([
      courant.source,
      'dated',
      reviewCo.source,
      indianRepublic.source,
    ]);
  });
});
