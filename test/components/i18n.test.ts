/**
 * The interface's lookup (`components/i18n.ts`): filled-in messages are remembered (the marks'
 * labels repeat a few phrases thousands of times), without ever giving one language's words in
 * another, or a number written as a string.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatNumber, setMessages, t, tn } from '../../components/i18n';
import en from '../../public/_locales/en/messages.json';
import de from '../../public/_locales/de/messages.json';

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

describe('tn', () => {
  it('picks the plural form as Intl.PluralRules does in the interface\'s languages, without making one', () => {
    const plural = { n_one: { message: 'one $1' }, n_other: { message: 'other $1' } };
    for (const lang of ['en', 'en-GB', 'de', 'de-CH']) {
      setMessages(plural, lang);
      const rules = new Intl.PluralRules(lang);
      for (let n = 0; n <= 1200; n++) expect(tn('n', n), `${lang} ${n}`).toBe(`${rules.select(n) === 'one' ? 'one' : 'other'} ${formatNumber(n)}`);
      expect(tn('n', 1.5)).toBe(`${rules.select(1.5) === 'one' ? 'one' : 'other'} ${formatNumber(1.5)}`);
    }
  });
});

/** The module afresh with a fake browser i18n of interface language `lang`: it asks the browser once. */
async function withBrowser(lang: string) {
  vi.resetModules();
  const getMessage = vi.fn((key: string) => `browser:${key}`);
  vi.stubGlobal('browser', { i18n: { getMessage, getUILanguage: () => lang } });
  return { i18n: await import('../../components/i18n'), cardText: await import('../../components/card-text'), getMessage };
}

describe('the marks\' words', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('come without asking the browser, in the language the browser would pick', async () => {
    const figure = { text: '42', measure: 'agreements', verdict: 'mixed' as const, sources: [{ relation: 'corroborates' }, { relation: 'conflicts' }, { relation: 'conflicts' }] };
    for (const [lang, messages] of [['en-US', en], ['en-GB', en], ['fr-FR', en], ['de-DE', de], ['de-AT', de]] as const) {
      const { cardText, getMessage } = await withBrowser(lang);
      const label = cardText.markLabel(figure as never);
      expect(label, lang).toBe(`${label.split(': ')[0]}: ${messages.summaryCorroborated_one.message.replace('$1', '1')}, ${messages.summaryConflicting_other.message.replace('$1', '2')}`);
      expect(getMessage).not.toHaveBeenCalled();
    }
  });

  it('leave every other message to the browser', async () => {
    const { i18n, getMessage } = await withBrowser('de-DE');
    expect(i18n.t('verdictConflicting')).toBe('browser:verdictConflicting');
    expect(getMessage).toHaveBeenCalledTimes(1);
  });

  it('cover every language Crosscheck ships (a new one must join them)', () => {
    expect(readdirSync(join(__dirname, '../../public/_locales')).sort()).toEqual(['de', 'en']);
  });
});
