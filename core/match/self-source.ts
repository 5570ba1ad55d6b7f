/**
 * A page is never a source for itself. After "Add this page as a source", the page's own figures
 * came back as corroborated by the page (issue 14); the same happens when a seed article is
 * opened, or when one article is read at a second address (an AMP copy, a tracking parameter,
 * a syndicated copy of the same text). A source fact is the page itself when its source has the
 * page's canonical address, or when it states the same figure in the same sentence as the page.
 * Pure: the matcher drops such facts before any verdict is given (docs/decisions/013).
 */

/** Query parameters that say how a reader arrived, not which page it is. */
const TRACKING_PARAM = /^(utm_[a-z]+|fbclid|gclid|dclid|msclkid|mc_[a-z]+|ref|ref_src|cmpid|ocid|at_[a-z]+|_ga|__twitter_impression|amp|outputType)$/i;

/**
 * An address in a form two copies of one page share: lower-case host without "www." or "amp.",
 * no scheme, no default port, no fragment, tracking parameters, "/amp" ending, index file or trailing
 * slash. Null for what is not an http(s) address.
 */
export function canonicalAddress(url: string | null | undefined): string | null {
  if (!url) return null;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  // `host` keeps a port other than the scheme's own: another port is another server.
  const host = u.host.toLowerCase().replace(/^(www|amp|m)\./, '').replace(/\.(?=:|$)/, '');
  const path = u.pathname
    .replace(/\/(index\.(html?|php))$/i, '/')
    .replace(/\/amp\/?$/i, '/')
    .replace(/\/+$/, '');
  const params = [...u.searchParams].filter(([k]) => !TRACKING_PARAM.test(k)).sort(([a], [b]) => a.localeCompare(b));
  const query = params.length ? `?${params.map(([k, v]) => `${k}=${v}`).join('&')}` : '';
  return `${host}${path}${query}`;
}

/** Text folded for comparing sentences: spacing, quote marks, dashes and case do not count. */
export function comparableText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033«»]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** `canonicalAddress` remembered per address (every fact of a source has the source's address). */
export function addressCache(): (url: string) => string | null {
  const known = new Map<string, string | null>();
  return (url) => {
    let a = known.get(url);
    if (a === undefined) known.set(url, (a = canonicalAddress(url)));
    return a;
  };
}

/** What the test needs of the page's figure. */
export interface PageSide {
  /** The page's canonical address (`canonicalAddress` of its URL), or null. */
  address: string | null;
  /** The figure as written, and its sentence. */
  text: string;
  sentence: string;
}

/** What the test needs of a source's fact. */
export interface SourceSide {
  /** The source's address. */
  url: string;
  /** The fact's figure as written, and its sentence. */
  text: string;
  sentence: string;
}

/** A figure as written and its sentence, both folded by `comparableText`. */
export interface FoldedFigure {
  text: string;
  sentence: string;
}

/** Folds a figure and its sentence for `statesItInItsSentence` (a caller comparing many pairs folds each side once). */
export function foldFigure(text: string, sentence: string): FoldedFigure {
  return { text: comparableText(text), sentence: comparableText(sentence) };
}

/** Whether a fact states the page's figure in the page's own sentence (both sides folded): the same text, not another report. */
export function statesItInItsSentence(page: FoldedFigure, fact: FoldedFigure): boolean {
  return fact.text === page.text && page.sentence !== '' && fact.sentence === page.sentence;
}

const folded = new WeakMap<object, FoldedFigure>();

/**
 * A figure (a page's or a fact's) folded by `foldFigure`, once per object: a fact is tested
 * against every page figure of its unit, a page figure against each of its candidate facts.
 */
export function foldedOnce(side: { text: string; sentence: string }): FoldedFigure {
  let v = folded.get(side);
  if (!v) folded.set(side, (v = foldFigure(side.text, side.sentence)));
  return v;
}

/**
 * Whether a source's fact is the page's own figure: its source has the page's canonical address,
 * or it states the same figure in the same sentence (the page read at another address, or the
 * same text published twice: not an independent report either way).
 */
export function isSelfSource(page: PageSide, fact: SourceSide, addressOf: (url: string) => string | null = canonicalAddress): boolean {
  return isOwnFact(page.address, foldFigure(page.text, page.sentence), fact.url, foldFigure(fact.text, fact.sentence), addressOf);
}

/** `isSelfSource` with both sides already folded (`foldedOnce`), for a caller testing many pairs. */
export function isOwnFact(address: string | null, page: FoldedFigure, factUrl: string, fact: FoldedFigure, addressOf: (url: string) => string | null): boolean {
  return (address !== null && addressOf(factUrl) === address) || statesItInItsSentence(page, fact);
}
