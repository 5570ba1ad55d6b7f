/**
 * The words of the interface in the reader's language (docs/decisions/019). Messages live in
 * `public/_locales/<lang>/messages.json`, WXT's way of shipping the browser's i18n: the browser
 * picks the language and fills in `$1`…`$9`. Dates and numbers are written by `Intl` in the
 * browser's interface language. Components call `t`, `tn`, `formatDay` and `formatNumber`; the
 * extension's contexts use the browser's own lookup, and tests install the English messages with
 * `setMessages` (components take no browser API).
 */
import type en from '../public/_locales/en/messages.json';
import * as enMessages from '../public/_locales/en/messages.json';
import * as deMessages from '../public/_locales/de/messages.json';

/** Every message's name (the English file is the reference; a test holds the others to it). */
export type MessageKey = keyof typeof en;

/** A message by name with its substitutions; "" when the name is unknown. */
export type MessageLookup = (key: string, substitutions?: string[]) => string;

interface I18nApi {
  getMessage(key: string, substitutions?: string | string[]): string;
  getUILanguage(): string;
}

/** The browser's i18n API, where there is one (Firefox's `browser`, Chrome's `chrome`). */
function browserI18n(): I18nApi | null {
  const g = globalThis as { browser?: { i18n?: I18nApi }; chrome?: { i18n?: I18nApi } };
  const api = g.browser?.i18n ?? g.chrome?.i18n;
  return api && typeof api.getMessage === 'function' ? api : null;
}

let lookup: MessageLookup | null = null;
let language: string | null = null;
/** The browser's interface language, asked once: it changes only with a restart of the browser. */
let browserLanguage: string | null = null;

/**
 * Messages already filled in, by key and substitutions. The marks' accessible names repeat a few
 * phrases ("corroborated by 2 sources") thousands of times on a long page, and each lookup
 * crosses into the browser: the labels of the flat 5 MB page's 7,000 marks were a tenth of the
 * content script's time (docs/decisions/030). Emptied when full, and by {@link setMessages}.
 */
const filled = new Map<string, string>();
const MAX_FILLED = 500;

/** Uses `messages` (a messages.json object) in `lang` instead of the browser's: tests and tools. */
export function setMessages(messages: Record<string, { message: string }>, lang = 'en'): void {
  lookup = (key, subs = []) => {
    const m = messages[key]?.message;
    return m === undefined ? '' : fill(m, subs);
  };
  language = lang;
  filled.clear();
}

/**
 * The words of the marks' accessible names, in the two languages Crosscheck ships, so that a page
 * gets its marks' labels without asking the browser. A page's first `i18n.getMessage` makes
 * Chromium fetch the extension's messages for that page's process (a synchronous call to the
 * browser), which cost the typical page 4–70 ms depending on the machine's load
 * (docs/decisions/032); the card, opened later, asks the browser as before. Named one by one so
 * the bundle carries these twelve strings, not the two files. The browser picks `de` for a German
 * interface and `en` (the default locale) for every other: a test holds `public/_locales` to
 * these two.
 */
const LABEL_WORDS: Record<'en' | 'de', Partial<Record<MessageKey, string>>> = {
  en: {
    summaryCorroborated_one: enMessages.summaryCorroborated_one.message,
    summaryCorroborated_other: enMessages.summaryCorroborated_other.message,
    summaryConflicting_one: enMessages.summaryConflicting_one.message,
    summaryConflicting_other: enMessages.summaryConflicting_other.message,
    summaryRelated_one: enMessages.summaryRelated_one.message,
    summaryRelated_other: enMessages.summaryRelated_other.message,
  },
  de: {
    summaryCorroborated_one: deMessages.summaryCorroborated_one.message,
    summaryCorroborated_other: deMessages.summaryCorroborated_other.message,
    summaryConflicting_one: deMessages.summaryConflicting_one.message,
    summaryConflicting_other: deMessages.summaryConflicting_other.message,
    summaryRelated_one: deMessages.summaryRelated_one.message,
    summaryRelated_other: deMessages.summaryRelated_other.message,
  },
};

/**
 * The interface's own languages, English and German: they write a whole number below 1,000 with
 * the digits 0–9 alone, and their plural is "one" for exactly 1 among whole numbers.
 */
const OWN_LANGUAGES = /^(?:en|de)(?:-|$)/i;

/** `message` with `$1`…`$9` filled in, as the browser fills them. */
function fill(message: string, subs: readonly string[]): string {
  return message.replace(/\$(\d)/g, (_all, n: string) => subs[Number(n) - 1] ?? '');
}

