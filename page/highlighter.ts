/**
 * Marks checked figures in the page and takes the marks away again.
 *
 * A figure is wrapped in a `<crosscheck-mark>` custom element: a tag no page stylesheet targets,
 * unlike `<span>` or `<mark>`, so page CSS is unlikely to hide or restyle it. Text nodes are split at
 * the figure's edges; each split is recorded so removal can rejoin exactly those nodes and leave the
 * page's DOM as it was (same text nodes, same `innerHTML`).
 */
import type { Verdict } from '../core/model';
import type { ArticleText, TextSegment } from './read-article';
import { MARK_TAG, untouchableMemo } from './skip-rules';
import { firstIndex } from '../core/sorted';

/** A figure to mark: its offsets into `ArticleText.text`, its verdict and the words a screen reader announces. */
export interface MarkSpec {
  /** The checked figure's id; the card and the popup find the mark by it. */
  id: string;
  start: number;
  end: number;
  verdict: Verdict;
  /** The figure as written; the page's text at `[start, end)` must still read exactly this. */
  figure: string;
  /** Accessible name of the mark, e.g. "40 agreements: corroborated by 3 sources". */
  label: string;
}

const VERDICTS: ReadonlySet<string> = new Set<Verdict>(['corroborated', 'conflicting', 'mixed', 'related']);

/**
 * For each text node created by a split, the page's original node it was cut from. Removal merges
 * a node back only into a sibling of the same origin, so text nodes the page itself kept separate
 * stay separate. A WeakMap, so nothing leaks when the page drops the nodes.
 */
export const splitOrigin = new WeakMap<Text, Text>();

/** All pieces of a figure, keyed by each of its pieces, so one figure can be unmarked alone. */
export const figurePieces = new WeakMap<Element, HTMLElement[]>();

/** A letter or digit: a figure edge between two of these would cut a word ("1940s", "B52"). */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Splits `node` at `offset` and records the new (second) node's origin for `removeMarks`. */
function split(node: Text, offset: number): Text {
  const rest = node.splitText(offset);
  splitOrigin.set(rest, splitOrigin.get(node) ?? node);
  return rest;
}

/** True when the boundary at `index` of `text` lies between two word characters. */
function cutsWord(text: string, index: number): boolean {
  return index > 0 && index < text.length && isWordChar(text, index - 1) && isWordChar(text, index);
}

/**
 * Whether the character at `i` is a letter or a digit. ASCII is decided by its code, so the
 * Unicode pattern is compiled only on pages that put other letters beside a figure.
 */
function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return WORD_CHAR.test(text[i] ?? '');
}

/** One text node's share of a figure: characters `[from, to)` of `segment.node` as it was read. */
interface Piece {
  index: number;
  segment: TextSegment;
  from: number;
  to: number;
}

/** A figure found and checked in the page as read, waiting to be wrapped. */
export interface PlannedFigure {
  spec: MarkSpec;
  pieces: Piece[];
  /** What its first piece is: a focusable button, or a plain cue inside a link, button or label. */
  kind: 'button' | 'plain';
}

/**
 * Figures of one `ArticleText` checked against the page and ready to be wrapped
 * ({@link planMarks}), written in runs by {@link writePlanned}: the looking up and checking is
 * done when the plan is made, so a write does little more than the DOM calls.
 */
export interface MarkPlan {
  /**
   * The article's segments, updated for the splits once the plan is written; null for a plan made
   * `once` (its article is never marked again), which keeps only its figures' segments: a plan may
   * wait seconds to be written (content/mark-writer.ts), and a batch's text and every segment of it
   * would be kept alive meanwhile.
   */
  readonly segments: TextSegment[] | null;
  readonly figures: PlannedFigure[];
  /** Figures written so far (or refused at the write). */
  next: number;
  /** The node a figure was last cut from, as read, and the unmarked rest of it now, from `base` on. */
  tail: { origin: Text; node: Text; base: number } | null;
  /** Segments replaced by the pieces their node was split into, applied when the plan is written (none when `once`). */
  replacements: Map<number, TextSegment[]>;
}

/** How a plan is made. */
export interface PlanOptions {
  /** The article is never marked again: its segments are not kept nor updated for the splits. */
  once?: boolean;
}

/**
 * Wraps each figure in `<crosscheck-mark>` elements, splitting text nodes at its edges:
 * {@link planMarks} and {@link writePlanned} in one go.
 *
 * `article.segments` is updated in place for the splits, so the same `ArticleText` stays valid
 * for marking more figures later (until `removeMarks`, after which the article must be read again).
 *
 * @returns the first mark of each figure marked, in order of `start`
 */
export function markFigures(article: ArticleText, specs: MarkSpec[]): HTMLElement[] {
  return writePlanned(planMarks(article, specs));
}

