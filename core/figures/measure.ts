/**
 * What a figure counts: the noun phrase after it ("40 cooperation agreements"), or before a
 * linking verb ("Bilateral trade reached $228 billion"), normalised to a key where synonyms meet.
 */
import type { Token } from '../text/tokenize';
import { ED_NOUNS, MEASURE_STOP_WORDS, MEASURE_SYNONYMS } from '../text/lexicon';
import { singular } from '../text/words';

/** A measure phrase and its key. */
export interface MeasureRead {
  /** Readable phrase as written, lower-cased except proper nouns: "cooperation agreements", "visit to China". */
  phrase: string;
  /** The singular head noun. */
  head: string;
  /** The normalised key: "agreement", "visit:china", "trade". */
  key: string;
}

const MAX_WORDS = 4;
/** Verbs that link a measure to a figure through "to": "came to", "amounted to". */
const LINK_VERBS_TO = new Set(['came', 'come', 'comes', 'amounted', 'amounts', 'amounting', 'rose', 'grew', 'fell', 'climbed', 'jumped', 'increased', 'dropped', 'soared', 'declined', 'slipped', 'decreased', 'reaching', 'rising', 'falling', 'growing', 'increasing', 'decreasing', 'declining', 'dropping', 'climbing', 'jumping']);
/** Verbs and adjectives of "held steady at", "remained stable at": stepped over to the measure before them. */
const STEADY_WORDS = new Set(['steady', 'stable', 'flat', 'unchanged', 'held', 'holding', 'remained', 'remains', 'stayed', 'stays', 'stood']);
/** Prepositions that attach names to a measure: "trade between China and Russia", "exports to Russia". */
const NAME_PREPOSITIONS = new Set(['between', 'of', 'with', 'from', 'among', 'in', 'to']);
const CLAUSE_OPENERS = new Set(['for', 'to', 'on', 'the', 'a', 'an', 'that', 'with', 'by', 'in', 'at', 'from', 'into', 'up', 'out', 'off', 'over', 'its', 'their']);
/** Verbs and prepositions that link a measure written before the figure. */
const LINKS = new Set(['reached', 'reach', 'reaches', 'reaching', 'totaled', 'totalled', 'totaling', 'totalling', 'hit', 'hits', 'hitting', 'was', 'were', 'is', 'are', 'stood', 'amounted', 'rose', 'grew', 'fell', 'climbed', 'jumped', 'dropped', 'increased', 'decreased', 'of', 'worth', 'valued', 'at', 'to', 'numbered', 'exceeded', 'topped', 'surpassed']);
/** Complements that belong to the measure ("visit to China"). */
const COMPLEMENTS = new Set(['to', 'with']);

/** Whether a word read into a measure is a plural noun, or a noun the index has a key for. */
function endsNoun(word: string): boolean {
  const w = word.toLowerCase();
  return MEASURE_SYNONYMS[singular(w)] !== undefined || (singular(w) !== w && !/(ss|us|is)$/.test(w));
}

/** The key of a head noun: its synonym group, else itself (singular). */
export function measureKeyOf(head: string): string {
  const s = singular(head);
  return MEASURE_SYNONYMS[s] ?? s;
}

function isMeasureWord(t: Token | undefined): t is Token {
  return !!t && t.kind === 'word' && !MEASURE_STOP_WORDS.has(t.lower) && t.text.length > 1;
}

/**
 * Reads the measure after token index `k` (the token right after the figure). Stops at function
 * words, punctuation and proper nouns that follow lower-case words; with `lists`, reads through a
 * list of qualifiers to its noun (see `coordinatedNoun`).
 */
