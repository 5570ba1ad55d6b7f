/**
 * The words the extractor knows: number words, scales, units, currencies, qualifiers, months,
 * and the synonyms that make measures meet. Plain tables, so adding a word is one line.
 */
import { wordTable } from './word-table';

/** Cardinal number words. */
export const NUMBER_WORDS = wordTable<number>({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, hundred: 100, dozen: 12,
});

/** Tens, which combine with a following unit word ("forty-two"). */
export const TENS = new Set(['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']);

/** Ordinal words. "first" is left out on purpose: "for the first time" is almost never a figure. */
export const ORDINAL_WORDS = wordTable<number>({
  second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16,
  seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40,
  fiftieth: 50, hundredth: 100,
});

/** Scale words and abbreviations, attached ("228bn") or spaced ("1.2 trillion"). */
export const SCALES = wordTable<number>({
  thousand: 1e3, k: 1e3, million: 1e6, mn: 1e6, m: 1e6, mln: 1e6, billion: 1e9, bn: 1e9, b: 1e9, bln: 1e9,
  trillion: 1e12, tn: 1e12, trn: 1e12, tr: 1e12,
  // South Asian scales: "64.2 crore voters" is 642 million.
  lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7,
  // The same scales in the languages of Europe's press: "150 Millionen Euro", "116 millioner pund".
  millionen: 1e6, millioner: 1e6, miljoner: 1e6, millones: 1e6, milioni: 1e6, miljoen: 1e6,
  milliarden: 1e9, milliarder: 1e9, miljarder: 1e9, milliards: 1e9, miliardi: 1e9, miljard: 1e9,
});

/** Currency symbols written before a number. */
export const CURRENCY_SYMBOLS = wordTable<string>({
  $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'CNY', '₽': 'RUB', '₹': 'INR', '₩': 'KRW',
});

/** Currency words and codes written before or after a number. */
export const CURRENCY_WORDS = wordTable<string>({
  usd: 'USD', dollar: 'USD', dollars: 'USD', eur: 'EUR', euro: 'EUR', euros: 'EUR', gbp: 'GBP',
  pound: 'GBP', pounds: 'GBP', sterling: 'GBP', cny: 'CNY', rmb: 'CNY', yuan: 'CNY', renminbi: 'CNY',
  rub: 'RUB', ruble: 'RUB', rubles: 'RUB', rouble: 'RUB', roubles: 'RUB', inr: 'INR', rupee: 'INR', rupees: 'INR',
  yen: 'JPY', jpy: 'JPY', pfund: 'GBP', pund: 'GBP',
});

/** Units written after a number; the value is the normalised unit. */
export const UNIT_WORDS = wordTable<string>({
  percent: '%', per: '%', // "per cent" (checked for "cent" by the extractor)
  bcm: 'bcm', km: 'km', kilometres: 'km', kilometers: 'km', kilometre: 'km', kilometer: 'km',
  miles: 'mi', mile: 'mi', tonnes: 't', tons: 't', tonne: 't', ton: 't', barrels: 'bbl', barrel: 'bbl',
  mw: 'MW', gw: 'GW', kg: 'kg',
});

/** Units of "N-unit" compounds and durations: "47-page", "four-day", "three years". */
export const COMPOUND_UNITS = wordTable<string>({
  page: 'pages', pages: 'pages', day: 'days', days: 'days', week: 'weeks', weeks: 'weeks',
  month: 'months', months: 'months', year: 'years', years: 'years', hour: 'hours', hours: 'hours',
  minute: 'minutes', minutes: 'minutes', point: 'points', member: 'members', nation: 'nations', country: 'countries',
});

/** Duration units: a figure in one of these is of kind 'duration'. */
export const DURATION_UNITS = new Set(['days', 'weeks', 'months', 'years', 'hours', 'minutes']);

