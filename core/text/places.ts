/**
 * A small gazetteer: places that date-and-place an event (capitals and summit cities, with
 * landmarks that stand for them), and countries with their demonyms, so "Chinese" and "China"
 * meet and a page about another country's summit can be told apart.
 */
import { wordTable } from './word-table';

/** Landmarks and institutions that name a city. */
export const PLACE_ALIASES = wordTable<string>({
  Kremlin: 'Moscow', 'Great Hall of the People': 'Beijing', Zhongnanhai: 'Beijing', 'Tiananmen': 'Beijing',
  'White House': 'Washington', 'Capitol Hill': 'Washington', Élysée: 'Paris', Elysee: 'Paris',
  Downing: 'London', Westminster: 'London', Bundestag: 'Berlin', 'Red Square': 'Moscow',
});

/** Cities that events happen in (capitals and frequent summit venues). */
export const CITIES = new Set([
  'Beijing', 'Moscow', 'Tianjin', 'Shanghai', 'Vladivostok', 'Kazan', 'Sochi', 'St Petersburg', 'Saint Petersburg',
  'Washington', 'New York', 'London', 'Paris', 'Berlin', 'Brussels', 'Geneva', 'Vienna', 'Rome', 'Madrid', 'Lisbon',
  'Tokyo', 'Seoul', 'Pyongyang', 'New Delhi', 'Delhi', 'Islamabad', 'Tehran', 'Riyadh', 'Doha', 'Dubai', 'Abu Dhabi',
  'Ankara', 'Istanbul', 'Kyiv', 'Kiev', 'Minsk', 'Astana', 'Tashkent', 'Bishkek', 'Ulaanbaatar', 'Hanoi', 'Jakarta',
  'Manila', 'Bangkok', 'Singapore', 'Kuala Lumpur', 'Canberra', 'Ottawa', 'Mexico City', 'Brasilia', 'Brasília',
  'Buenos Aires', 'Pretoria', 'Johannesburg', 'Cairo', 'Addis Ababa', 'Nairobi', 'Lagos', 'Macao', 'Macau',
  'Hong Kong', 'Taipei', 'Davos', 'Warsaw', 'Budapest', 'Prague', 'Athens', 'Stockholm', 'Oslo', 'Helsinki',
  'Copenhagen', 'Dublin', 'Amsterdam', 'The Hague', 'Jerusalem', 'Tel Aviv', 'Baghdad', 'Damascus', 'Kabul',
  'Baku', 'Tbilisi', 'Yerevan', 'Rio de Janeiro', 'Sao Paulo', 'São Paulo', 'Shenzhen', 'Guangzhou', 'Xi\'an', 'Harbin',
]);

/** The country of the cities events most often happen in, so a sentence set in a country can overrule a page's city. */
export const CITY_COUNTRY = wordTable<string>({
  Beijing: 'China', Tianjin: 'China', Shanghai: 'China', Shenzhen: 'China', Guangzhou: 'China', Harbin: 'China', "Xi'an": 'China',
  Moscow: 'Russia', Vladivostok: 'Russia', Kazan: 'Russia', Sochi: 'Russia', 'St Petersburg': 'Russia', 'Saint Petersburg': 'Russia',
  Washington: 'United States', 'New York': 'United States', London: 'United Kingdom', Paris: 'France', Berlin: 'Germany',
  Tokyo: 'Japan', Seoul: 'Korea', 'New Delhi': 'India', Delhi: 'India', Tehran: 'Iran', Kyiv: 'Ukraine', Kiev: 'Ukraine',
  Minsk: 'Belarus', Astana: 'Kazakhstan', Ankara: 'Turkey', Istanbul: 'Turkey', Brasilia: 'Brazil', 'Brasília': 'Brazil',
  Ulaanbaatar: 'Mongolia', Pyongyang: 'Korea', Islamabad: 'Pakistan', Riyadh: 'Saudi Arabia', Cairo: 'Egypt',
});

