/**
 * Turns one article into the facts the index keeps: every figure with its event (when and where
 * it refers to), and the parts of a total marked as parts ("20 signed at the ceremony, with an
 * additional 20 expected" are two parts of 40, never a conflict with it).
 */
import type { Fact, Figure, IndexedSource, Source, SourceFacts } from '../model';
import { analyzeText, type ExtractOptions } from '../figures/extract-figures';
import { topEntities } from '../text/entities';
import { EVENT_NOUNS } from '../text/lexicon';
import { publicationSpan } from '../time/time-cues';
import { EventResolver } from './event';

/** How many entities a source keeps as what it is about. */
export const SOURCE_ENTITY_COUNT = 12;

/** Extracts the facts of one article. `origin` says whether it is a bundled seed or a user source; `options` what to extract. */
export function extractSourceFacts(source: Source, text: string, origin: IndexedSource['origin'] = 'seed', options: ExtractOptions = {}): SourceFacts {
  const ex = analyzeText(text, options);
  const resolver = new EventResolver(ex, { published: publicationSpan(source.published), place: source.place });
  const facts: Fact[] = ex.figures.map((f) => ({
    ...f,
    id: `${source.file}#${f.start}`,
    source: source.file,
    event: resolver.eventOf(f),
    context: paragraphBefore(text, f.sentenceStart),
    role: 'whole',
    note: null,
    claimId: '',
  }));
  markParts(facts);
  return { source: { ...source, origin, entities: topEntities(text, SOURCE_ENTITY_COUNT) }, facts };
}

const MORE_BEFORE = /\b(additional|further|another|more|remaining|other)\s*$/i;
const PENDING_AFTER = /^\s*(more\s+)?(are\s+|were\s+|is\s+)?(expected|to be|pending|planned|due|still to|yet to|awaiting|remaining)\b/i;

/**
 * Finds, within one sentence, a count followed by "an additional N expected" (or similar) whose
 * sum equals a whole stated elsewhere in the article, and marks both as parts with a note.
 */
function markParts(facts: Fact[]): void {
  for (let i = 0; i + 1 < facts.length; i++) {
    const a = facts[i]!;
    const b = facts[i + 1]!;
    if (a.sentenceStart !== b.sentenceStart || !a.measureKey || a.measureKey !== b.measureKey || a.unit !== b.unit) continue;
    if (a.qualifier !== 'exact' || b.qualifier !== 'exact') continue;
    const beforeB = a.sentence.slice(0, b.start - a.sentenceStart);
    const afterB = a.sentence.slice(b.end - a.sentenceStart);
    if (!MORE_BEFORE.test(beforeB) && !PENDING_AFTER.test(afterB)) continue;
    const sum = a.value + b.value;
    const whole = facts.find((w) => w !== a && w !== b && w.measureKey === a.measureKey && w.unit === a.unit && w.value === sum);
    if (!whole) continue;
    const verbA = wordBefore(a) ?? 'counted';
    const where = occasionBetween(a, b);
    const pending = (PENDING_AFTER.exec(afterB)?.[3] ?? 'expected').toLowerCase();
    a.role = 'part';
    b.role = 'part';
    a.note = `counts only the ${fmt(a)} ${verbA}${where}; ${fmt(b)} more were ${pending}`;
    b.note = `counts only the ${fmt(b)} still ${pending}; ${fmt(a)} were ${verbA}${where}`;
  }
}

/**
 * Where the first part was counted, when the words between the two parts name an occasion
 * (`EVENT_NOUNS`: "signed 20 agreements during Wednesday's ceremony, with an additional 20 …" →
 * " at the ceremony"), or "".
 */
function occasionBetween(a: Figure, b: Figure): string {
  const between = a.sentence.slice(a.end - a.sentenceStart, b.start - a.sentenceStart);
  const noun = between.match(/\p{L}+/gu)?.map((w) => w.toLowerCase()).find((w) => EVENT_NOUNS.has(w));
  return noun ? ` at the ${noun}` : '';
}

function fmt(f: Figure): string {
  return f.text.replace(/^(an?|the)\s+/i, '');
}

/** The word right before a figure in its sentence ("signed" in "the two sides signed 20 …"). */
function wordBefore(f: Figure): string | null {
  const before = f.sentence.slice(0, f.start - f.sentenceStart).trimEnd();
  const m = /([A-Za-z]+)$/.exec(before);
  return m ? m[1]!.toLowerCase() : null;
}

/** How much of the paragraph before a sentence a fact keeps as context. */
const CONTEXT_CHARS = 300;

/** The text of the same paragraph before `sentenceStart`, at most CONTEXT_CHARS, cut at a word. */
export function paragraphBefore(text: string, sentenceStart: number): string {
  const lineStart = text.lastIndexOf('\n', sentenceStart - 1) + 1;
  let from = Math.max(lineStart, sentenceStart - CONTEXT_CHARS);
  if (from > lineStart) {
    const space = text.indexOf(' ', from);
    from = space === -1 || space >= sentenceStart ? sentenceStart : space + 1;
  }
  return text.slice(from, sentenceStart).trim();
}
