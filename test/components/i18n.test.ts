/**
 * The interface's lookup (`components/i18n.ts`): filled-in messages are remembered (the marks'
 * labels repeat a few phrases thousands of times), without ever giving one language's words in
 * another, or a number written as a string.
 */
import { describe, expect, it } from 'vitest';
import { formatNumber, setMessages, t, tn } from '../../components/i18n';

const messages = {
  summaryCorroborated_one: { message: 'corroborated by $1 source' },
  summaryCorroborated_other: { message: 'corroborated by $1 sources' },
  cardSources_other: { message: '$1 sources' },
};

describe('t', () => {
  it('writes a number in the reader\'s format and a string as given, however often asked', () => {
    setMessages(messages, 'en');
    expect(t('cardSources_other', 4000)).toBe('4,000 sources');
    expect(t('cardSources_other', '4000')).toBe('4000 sources');
    expect(t('cardSources_other', 4000)).toBe('4,000 sources');
    expect(tn('summaryCorroborated', 1)).toBe('corroborated by 1 source');
    expect(tn('summaryCorroborated', 2)).toBe('corroborated by 2 sources');
  });
  it('forgets what it filled in when the messages change', () => {
    setMessages(messages, 'en');
    expect(t('cardSources_other', 4000)).toBe('4,000 sources');
    setMessages({ cardSources_other: { message: '$1 Quellen' } }, 'de');
    expect(t('cardSources_other', 4000)).toBe('4.000 Quellen');
  });
});

describe('formatNumber', () => {
  it('writes numbers as Intl does in the interface\'s languages, small whole ones included', () => {
    for (const lang of ['en', 'en-GB', 'de', 'de-AT']) {
      setMessages({}, lang);
      for (const n of [0, 7, 42, 999, 1000, 4000, 2.5, -3]) expect(formatNumber(n), `${lang} ${n}`).toBe(new Intl.NumberFormat(lang).format(n));
    }
  });
  it('asks Intl in other languages, whose digits may not be 0–9', () => {
    setMessages({}, 'ar-EG');
    expect(formatNumber(42)).toBe(new Intl.NumberFormat('ar-EG').format(42));
    expect(formatNumber(42)).not.toBe('42');
  });
});