/** Countries with their demonyms and short forms → the country's name. */
export const COUNTRY_FORMS = wordTable<string>({
  China: 'China', Chinese: 'China', Sino: 'China', PRC: 'China',
  Russia: 'Russia', Russian: 'Russia', Russians: 'Russia', Soviet: 'Russia',
  'United States': 'United States', US: 'United States', USA: 'United States', America: 'United States', American: 'United States', Americans: 'United States',
  Iran: 'Iran', Iranian: 'Iran', India: 'India', Indian: 'India', Brazil: 'Brazil', Brazilian: 'Brazil',
  Ukraine: 'Ukraine', Ukrainian: 'Ukraine', Japan: 'Japan', Japanese: 'Japan', Korea: 'Korea', Korean: 'Korea',
  Germany: 'Germany', German: 'Germany', France: 'France', French: 'France', Britain: 'United Kingdom', British: 'United Kingdom', UK: 'United Kingdom',
  Italy: 'Italy', Italian: 'Italy', Spain: 'Spain', Spanish: 'Spain', Portugal: 'Portugal', Portuguese: 'Portugal',
  Turkey: 'Turkey', Turkish: 'Turkey', Türkiye: 'Turkey', Pakistan: 'Pakistan', Pakistani: 'Pakistan',
  Saudi: 'Saudi Arabia', 'Saudi Arabia': 'Saudi Arabia', Israel: 'Israel', Israeli: 'Israel', Egypt: 'Egypt', Egyptian: 'Egypt',
  Mongolia: 'Mongolia', Mongolian: 'Mongolia', Kazakhstan: 'Kazakhstan', Kazakh: 'Kazakhstan', Belarus: 'Belarus', Belarusian: 'Belarus',
  Vietnam: 'Vietnam', Vietnamese: 'Vietnam', Indonesia: 'Indonesia', Indonesian: 'Indonesia', Australia: 'Australia', Australian: 'Australia',
  Canada: 'Canada', Canadian: 'Canada', Mexico: 'Mexico', Mexican: 'Mexico', Argentina: 'Argentina', Argentine: 'Argentina',
  'South Africa': 'South Africa', Nigeria: 'Nigeria', Nigerian: 'Nigeria', Kenya: 'Kenya', Ethiopia: 'Ethiopia',
  Taiwan: 'Taiwan', Taiwanese: 'Taiwan', Philippines: 'Philippines', Filipino: 'Philippines', Thailand: 'Thailand', Thai: 'Thailand',
  Malaysia: 'Malaysia', Singaporean: 'Singapore', Syria: 'Syria', Syrian: 'Syria', Iraq: 'Iraq', Iraqi: 'Iraq',
  Afghanistan: 'Afghanistan', Afghan: 'Afghanistan', Venezuela: 'Venezuela', Cuba: 'Cuba', Cuban: 'Cuba',
  Poland: 'Poland', Polish: 'Poland', Hungary: 'Hungary', Hungarian: 'Hungary', Serbia: 'Serbia', Serbian: 'Serbia',
  Qatar: 'Qatar', Qatari: 'Qatar', Emirati: 'United Arab Emirates', UAE: 'United Arab Emirates',
  Norway: 'Norway', Norwegian: 'Norway', Denmark: 'Denmark', Danish: 'Denmark', Sweden: 'Sweden', Swedish: 'Sweden',
  Finland: 'Finland', Finnish: 'Finland', Netherlands: 'Netherlands', Dutch: 'Netherlands', Greece: 'Greece', Greek: 'Greece',
  Uzbekistan: 'Uzbekistan', Kyrgyzstan: 'Kyrgyzstan', Tajikistan: 'Tajikistan', Armenia: 'Armenia', Azerbaijan: 'Azerbaijan', Georgia: 'Georgia',
});

/** A place name as it should be shown, for any form the gazetteer knows; null otherwise. */
export function canonicalPlace(name: string): string | null {
  if (PLACE_ALIASES[name]) return PLACE_ALIASES[name]!;
  if (CITIES.has(name)) return name === 'Macau' ? 'Macao' : name === 'Kiev' ? 'Kyiv' : name;
  return null;
}