/** Qualifiers written before a number, longest first within each first word. */
export const QUALIFIERS_BEFORE: ReadonlyArray<{ words: string[]; qualifier: 'more-than' | 'at-least' | 'less-than' | 'at-most' | 'about' | 'nearly' }> = [
  { words: ['more', 'than'], qualifier: 'more-than' },
  { words: ['well', 'over'], qualifier: 'more-than' },
  { words: ['just', 'over'], qualifier: 'more-than' },
  { words: ['in', 'excess', 'of'], qualifier: 'more-than' },
  { words: ['upwards', 'of'], qualifier: 'more-than' },
  { words: ['over'], qualifier: 'more-than' },
  { words: ['at', 'least'], qualifier: 'at-least' },
  { words: ['no', 'fewer', 'than'], qualifier: 'at-least' },
  { words: ['no', 'less', 'than'], qualifier: 'at-least' },
  { words: ['fewer', 'than'], qualifier: 'less-than' },
  { words: ['less', 'than'], qualifier: 'less-than' },
  { words: ['just', 'under'], qualifier: 'less-than' },
  { words: ['under'], qualifier: 'less-than' },
  { words: ['up', 'to'], qualifier: 'at-most' },
  { words: ['no', 'more', 'than'], qualifier: 'at-most' },
  { words: ['as', 'many', 'as'], qualifier: 'at-most' },
  { words: ['at', 'most'], qualifier: 'at-most' },
  { words: ['approximately'], qualifier: 'about' },
  { words: ['approx'], qualifier: 'about' },
  { words: ['about'], qualifier: 'about' },
  { words: ['around'], qualifier: 'about' },
  { words: ['roughly'], qualifier: 'about' },
  { words: ['some'], qualifier: 'about' },
  { words: ['an', 'estimated'], qualifier: 'about' },
  { words: ['estimated'], qualifier: 'about' },
  { words: ['nearly'], qualifier: 'nearly' },
  { words: ['almost'], qualifier: 'nearly' },
  { words: ['close', 'to'], qualifier: 'nearly' },
  { words: ['just', 'shy', 'of'], qualifier: 'nearly' },
];

/** Month names and abbreviations → month number (1–12). "may" needs a number next to it to count. */
export const MONTHS = wordTable<number>({
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
});

export { MONTH_NAMES } from './month-names';

/** Weekdays → index as in Date.getUTCDay(). */
export const WEEKDAYS = wordTable<number>({
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
});

/**
 * Measure synonyms: the head noun of a measure (singular) → the key where synonyms meet.
 * "documents" are agreements here because summit coverage uses the words interchangeably.
 */
export const MEASURE_SYNONYMS = wordTable<string>({
  agreement: 'agreement', deal: 'agreement', accord: 'agreement', document: 'agreement', pact: 'agreement',
  mou: 'agreement', memorandum: 'agreement', memoranda: 'agreement', treaty: 'agreement', contract: 'agreement',
  declaration: 'declaration', statement: 'declaration', communique: 'declaration', communiqué: 'declaration',
  visit: 'visit', trip: 'visit', 'state visit': 'visit', stay: 'visit',
  trade: 'trade', turnover: 'trade', traded: 'trade',
  meeting: 'meeting', summit: 'meeting', talk: 'meeting',
  term: 'term',
});

/**
 * Amounts of their own kind, never another measure written differently: a figure of exports,
 * a surplus or an investment is not one of trade, whatever words its paragraph shares with it.
 * (A "$175 billion shield" may be a source's "$175 billion network"; "exports of $8 billion" are
 * never its "trade of $228 billion".)
 */
export const DISTINCT_AMOUNTS = new Set([
  'export', 'import', 'surplus', 'deficit', 'investment', 'revenue', 'sale', 'sales', 'profit', 'loss', 'income',
  'budget', 'spending', 'debt', 'loan', 'credit', 'aid', 'subsidy', 'tax', 'tariff', 'fine', 'salary', 'wage',
  'price', 'growth', 'increase', 'decrease', 'decline', 'drop', 'rise', 'gain', 'share', 'stake', 'reserve',
  'year', 'month', 'quarter', 'half', 'day', 'week',
]);

