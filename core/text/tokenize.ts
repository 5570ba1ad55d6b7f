/**
 * A single-pass tokenizer: the extractor works on tokens, never on backtracking regular
 * expressions, so its cost stays linear in the text whatever the text is.
 */

/** What a token is. */
export type TokenKind = 'num' | 'word' | 'sym' | 'break';

/** One token with its place in the text. */
export interface Token {
  kind: TokenKind;
  /** The characters as written (digits normalised to ASCII for `num`). */
  text: string;
  /** Lower-cased `text`, for word lookups. */
  lower: string;
  start: number;
  end: number;
  /** Whether white space (or nothing: start of text) separates this token from the previous one. */
  spaceBefore: boolean;
  /** For `num`: the value of the digits ("1,200" → 1200, "3.5" → 3.5). */
  value: number;
  /** For `num`: digits after the decimal point (precision of the written number). */
  decimals: number;
  /** For `num`: written with thousands separators ("1,200"), so never a year. */
  grouped: boolean;
  /** For `word`: starts with an upper-case letter. */
  capitalized: boolean;
}

/** Zero-width and soft-hyphen characters, skipped inside numbers and between tokens. */
const ZERO_WIDTH_CODES = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x00ad]);
const ZERO_WIDTH = { test: (ch: string) => ZERO_WIDTH_CODES.has(ch.charCodeAt(0)) };

function isDigitCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19); // ASCII and full-width digits
}
function asciiDigit(ch: string): string {
  const c = ch.charCodeAt(0);
  return c >= 0xff10 && c <= 0xff19 ? String.fromCharCode(c - 0xff10 + 48) : ch;
}
function isLetter(ch: string): boolean {
  // Letters of any script; cheap check first for ASCII.
  const c = ch.charCodeAt(0);
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  if (c < 128) return false;
  return /\p{L}|\p{M}/u.test(ch);
}
function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u00A0' || ch === '\u202F' || ch === '\u2009' || ch === '\r' || ch === '\f' || ch === '\v' || ch === '\u2007';
}
function isApostrophe(ch: string): boolean {
  return ch === "'" || ch === '\u2019';
}

/**
 * Splits text into number, word, symbol and line-break tokens. Numbers keep their thousands
 * separators ("1,200", "1 200" with a thin or no-break space) and decimals; zero-width characters
 * inside a number are skipped. Words keep inner apostrophes ("Chang'e", "Xi's").
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  let spaceBefore = true;
  while (i < n) {
    const ch = text[i]!;
    if (ch === '\n') {
      tokens.push(makeToken('break', '\n', i, i + 1, spaceBefore));
      spaceBefore = true;
      i++;
      continue;
    }
    if (isSpace(ch) || ZERO_WIDTH.test(ch)) {
      spaceBefore = true;
      i++;
      continue;
    }
    const start = i;
    if (isDigitCode(ch.charCodeAt(0))) {
      let digits = '';
      let decimals = 0;
      let seenDot = false;
      let grouped = false;
      while (i < n) {
        const c = text[i]!;
        if (isDigitCode(c.charCodeAt(0))) {
          digits += asciiDigit(c);
          if (seenDot) decimals++;
          i++;
        } else if (ZERO_WIDTH.test(c) && i + 1 < n && isDigitCode(text.charCodeAt(i + 1))) {
          i++;
        } else if ((c === ',' || c === '\u00A0' || c === '\u202F' || c === '\u2009') && !seenDot && threeDigitsFollow(text, i + 1)) {
          grouped = true;
          i++; // thousands separator
        } else if (c === '.' && !seenDot && i + 1 < n && isDigitCode(text.charCodeAt(i + 1))) {
          digits += '.';
          seenDot = true;
          i++;
        } else break;
      }
      const t = makeToken('num', digits, start, i, spaceBefore);
      t.value = digits.length > 400 ? Infinity : Number(digits);
      t.decimals = decimals;
      t.grouped = grouped;
      tokens.push(t);
    } else if (isLetter(ch)) {
      while (i < n) {
        const c = text[i]!;
        if (isLetter(c)) i++;
        else if (isApostrophe(c) && i + 1 < n && isLetter(text[i + 1]!)) i++;
        else break;
      }
      tokens.push(makeToken('word', text.slice(start, i), start, i, spaceBefore));
    } else {
      // Surrogate pairs (emoji) stay one symbol token.
      const code = text.codePointAt(i)!;
      const len = code > 0xffff ? 2 : 1;
      i += len;
      tokens.push(makeToken('sym', text.slice(start, i), start, i, spaceBefore));
    }
    spaceBefore = false;
  }
  return tokens;
}

/** True when exactly three digits follow at `i` and no fourth digit (a thousands group). */
function threeDigitsFollow(text: string, i: number): boolean {
  for (let k = 0; k < 3; k++) if (i + k >= text.length || !isDigitCode(text.charCodeAt(i + k))) return false;
  return i + 3 >= text.length || !isDigitCode(text.charCodeAt(i + 3));
}

function makeToken(kind: TokenKind, text: string, start: number, end: number, spaceBefore: boolean): Token {
  const first = text[0] ?? '';
  return {
    kind,
    text,
    lower: kind === 'word' ? text.toLowerCase() : text,
    start,
    end,
    spaceBefore,
    value: NaN,
    decimals: 0,
    grouped: false,
    capitalized: kind === 'word' && first !== first.toLowerCase(),
  };
}
