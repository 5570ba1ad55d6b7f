/**
 * A search query cut into quantities ("228bn", "40") and words, the words folded the way the
 * index's words are (`searchWords`: lower case, accents and a plural "s" dropped, stop words out).
 */
import { wordTable } from '../text/word-table';
import { singular } from '../text/words';

/** A quantity read from a query. */
export interface QueryNumber {
  /** As typed: "228bn". */
  text: string;
  /** The number without scale: 228. */
  mantissa: number;
  /** The scale the user wrote (1e9 for "bn"), or null when none: then any scale matches. */
  scale: number | null;
}

/** A query cut into quantities and (normalised) words. */
export interface ParsedQuery {
  numbers: QueryNumber[];
  words: string[];
}

const STOP_WORDS = new Set(
  'the of in a an and or to for on at by with from as is was were be than that this it its into per over about'.split(' '),
);

const SCALE_WORDS = wordTable<number>({
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mn: 1e6,
  mln: 1e6,
  million: 1e6,
  millions: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
  billions: 1e9,
  t: 1e12,
  tn: 1e12,
  trillion: 1e12,
  trillions: 1e12,
});

/** The words of a text, normalised, stop words and pure numbers left out. */
export function searchWords(text: string): string[] {
  const out: string[] = [];
  let lower = text.toLowerCase();
  // Most text is ASCII: only decompose accents when there is something to decompose.
  const ascii = !/[^ -~\t\n\r]/.test(lower);
  if (!ascii) lower = lower.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  for (const raw of lower.split(ascii ? /[^a-z0-9]+/ : /[^\p{L}\p{N}]+/u)) {
    if (raw.length < 2 || /^\d+$/.test(raw)) continue;
    const w = singular(raw);
    if (!STOP_WORDS.has(w)) out.push(w);
  }
  return out;
}

const NUMBER_RE =
  /(?:^|[^\p{L}\p{N}.])[$€£¥₽]?\s?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s?(k|thousand|mn|mln|m|million|millions|bn|b|billion|billions|tn|t|trillion|trillions)?(?![\p{L}\p{N}])/giu;

/** Cuts a query into quantities and words. */
export function parseQuery(query: string): ParsedQuery {
  const numbers: QueryNumber[] = [];
  const rest = query.replace(NUMBER_RE, (match, int: string, frac: string | undefined, scaleWord: string | undefined) => {
    const mantissa = Number(int.replace(/,/g, '') + (frac ?? ''));
    if (Number.isFinite(mantissa)) {
      numbers.push({
        text: match.trim(),
        mantissa,
        scale: scaleWord ? (SCALE_WORDS[scaleWord.toLowerCase()] ?? null) : null,
      });
    }
    return ' ';
  });
  return { numbers, words: searchWords(rest) };
}