/** Words that end a measure phrase (function words, common verbs and participles). */
export const MEASURE_STOP_WORDS = new Set([
  'the', 'a', 'an', 'and', 'or', 'but', 'to', 'in', 'on', 'at', 'with', 'during', 'for', 'of', 'from', 'by',
  'that', 'which', 'who', 'were', 'was', 'is', 'are', 'be', 'been', 'being', 'has', 'have', 'had', 'will',
  'would', 'could', 'should', 'may', 'might', 'can', 'across', 'into', 'over', 'under', 'after', 'before',
  'since', 'as', 'than', 'this', 'these', 'those', 'their', 'its', 'his', 'her', 'our', 'while', 'when',
  'where', 'between', 'among', 'per', 'each', 'if', 'so', 'then', 'through', 'until', 'via', 'about',
  'signed', 'expected', 'said', 'says', 'reached', 'inked', 'sealed', 'agreed', 'announced', 'covering',
  'worth', 'including', 'included', 'ago', 'later', 'earlier', 'more', 'less', 'too', 'also', 'not', 'no',
  'it', 'they', 'he', 'she', 'we', 'you', 'i', 'them', 'him', 'us', 'there', 'here', 'out', 'up', 'down',
  'off', 'against', 'within', 'without', 'toward', 'towards', 'upon', 'amid', 'both', 'all', 'such', 'last', 'next',
  'annually', 'yearly', 'apiece', 'each', 'alone', 'combined', 'altogether', 'overall', 'once', 'now', 'today',
  'yesterday', 'already', 'again', 'still', 'ago', 'so', 'far', 'since',
  // Irregular past tenses end a phrase as "-ed" ones do ("3 banks took part", "40 leaders met").
  // (Not those that are also nouns or currencies: "cut", "set", "hit", "won"…)
  'took', 'made', 'held', 'met', 'gave', 'went', 'came', 'told', 'got', 'lost', 'paid', 'sold', 'built',
  'sent', 'spent', 'kept', 'led', 'brought', 'bought', 'thought', 'found', 'stood', 'ran', 'began',
  'became', 'saw', 'knew', 'wrote', 'spoke', 'drew', 'chose', 'struck', 'did', 'does',
]);

/** Nouns that name an event, for dates: "an official visit spanning March 20 to 22" dates a visit. */
export const EVENT_NOUNS = new Set(['visit', 'trip', 'stay', 'summit', 'talks', 'meeting', 'ceremony', 'parade', 'forum', 'conference', 'election', 'invasion', 'tour', 'session', 'congress', 'games', 'election', 'vote', 'referendum']);

/** Nouns that make a figure a label rather than a count when they follow it ("21st century"). */
export const LABEL_NOUNS = new Set(['century', 'centuries', 'anniversary', 'amendment', 'floor', 'street', 'avenue', 'edition', 'birthday', 'round', 'minute', 'place', 'grade', 'quarter', 'half', 'article', 'chapter', 'paragraph', 'section', 'session', 'congress', 'plenum', 'party', 'reading']);

/** Words that show a number is part of a name or code when they precede it ("Article 5", "Flight 370"). */
export const LABEL_PRECEDERS = new Set(['article', 'chapter', 'section', 'paragraph', 'page', 'flight', 'route', 'highway', 'line', 'no', 'number', 'room', 'gate', 'platform', 'episode', 'season', 'level', 'phase', 'stage', 'version', 'v', 'model', 'apollo', 'unit', 'block', 'item', 'point', 'step', 'figure', 'table', 'resolution', 'covid', 'vol', 'volume', 'issue', 'part', 'mark', 'series', 'g', 'type', 'class', 'world']);

/** Determiners after which a spelled-out number is not a figure ("the two leaders"). */
export const DETERMINERS = new Set(['the', 'these', 'those', 'both', 'its', 'their', 'our', 'his', 'her', 'my', 'your', 'all', 'which', 'whose', 'every', 'each']);

/** Nouns ending in "-ed", which a measure phrase keeps (other "-ed" words are participles that end it). */
export const ED_NOUNS = new Set(['speed', 'breed', 'creed', 'greed', 'seabed', 'hundred', 'homestead', 'watershed']);