/**
 * Finds and checks the figures to mark, reading the page only (see {@link markFigures}).
 *
 * Specs are taken in order of `start`, in one pass over the segments. A spec is left out when it
 * overlaps an earlier one (or a mark made by an earlier call), cuts a word, crosses a block separator, no longer matches the page's
 * text, or lies inside something that must not be edited (inputs, editors, code, scripts…).
 * A figure spread over several text nodes ("more than <b>20</b>") gets one mark per node; only the
 * first is focusable and labelled (a button that opens the figure's dialog, `aria-haspopup`,
 * `aria-expanded`), the others are `data-cc-continuation` and hidden from assistive technology,
 * so the figure is announced once.
 *
 * Until the plan is written no other plan of the same article may be written; after a plan made
 * `once`, none may be made of it.
 */
export function planMarks(article: ArticleText, specs: MarkSpec[], { once = false }: PlanOptions = {}): MarkPlan {
  const { text, segments } = article;
  const sorted = [...specs].sort((a, b) => a.start - b.start);
  const figures: PlannedFigure[] = [];
  // Start at the first segment the first figure can touch: callers mark in chunks, and a linear
  // walk from 0 for every chunk would add up on a long page.
  let cursor = firstSegmentEndingAfter(segments, sorted[0]?.start ?? 0);
  let lastEnd = -1;
  // The figures of one paragraph share their ancestors: each is looked at once per plan.
  const insideUntouchable = untouchableMemo();
  for (const spec of sorted) {
    const { start, end } = spec;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) continue;
    if (start < lastEnd) continue; // overlaps a figure already planned
    if (!VERDICTS.has(spec.verdict)) continue;
    if (cutsWord(text, start) || cutsWord(text, end)) continue;

    while (cursor < segments.length && (segments[cursor] as TextSegment).end <= start) cursor++;
    const pieces: Piece[] = [];
    let covered = '';
    for (let i = cursor; i < segments.length; i++) {
      const segment = segments[i] as TextSegment;
      if (segment.start >= end) break;
      const from = Math.max(start, segment.start) - segment.start;
      const to = Math.min(end, segment.end) - segment.start;
      pieces.push({ index: i, segment, from, to });
      // Read the live node, not `text`: the page may have changed since it was read.
      covered += segment.node.data.slice(from, to);
    }
    // Equality also rules out figures that span a block separator (its characters are in no node).
    if (covered !== spec.figure || covered !== text.slice(start, end)) continue;
    if (pieces.some((p) => !p.segment.node.isConnected || p.segment.end - p.segment.start !== p.segment.node.data.length)) {
      continue; // the node was edited or removed by the page
    }
    if (pieces.some((p) => insideUntouchable(p.segment.node) || isInsideMark(p.segment.node))) continue;
    const first = (pieces[0] as Piece).segment.node;
    figures.push({ spec, pieces, kind: first.parentElement?.closest(INTERACTIVE) ? 'plain' : 'button' });
    lastEnd = end;
  }
  return { segments: once ? null : segments, figures, next: 0, tail: null, replacements: new Map() };
}

/**
 * Wraps the next `count` planned figures (all that are left by default). A figure whose text the
 * page changed or marked since the plan was made is left out. Once the whole plan is written,
 * the article's segments are updated for the splits.
 *
 * @returns the first mark of each figure marked, in order of `start`
 */
export function writePlanned(plan: MarkPlan, count = Number.POSITIVE_INFINITY): HTMLElement[] {
  const marked: HTMLElement[] = [];
  const stop = Math.min(plan.figures.length, plan.next + count);
  for (; plan.next < stop; plan.next++) {
    const { spec, pieces, kind } = plan.figures[plan.next] as PlannedFigure;
    // Where each piece is now: in the rest of the node the last figure was cut from, or as read.
    const targets: Array<{ node: Text; from: number; to: number }> = [];
    for (const { segment, from, to } of pieces) {
      const tail = plan.tail?.origin === segment.node ? plan.tail : null;
      const node = tail ? tail.node : segment.node;
      const base = tail ? tail.base : 0;
      const length = segment.end - segment.start - base;
      // The page may have edited, moved or marked the text since the plan was made.
      if (!node.isConnected || node.data.length !== length || node.parentElement?.localName === MARK_TAG) break;
      targets.push({ node, from: from - base, to: to - base });
    }
    if (targets.length !== pieces.length || targets.map((t) => t.node.data.slice(t.from, t.to)).join('') !== spec.figure) continue;

    const marks: HTMLElement[] = [];
    for (let n = 0; n < pieces.length; n++) {
      const piece = pieces[n] as Piece;
      const { node, from, to } = targets[n] as { node: Text; from: number; to: number };
      const { segment } = piece;
      const target = from > 0 ? split(node, from) : node;
      const after = to - from < target.data.length ? split(target, to - from) : null;
      marks.push(wrap(target, spec, n > 0 ? 'continuation' : kind));

      if (plan.segments) {
        const offset = piece.from - from; // where `node` starts in the segment as read
        const parts: TextSegment[] = [];
        if (from > 0) parts.push({ node, start: segment.start + offset, end: segment.start + piece.from });
        parts.push({ node: target, start: segment.start + piece.from, end: segment.start + piece.to });
        if (after) parts.push({ node: after, start: segment.start + piece.to, end: segment.end });
        recordReplacement(plan.replacements, piece.index, node, parts);
      }
      // The rest of this node (if any) is where the next figure in it starts.
      if (n === pieces.length - 1) plan.tail = after ? { origin: segment.node, node: after, base: piece.to } : null;
    }
    for (const mark of marks) figurePieces.set(mark, marks);
    marked.push(marks[0] as HTMLElement);
  }
  if (plan.segments && plan.next >= plan.figures.length) applyReplacements(plan.segments, plan.replacements);
  return marked;
}