const NAME_RUN = /\p{Lu}[\p{L}'’.-]*(?:\s(?:of\s(?:the\s)?)?\p{Lu}[\p{L}'’.-]*){0,4}/gu;
const LOCATIVE_RUN = /(?<![\p{L}])(?:in|at|inside|near|outside)\s+(?:the\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s(?:of\s(?:the\s)?)?\p{Lu}[\p{L}'’.-]*){0,4})/gu;

/** Finds the places (cities, via landmarks too) named in a text, in order of first mention. */
export function findPlaces(text: string): string[] {
  return placesIn([...text.matchAll(NAME_RUN)].map((m) => m[0]));
}

/** A verb after a place's name makes it a government speaking or acting: "the Kremlin sees", "Beijing has yet to confirm". */
const ACTS_AFTER = /^[\s,]*(?:said|says|sees|saw|views|viewed|considers|wants|wanted|warned|warns|insists|insisted|believes|claims|claimed|denied|denies|accused|accuses|argues|argued|hopes|fears|responded|announced|confirmed|urged|welcomed|rejected|condemned|has (?:yet|not|said|long)|had (?:yet|not|said))\b/;

/**
 * The places a text names as places, in order of first mention: not those that stand for a
 * government ("the Kremlin sees it as a victory", "Beijing has yet to confirm", "Moscow's aim").
 */
export function findPlacesNamed(text: string): string[] {
  const asPlace = (m: RegExpMatchArray): boolean =>
    // "Moscow's firm intention": a place in the possessive is its government too.
    !/['’]s$/.test(m[0]) && !ACTS_AFTER.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 30));
  return placesIn([...text.matchAll(NAME_RUN)].filter(asPlace).map((m) => m[0]));
}

/**
 * Finds the places a text locates something in: "in Beijing", "at the Great Hall of the People",
 * "in the Kremlin" — but not "according to the Kremlin" or "a warning to Washington".
 */
export function findLocativePlaces(text: string): string[] {
  return placesIn([...text.matchAll(LOCATIVE_RUN)].map((m) => m[1]!));
}

/**
 * Words that make a place's name part of another name: the "Shanghai Cooperation Organization",
 * "The Moscow Times" and the "Beijing Stock Exchange" are not events in those cities.
 */
const NAME_PARTS = new Set([
  'Cooperation', 'Organization', 'Organisation', 'Forum', 'Institute', 'University', 'Stock', 'Exchange', 'Times',
  'Post', 'Daily', 'Review', 'News', 'Herald', 'Tribune', 'Journal', 'Airlines', 'Airport', 'Bank', 'Group',
  'Declaration', 'Protocol', 'Convention', 'Format', 'Process', 'Club', 'Olympics', 'Consensus',
]);

/** A sentence that sets something in a country: "a visit to China", "in Russia". */
const LOCATIVE_COUNTRY = /(?<![\p{L}])(?:in|to|into|inside)\s+(?:the\s+)?(\p{Lu}[\p{L}]*(?:\s\p{Lu}[\p{L}]*)?)/gu;

/** The countries a text sets something in ("his official visit to China" → China), by their names only. */
export function findLocativeCountries(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(LOCATIVE_COUNTRY)) {
    const words = m[1]!.split(' ');
    const country = COUNTRY_FORMS[m[1]!] ?? COUNTRY_FORMS[words[0]!];
    // A country's own name, not its demonym ("to Chinese buyers" sets nothing in China).
    if (country && (m[1] === country || words[0] === country) && !found.includes(country)) found.push(country);
  }
  return found;
}

function placesIn(runs: string[]): string[] {
  const found: string[] = [];
  for (const run of runs) {
    // Try the longest name inside the capitalised run first ("Great Hall of the People").
    const words = run.split(/\s+/);
    for (let a = 0; a < words.length; a++) {
      for (let b = words.length; b > a; b--) {
        const p = canonicalPlace(words.slice(a, b).join(' ').replace(/['’]s$/, ''));
        if (p) {
          if (!found.includes(p) && !NAME_PARTS.has(words[b] ?? '')) found.push(p);
          a = b - 1;
          break;
        }
      }
    }
  }
  return found;
}
