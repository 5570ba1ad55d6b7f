/**
 * Reads the number at a token: digits ("1,200", "3.5"), number words ("Forty", "forty-two",
 * "a dozen", "two dozen"), an attached or spaced scale ("228bn", "1.2 trillion") and an ordinal
 * ending ("25th", "third"). Bounded look-ahead only.
 */
import type { Token } from '../text/tokenize';
import { NUMBER_WORDS, ORDINAL_WORDS, SCALES, TENS } from '../text/lexicon';

/** A number read from tokens [first, end). */
export interface NumberRead {
  first: number;
  end: number;
  value: number;
  /** Precision of the written number, scale applied ("228.1 billion" → 1e8). */
  step: number;
  ordinal: boolean;
  /** Spelled out in words. */
  spelled: boolean;
  /** The scale applied, 1 when none. */
  scale: number;
}

const ORDINAL_SUFFIXES = new Set(['st', 'nd', 'rd', 'th']);
/**
 * Scale abbreviations that only count when attached to the digits ("228bn", not "228 m": metres).
 * "bn", "bln" and "mln" mean nothing else, so they count spaced too ("$228.1 bln", wire style).
 */
const ATTACHED_ONLY = new Set(['k', 'm', 'b', 'mn', 'tn', 'trn', 'tr']);

/** Reads a number starting at token `i`, or returns null. */
export function readNumber(tokens: Token[], i: number): NumberRead | null {
  const t = tokens[i];
  if (!t) return null;
  let read: NumberRead | null = null;
  if (t.kind === 'num') {
    if (!Number.isFinite(t.value)) return null;
    read = { first: i, end: i + 1, value: t.value, step: Math.pow(10, -t.decimals), ordinal: false, spelled: false, scale: 1 };
    const next = tokens[i + 1];
    if (next && next.kind === 'word' && !next.spaceBefore && ORDINAL_SUFFIXES.has(next.lower) && t.decimals === 0) {
      read.ordinal = true;
      read.end = i + 2;
      return read;
    }
  } else if (t.kind === 'word') {
    read = readSpelled(tokens, i);
    if (!read) return null;
  } else return null;
  // Scale: attached ("228bn") or spaced word ("1.2 trillion").
  const s = tokens[read.end];
  if (s && s.kind === 'word' && SCALES[s.lower] !== undefined && !read.ordinal) {
    const attached = !s.spaceBefore;
    if (attached || !ATTACHED_ONLY.has(s.lower)) {
      if (!(s.lower === 'm' && tokens[read.end + 1]?.text === '²')) {
        const scale = SCALES[s.lower]!;
        // toPrecision(15) drops the float's noise: 8.28 × 1e9 is 8,280,000,000, not 8,279,999,999.999999.
        read.value = Number((read.value * scale).toPrecision(15));
        read.step = Number((read.step * scale).toPrecision(15));
        read.scale = scale;
        read.end += 1;
      }
    }
  }
  return read;
}

/** Reads a spelled number: "forty", "forty-two", "twenty two", "a dozen", "two dozen", "two hundred", "third". */
function readSpelled(tokens: Token[], i: number): NumberRead | null {
  const t = tokens[i]!;
  const ord = ORDINAL_WORDS[t.lower];
  if (ord !== undefined) return { first: i, end: i + 1, value: ord, step: 1, ordinal: true, spelled: true, scale: 1 };
  // "a dozen", "a hundred"
  if (t.lower === 'a' || t.lower === 'half') {
    const n = tokens[i + 1];
    if (t.lower === 'a' && n?.kind === 'word' && (n.lower === 'dozen' || n.lower === 'hundred')) {
      return { first: i, end: i + 2, value: NUMBER_WORDS[n.lower]!, step: 1, ordinal: false, spelled: true, scale: 1 };
    }
    if (t.lower === 'half' && n?.lower === 'a' && tokens[i + 2]?.lower === 'dozen') {
      return { first: i, end: i + 3, value: 6, step: 1, ordinal: false, spelled: true, scale: 1 };
    }
    return null;
  }
  let value = NUMBER_WORDS[t.lower];
  if (value === undefined || t.lower === 'hundred' || t.lower === 'dozen') return null;
  let end = i + 1;
  // forty-two / forty two
  if (TENS.has(t.lower)) {
    const a = tokens[end];
    const b = tokens[end + 1];
    if (a?.text === '-' && !a.spaceBefore && b?.kind === 'word' && !b.spaceBefore && (NUMBER_WORDS[b.lower] ?? 99) < 10) {
      value += NUMBER_WORDS[b.lower]!;
      end += 2;
    } else if (a?.kind === 'word' && (NUMBER_WORDS[a.lower] ?? 99) < 10 && a.lower !== 'zero') {
      value += NUMBER_WORDS[a.lower]!;
      end += 1;
    }
  }
  // two dozen / two hundred
  const m = tokens[end];
  if (m?.kind === 'word' && (m.lower === 'dozen' || m.lower === 'hundred')) {
    value *= NUMBER_WORDS[m.lower]!;
    end += 1;
  }
  return { first: i, end, value, step: 1, ordinal: false, spelled: true, scale: 1 };
}