/** The interface language as a BCP 47 tag ("en", "de-DE"): the browser's, else English. */
export function uiLanguage(): string {
  if (language) return language;
  browserLanguage ??= browserI18n()?.getUILanguage() || 'en';
  return browserLanguage;
}

/**
 * The message `key` with `substitutions` filled in. The key itself when no message is found, so
 * a missing translation is visible rather than blank.
 */
export function t(key: MessageKey, ...substitutions: Array<string | number>): string {
  // JSON tells a number from the same digits as a string (written "4,000" against "4000").
  const memo = substitutions.length === 0 ? key : `${key}${JSON.stringify(substitutions)}`;
  const known = filled.get(memo);
  if (known !== undefined) return known;
  const subs = substitutions.map((s) => (typeof s === 'number' ? formatNumber(s) : s));
  const found = (lookup ? lookup(key, subs) : browserMessage(key, subs)) || key;
  if (filled.size >= MAX_FILLED) filled.clear();
  filled.set(memo, found);
  return found;
}

/** A message as the browser gives it: the marks' words from {@link LABEL_WORDS}, others asked. */
function browserMessage(key: MessageKey, subs: string[]): string {
  const bundled = LABEL_WORDS[/^de(?:-|$)/i.test(uiLanguage()) ? 'de' : 'en'][key];
  return bundled === undefined ? (browserI18n()?.getMessage(key, subs) ?? '') : fill(bundled, subs);
}

/**
 * The message `key` cut around its `$1`, for putting an element there (a name in bold, a link):
 * "On for $1" → ["On for ", ""]. Word order stays the translation's.
 */
export function tAround(key: MessageKey): [string, string] {
  const marker = '\u0001';
  const [before = '', after = ''] = t(key, marker).split(marker);
  return [before, after];
}

let plurals: Intl.PluralRules | null = null;
let pluralsFor = '';

/**
 * A counted message: `key_one` or `key_other` by the language's plural rules, with the count
 * (written in the reader's number format) as `$1`: "1 figure", "3 figures".
 */
export function tn(key: string, count: number, ...more: Array<string | number>): string {
  const lang = uiLanguage();
  let form: 'one' | 'other';
  // English and German: "one" for exactly 1 among whole numbers. A page's first Intl.PluralRules
  // costs Chromium its locale data, for the marks' labels ("corroborated by 2 sources").
  if (Number.isInteger(count) && count >= 0 && OWN_LANGUAGES.test(lang)) form = count === 1 ? 'one' : 'other';
  else {
    if (!plurals || pluralsFor !== lang) {
      plurals = new Intl.PluralRules(lang);
      pluralsFor = lang;
    }
    form = plurals.select(count) === 'one' ? 'one' : 'other';
  }
  return t(`${key}_${form}` as MessageKey, count, ...more);
}

/** Formatters made once per language: making one costs about a millisecond, a list of 1,000 dates a second. */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function formatter<T extends Intl.NumberFormat | Intl.DateTimeFormat>(kind: string, make: (lang: string) => T): T {
  const lang = uiLanguage();
  const key = `${lang}\u0000${kind}`;
  let f = formatters.get(key) as T | undefined;
  if (!f) formatters.set(key, (f = make(lang)));
  return f;
}

/** A number in the reader's format ("4,000" in English, "4.000" in German). */
export function formatNumber(n: number): string {
  // The marks' labels count sources ("corroborated by 2 sources"): the first Intl.NumberFormat
  // a page makes costs Chromium 45–80 ms (docs/decisions/030), for digits written as they are.
  if (Number.isInteger(n) && n >= 0 && n < 1000 && OWN_LANGUAGES.test(uiLanguage())) return String(n);
  return formatter('number', (lang) => new Intl.NumberFormat(lang)).format(n);
}

/**
 * A date from ISO in the reader's format: "2026-05-20" → "20 May 2026" (English) or
 * "20. Mai 2026" (German); "2025-09" → "September 2025"; anything unreadable as given.
 */
export function formatDay(iso: string): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, d ? Number(d) : 1));
  if (Number.isNaN(date.getTime())) return iso;
  const kind = d ? 'day' : 'month';
  const options: Intl.DateTimeFormatOptions = d
    ? { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }
    : { month: 'long', year: 'numeric', timeZone: 'UTC' };
  return formatter(kind, (lang) => new Intl.DateTimeFormat(lang, options)).format(date);
}
