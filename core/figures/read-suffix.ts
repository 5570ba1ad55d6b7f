/**
 * What is written around a number: the qualifier and currency before it ("more than", "US$") and
 * what follows it ("+", "-plus", a range's end, %, currency words, units, "-page").
 */
import type { FigureKind, Qualifier } from '../model';
import { type Token } from '../text/tokenize';
import { wordTable } from '../text/word-table';
import { COMPOUND_UNITS, CURRENCY_SYMBOLS, CURRENCY_WORDS, DURATION_UNITS, QUALIFIERS_BEFORE, UNIT_WORDS } from '../text/lexicon';
import { readNumber, type NumberRead } from './read-number';

/** The qualifiers by their first word, in the lexicon's order (longest phrasing first where it matters). */
const QUALIFIERS_BY_FIRST_WORD = new Map<string, Array<(typeof QUALIFIERS_BEFORE)[number]>>();

for (const q of QUALIFIERS_BEFORE) {
  const list = QUALIFIERS_BY_FIRST_WORD.get(q.words[0]!);
  if (list) list.push(q);
  else QUALIFIERS_BY_FIRST_WORD.set(q.words[0]!, [q]);
}

/** The qualifier written at token `i` ("more than", "about"), with its length in tokens. */
export function matchQualifier(tokens: Token[], i: number): { qualifier: Qualifier; len: number } | null {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return null;
  // Looked up by the first word: most words start no qualifier, and cost one map lookup.
  for (const q of QUALIFIERS_BY_FIRST_WORD.get(t.lower) ?? []) {
    let ok = true;
    for (let k = 1; k < q.words.length; k++) {
      if (tokens[i + k]?.lower !== q.words[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return { qualifier: q.qualifier, len: q.words.length };
  }
  return null;
}

/** Dollars by the letters written before "$" ("S$300.8 billion" is Singapore's) or after it ("$US23 billion", "$A1.5 billion"). */
const DOLLAR_PREFIXES = wordTable<string>({ US: 'USD', U: 'USD', A: 'AUD', C: 'CAD', HK: 'HKD', S: 'SGD', NZ: 'NZD', NT: 'TWD', R: 'BRL', MX: 'MXN' });

/** A currency written before the number: "$", "US$", "US $", "USD", "RMB". Returns [currency, next index]. */
export function currencyBefore(tokens: Token[], i: number): [string, number] | null {
  const t = tokens[i];
  if (!t) return null;
  if (t.kind === 'sym' && CURRENCY_SYMBOLS[t.text]) {
    // "$" glued to letters we do not know ("Z$") is not the US dollar.
    if (t.text === '$' && !t.spaceBefore && tokens[i - 1]?.kind === 'word') return null;
    // The country after the symbol, as Australian and New Zealand outlets write it: "$US23 billion", "$A1.5 billion".
    const country = tokens[i + 1];
    const amount = tokens[i + 2];
    const countryDollar = t.text === '$' && country?.kind === 'word' && !country.spaceBefore ? DOLLAR_PREFIXES[country.text] : undefined;
    if (countryDollar && amount?.kind === 'num' && !amount.spaceBefore) return [countryDollar, i + 2];
    return [CURRENCY_SYMBOLS[t.text]!, i + 1];
  }
  const prefixDollar = t.kind === 'word' ? DOLLAR_PREFIXES[t.text] : undefined;
  if (prefixDollar) {
    let k = i + 1;
    if (t.text === 'U' && tokens[k]?.text === '.' && tokens[k + 1]?.text === 'S' && tokens[k + 2]?.text === '.') k += 3;
    if (tokens[k]?.text === '$' && (t.text === 'US' || !tokens[k]!.spaceBefore)) return [prefixDollar, k + 1];
  }
  // The cheap tests first: this runs at every word of a text, and upper-casing each one costs.
  if (t.kind === 'word' && t.text.length === 3 && tokens[i + 1]?.kind === 'num' && t.text === t.text.toUpperCase() && CURRENCY_WORDS[t.lower]) {
    return [CURRENCY_WORDS[t.lower]!, i + 1];
  }
  return null;
}

/** The dashes that join a range ("20–30") or a compound ("40-page"). */
export const DASHES = new Set(['-', '–', '—']);

const PHYSICAL = new Set(['bcm', 'm3', 'km', 'mi', 't', 'bbl', 'MW', 'GW', 'kg']);

interface Suffix {
  end: number;
  textEnd: number;
  unit: string | null;
  kind: FigureKind;
  qualifier: Qualifier | null;
  upper: number | null;
  value: number;
  step: number;
  compound: boolean;
  /** The scale applied to the value (a range takes the scale written after its end: "38 to 44 billion"). */
  scale: number;
}

/** Reads what follows a number: "+", "-plus", a range end, %, currency words, units, "-page". */
export function readSuffix(tokens: Token[], n: NumberRead, currency: string | null): Suffix {
  const s: Suffix = {
    end: n.end, textEnd: n.end, unit: currency, kind: currency ? 'money' : n.ordinal ? 'ordinal' : 'count',
    qualifier: null, upper: null, value: n.value, step: n.step, compound: false, scale: n.scale,
  };
  let k = n.end;
  const t = () => tokens[k];
  if (n.ordinal) {
    s.unit = 'ordinal';
    return s;
  }
  // 20+  /  20-plus  /  20 plus
  // "20+" and "20-plus" are read as "more than 20", as headlines use them (docs/fact-model.md).
  if (t()?.text === '+' && !t()!.spaceBefore) {
    s.qualifier = 'more-than';
    k++;
  } else if (t()?.text === '-' && !t()!.spaceBefore && tokens[k + 1]?.lower === 'plus') {
    s.qualifier = 'more-than';
    k += 2;
  } else {
    // Range: "38 to 44 billion", "38-44", "between 38 and 44"
    const sep = t();
    const isSep = sep && ((sep.kind === 'sym' && DASHES.has(sep.text)) || sep.lower === 'to' || (sep.lower === 'and' && tokens[n.first - 1]?.lower === 'between'));
    if (isSep) {
      let j = k + 1;
      if (currency && tokens[j]?.kind === 'sym' && CURRENCY_SYMBOLS[tokens[j]!.text]) j++;
      const m = tokens[j]?.kind === 'num' ? readNumber(tokens, j) : null;
      if (m && !m.ordinal && (m.scale === n.scale || n.scale === 1)) {
        const scale = m.scale;
        s.value = n.scale === 1 ? n.value * scale : n.value;
        s.step = Math.min(n.scale === 1 ? n.step * scale : n.step, m.step);
        s.upper = m.value;
        s.scale = scale;
        if (s.upper >= s.value) {
          s.qualifier = 'range';
          k = m.end;
        } else s.upper = null;
      }
    }
  }
  s.textEnd = k;
  // Units after the number.
  const u = t();
  if (u?.text === '%' ) {
    s.unit = '%';
    s.kind = 'percent';
    k++;
  } else if (u?.kind === 'word') {
    if (u.lower === 'percent' || (u.lower === 'per' && tokens[k + 1]?.lower === 'cent')) {
      s.unit = '%';
      s.kind = 'percent';
      k += u.lower === 'per' ? 2 : 1;
    } else if (u.lower === 'cubic' && /^met(re|er)s?$/.test(tokens[k + 1]?.lower ?? '')) {
      if (Math.abs(s.scale - 1e9) < 1) {
        s.unit = 'bcm';
        s.value /= 1e9;
        s.step /= 1e9;
        if (s.upper !== null) s.upper /= 1e9;
      } else s.unit = 'm3';
      s.kind = 'quantity';
      k += 2;
    } else if (!currency && (u.text === 'US' || u.lower === 'u') && tokens[k + 1]?.lower === 'dollars') {
      s.unit = 'USD';
      s.kind = 'money';
      k += 2;
    } else if (!currency && CURRENCY_WORDS[u.lower] && u.spaceBefore) {
      s.unit = CURRENCY_WORDS[u.lower]!;
      s.kind = 'money';
      k++;
    } else if (!currency && UNIT_WORDS[u.lower] && u.lower !== 'per') {
      s.unit = UNIT_WORDS[u.lower]!;
      s.kind = 'quantity';
      k++;
    } else if (!currency && COMPOUND_UNITS[u.lower] && DURATION_UNITS.has(COMPOUND_UNITS[u.lower]!)) {
      s.unit = COMPOUND_UNITS[u.lower]!;
      s.kind = 'duration';
      k++;
    }
  } else if (u?.text === '-' && !u.spaceBefore && tokens[k + 1]?.kind === 'word' && !tokens[k + 1]!.spaceBefore && !currency) {
    // "47-page", "four-day"
    const w = tokens[k + 1]!.lower;
    if (COMPOUND_UNITS[w]) {
      s.unit = COMPOUND_UNITS[w]!;
      s.kind = DURATION_UNITS.has(s.unit) ? 'duration' : 'count';
      s.compound = true;
      k += 2;
    }
  }
  if (s.unit !== null && s.unit !== currency && s.kind !== 'money') s.textEnd = k;
  else if (s.kind === 'money') s.textEnd = k;
  // "or more", "or so"
  if (tokens[k]?.lower === 'or' && tokens[k + 1]?.lower === 'more') {
    s.qualifier = 'at-least';
    k += 2;
    s.textEnd = k;
  } else if (tokens[k]?.lower === 'or' && tokens[k + 1]?.lower === 'so') {
    s.qualifier = 'about';
    k += 2;
    s.textEnd = k;
  }
  if (s.kind === 'count' && PHYSICAL.has(s.unit ?? '')) s.kind = 'quantity';
  s.end = k;
  return s;
}