export function measureAfter(tokens: Token[], k: number, lists = true): MeasureRead | null {
  const words: string[] = [];
  let i = k;
  let sawLower = false;
  while (i < tokens.length && words.length < MAX_WORDS) {
    const t = tokens[i];
    if (!isMeasureWord(t)) break;
    if (t.capitalized && sawLower) break; // "agreements Beijing…" — a name starts
    // A participle that opens a clause ends the phrase: "a declaration calling for…", "deals struck in…".
    if (words.length > 0 && /(ing|ed)$/.test(t.lower) && CLAUSE_OPENERS.has(tokens[i + 1]?.lower ?? '')) break;
    // A past-tense verb after the noun ends it too: "1,200 delegates attended", "the visit ended".
    if (words.length > 0 && t.lower.length >= 5 && t.lower.endsWith('ed') && !ED_NOUNS.has(t.lower)) break;
    // After a plural or a noun the index counts, "-ing" starts a clause: "agreements following
    // negotiations", "a dozen documents outlining cooperation" count agreements and documents.
    if (words.length > 0 && t.lower.length >= 6 && t.lower.endsWith('ing') && endsNoun(words[words.length - 1]!)) break;
    if (!t.capitalized) sawLower = true;
    let word = t.text;
    // hyphen-joined words: "ground-and-space-based", "oil-and-gas"
    while (tokens[i + 1]?.text === '-' && !tokens[i + 1]!.spaceBefore && tokens[i + 2]?.kind === 'word' && !tokens[i + 2]!.spaceBefore) {
      word += `-${tokens[i + 2]!.text}`;
      i += 2;
    }
    // A possessive ends the phrase: "the declaration's framing" counts declarations.
    const possessive = /['’]s$/.test(word);
    if (possessive) word = word.slice(0, -2);
    words.push(word);
    i++;
    if (possessive) return build(words, '', '');
  }
  if (words.length === 0) return null;
  // "40 intergovernmental, interdepartmental and commercial agreements": the words read so far
  // name nothing the index counts, and a list of such words ends in the noun they all qualify.
  const listed = lists && MEASURE_SYNONYMS[singular(words[words.length - 1]!)] === undefined ? coordinatedNoun(tokens, i) : null;
  if (listed) return { ...listed, phrase: `${words.join(' ').toLowerCase()}, ${listed.phrase}` };
  // A complement that names something: "visit to China".
  let complement = '';
  const c = tokens[i];
  const n = tokens[i + 1];
  if (c && COMPLEMENTS.has(c.lower) && n?.kind === 'word' && n.capitalized && !MEASURE_STOP_WORDS.has(n.lower)) {
    complement = n.text;
    return build(words, complement, c.lower);
  }
  return build(words, '', '');
}

/** Most words a coordinated list before its noun may hold ("a, b, c and d agreements"). */
const MAX_LIST_WORDS = 4;

/**
 * At a comma after a qualifying word: the rest of a list of lower-case qualifiers, then "and" or
 * "or", then a measure the index knows ("…, interdepartmental and commercial agreements").
 * Null when the comma starts anything else (a clause, another figure, a name).
 */
function coordinatedNoun(tokens: Token[], i: number): MeasureRead | null {
  const middle: string[] = [];
  let j = i;
  while (tokens[j]?.text === ',' && middle.length < MAX_LIST_WORDS) {
    const w = tokens[j + 1];
    if (w && (w.lower === 'and' || w.lower === 'or')) break; // the serial comma before the conjunction
    if (!isMeasureWord(w) || w.capitalized) return null;
    middle.push(w.lower);
    j += 2;
  }
  if (tokens[j]?.text === ',') j++;
  const conj = tokens[j];
  if (!conj || (conj.lower !== 'and' && conj.lower !== 'or')) return null;
  const last = measureAfter(tokens, j + 1, false); // one list, never a list of lists
  if (!last || MEASURE_SYNONYMS[last.head] === undefined) return null;
  const listed = middle.length ? `${middle.join(', ')} ${conj.lower} ` : `${conj.lower} `;
  return { ...last, phrase: `${listed}${last.phrase}` };
}

/**
 * Reads a measure written before the figure: "[Bilateral trade] reached [approximately] $228 billion",
 * "trade of $245 billion". `k` is the first token of the figure (qualifier included).
 */
export function measureBefore(tokens: Token[], k: number): MeasureRead | null {
  let i = k - 1;
  const link = tokens[i];
  if (!link || link.kind !== 'word' || !LINKS.has(link.lower)) return null;
  i--;
  if (tokens[i]?.lower === 'at' || tokens[i]?.lower === 'to') i--; // "stood at", "amounted to"
  if (/^(is|are|was|were|be|been|being)$/.test(tokens[i]?.lower ?? '')) i--; // "is worth", "was valued at"
  // "fell 6.9 per cent to", "rose by 3% to": the change stands between the verb and the amount.
  if (link.lower === 'to') {
    let j = i;
    if (tokens[j]?.text === '%' || tokens[j]?.lower === 'percent') j--;
    else if (tokens[j]?.lower === 'cent' && tokens[j - 1]?.lower === 'per') j -= 2;
    if (j < i && tokens[j]?.kind === 'num') {
      j--;
      if (tokens[j]?.lower === 'by') j--;
      if (LINK_VERBS_TO.has(tokens[j]?.lower ?? '')) i = j;
    }
  }
  if (link.lower === 'to' && LINK_VERBS_TO.has(tokens[i]?.lower ?? '')) i--; // "came to", "rose to"
  if (link.lower === 'to' && (tokens[i]?.lower === 'down' || tokens[i]?.lower === 'up')) i--; // "exports … down to"
  while (link.lower === 'at' && STEADY_WORDS.has(tokens[i]?.lower ?? '')) i--; // "held steady at"
  if (link.lower === 'at' && /^[a-z]{3,}ing$/.test(tokens[i]?.text ?? '')) i--; // "landing at", "standing at"
  // "… between the two countries last year totaled": the time is not the measure.
  if (/^(year|month|week|quarter)$/.test(tokens[i]?.lower ?? '') && /^(last|this|the|that|previous|prior)$/.test(tokens[i - 1]?.lower ?? '')) i -= 2;
  // "…, worth $200 billion" after a noun phrase: the phrase is what the money is the value of.
  if (tokens[i]?.text === ',' && (link.lower === 'worth' || link.lower === 'valued')) i--;
  // "Trade between China and Russia came to…": step back over the names and their preposition.
  if (tokens[i]?.kind === 'word' && tokens[i]!.capitalized) {
    let j = i;
    while (j >= 0 && j > i - 10 && (tokens[j]!.capitalized || /^(and|,|-|–|—)$/.test(tokens[j]!.lower))) j--;
    if (j >= 0 && NAME_PREPOSITIONS.has(tokens[j]!.lower)) i = j - 1;
  }
  const [words, end] = wordsBefore(tokens, i);
  // "trade between the two countries reached…": the words read were the preposition's object;
  // the measure is the noun before the preposition.
  let j = end;
  if (words.length > 0 && /^(the|a|an|its|their|both|all)$/.test(tokens[j]?.lower ?? '')) j--;
  // ("the value of trade" keeps "trade": after "of" the object is what is measured.)
  if (words.length > 0 && tokens[j]?.lower !== 'of' && NAME_PREPOSITIONS.has(tokens[j]?.lower ?? '')) {
    const [before] = wordsBefore(tokens, j - 1);
    if (before.length > 0) return build(before, '', '');
  }
  // "a total of $106.48 billion": a word of how much alone names nothing measured.
  if (words.length === 0 || (words.length === 1 && AMOUNT_HEADS.has(singular(words[0]!.toLowerCase())))) return null;
  return build(words, '', '');
}

/** The two halves of trade: "imports and exports" is read through its "and". */
const TRADE_HALVES = new Set(['import', 'export']);

/**
 * Up to three measure words read backwards from token `i`: a name ends them, but a capital that
 * opens the sentence ("Bilateral trade reached…") does not. Returns them and the index before them.
 */
function wordsBefore(tokens: Token[], i: number): [string[], number] {
  const words: string[] = [];
  while (i >= 0 && words.length < 3) {
    const t = tokens[i];
    if (t?.lower === 'and' && words.length === 1 && TRADE_HALVES.has(singular(words[0]!)) && TRADE_HALVES.has(singular(tokens[i - 1]?.lower ?? ''))) {
      words.unshift('and');
      i--;
      continue;
    }
    const opensSentence = i === 0 || tokens[i - 1]!.kind === 'break' || /^[.!?]$/.test(tokens[i - 1]!.text);
    if (!isMeasureWord(t) || (t.capitalized && words.length > 0 && !opensSentence)) break;
    words.unshift(t.text);
    i--;
  }
  return [words, i];
}

/**
 * Heads that name how much, not of what: "trade volume", "the total trade value", "traded goods"
 * measure trade, so the word before them gives the key.
 */
const AMOUNT_HEADS = new Set(['volume', 'value', 'total', 'amount', 'sum', 'size', 'figure', 'good', 'goods']);

/** "Imports and exports", "exports and imports": trade, written as its two halves. */
function bothWays(words: string[]): boolean {
  const w = words.map((x) => singular(x.toLowerCase()));
  const k = w.indexOf('and');
  return k > 0 && w[k - 1] !== w[k + 1] && TRADE_HALVES.has(w[k - 1] ?? '') && TRADE_HALVES.has(w[k + 1] ?? '');
}

function build(words: string[], complement: string, preposition: string): MeasureRead {
  // In a title-case headline every word is capitalised: lower-case them all.
  if (words.every((w) => /^[A-Z]/.test(w))) words = words.map((w) => w.toLowerCase());
  const lowerUnlessName = (w: string, idx: number) => (idx === 0 || w === w.toLowerCase() || w.toUpperCase() === w ? w.toLowerCase() : w);
  const phraseWords = words.map((w, idx) => (/^[A-Z][a-z]/.test(w) && idx > 0 ? w : lowerUnlessName(w, idx)));
  let headIndex = words.length - 1;
  if (headIndex > 0 && AMOUNT_HEADS.has(singular(words[headIndex]!))) headIndex--;
  const head = singular(words[headIndex]!.split('-').pop()!);
  let key = MEASURE_SYNONYMS[head] ?? head;
  if ((head === 'import' || head === 'export') && bothWays(words)) key = 'trade';
  if (complement && key === 'visit') key = `${key}:${complement.toLowerCase()}`;
  let phrase = phraseWords.join(' ');
  if (complement) phrase += ` ${preposition} ${complement}`;
  return { phrase, head, key };
}