/**
 * Replaces each segment split by a plan with its pieces. An index loop from the first segment
 * replaced on: this runs once per plan over a whole batch's segments, and iterator objects per
 * segment were a third of the marking's own time.
 */
function applyReplacements(segments: TextSegment[], replacements: Map<number, TextSegment[]>): void {
  if (replacements.size === 0) return;
  let first = segments.length;
  for (const i of replacements.keys()) first = Math.min(first, i);
  const tail = segments.slice(first);
  segments.length = first;
  for (let k = 0; k < tail.length; k++) {
    const parts = replacements.get(first + k);
    if (!parts) segments.push(tail[k] as TextSegment);
    else for (let j = 0; j < parts.length; j++) segments.push(parts[j] as TextSegment);
  }
  replacements.clear();
}

/** Whether `node` is already inside a mark (from an earlier call): marks never nest. */
function isInsideMark(node: Node): boolean {
  for (let el = node.parentElement; el; el = el.parentElement) if (el.localName === MARK_TAG) return true;
  return false;
}

/** Index of the first segment whose end is after `offset` (segments are in text order), by bisection. */
function firstSegmentEndingAfter(segments: TextSegment[], offset: number): number {
  return firstIndex(segments.length, (i) => (segments[i] as TextSegment).end <= offset);
}

/**
 * Records that segment `index` is now `parts`. When a later figure splits the rest of the same
 * segment again (`node`, the last of its pieces so far), that piece is replaced by the new ones.
 */
function recordReplacement(replacements: Map<number, TextSegment[]>, index: number, node: Text, parts: TextSegment[]): void {
  const existing = replacements.get(index);
  if (!existing) {
    replacements.set(index, parts);
    return;
  }
  const at = existing.findIndex((p) => p.node === node);
  existing.splice(at < 0 ? existing.length : at, at < 0 ? 0 : 1, ...parts);
}

/** Ancestors a mark must not be a button inside of (a button in a link or button is invalid and steals its focus). */
const INTERACTIVE = 'a[href], button, [role="button"], [role="link"], label, summary';

/** The three kinds of mark: the first piece of a figure (a button, or a plain cue inside a link), and a later piece. */
type MarkKind = 'button' | 'plain' | 'continuation';

/**
 * Blank marks of each kind, per document, that new marks are cloned from: one call instead of up
 * to five attribute writes per mark. The dynamic attributes are listed first (with empty values)
 * so that writing them keeps the order the DOM contract shows.
 */
const blanks = new WeakMap<Document, Record<MarkKind, HTMLElement>>();

function blankMarks(doc: Document): Record<MarkKind, HTMLElement> {
  let b = blanks.get(doc);
  if (!b) {
    const make = (attrs: Array<[string, string]>): HTMLElement => {
      const el = doc.createElement(MARK_TAG);
      for (const [name, value] of [['data-verdict', ''], ['data-figure', ''], ['data-cc-id', ''], ...attrs] as Array<[string, string]>) {
        el.setAttribute(name, value);
      }
      return el;
    };
    b = {
      button: make([['role', 'button'], ['tabindex', '0'], ['aria-label', ''], ['aria-haspopup', 'dialog'], ['aria-expanded', 'false']]),
      plain: make([]),
      continuation: make([['data-cc-continuation', ''], ['aria-hidden', 'true']]),
    };
    blanks.set(doc, b);
  }
  return b;
}

/**
 * Puts `node` inside a new mark element at its place in the page. The first piece of a figure is
 * a focusable button that opens its card, except inside a link, button or label, where it stays
 * a visual cue whose card opens on hover (`kind`, decided when the figure was planned).
 */
function wrap(node: Text, spec: MarkSpec, kind: MarkKind): HTMLElement {
  const mark = blankMarks(node.ownerDocument)[kind].cloneNode(false) as HTMLElement;
  mark.setAttribute('data-verdict', spec.verdict);
  mark.setAttribute('data-figure', spec.figure);
  mark.setAttribute('data-cc-id', spec.id);
  if (kind === 'button') mark.setAttribute('aria-label', spec.label);
  node.parentNode?.insertBefore(mark, node);
  mark.appendChild(node);
  return mark;
}
