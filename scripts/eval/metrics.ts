/**
 * The accuracy measures `npm run eval` reports for a topic (test/corpus/README.md and the corpus
 * guide's "Scoring"): core recall, precision of strong verdicts, conflict recall, marks on negative
 * controls, and strong verdicts on figures of another event.
 */
import type { Verdict } from '../../core/model';
import type { CorpusLabel, CorpusPage } from '../lib/corpus';
import type { AlignedFigure } from './align';

/** One page's engine output, aligned with its labels. */
export interface ScoredPage {
  page: CorpusPage;
  aligned: AlignedFigure[];
  unmet: CorpusLabel[];
}

/** Counts behind the measures, so topics add up. */
export interface Tally {
  coreWanted: number;
  coreRight: number;
  strong: number;
  strongRight: number;
  conflictWanted: number;
  conflictRight: number;
  negativeMarks: number;
  strongOnRelated: number;
  marks: number;
  /** Conflicting or mixed verdicts given, and those on a figure labelled conflicts or mixed. */
  conflictGiven: number;
  conflictGivenRight: number;
}

/** An empty tally. */
export function emptyTally(): Tally {
  return { coreWanted: 0, coreRight: 0, strong: 0, strongRight: 0, conflictWanted: 0, conflictRight: 0, negativeMarks: 0, strongOnRelated: 0, marks: 0, conflictGiven: 0, conflictGivenRight: 0 };
}

const STRONG: ReadonlySet<Verdict> = new Set(['corroborated', 'conflicting', 'mixed']);
const CHECKABLE = new Set(['corroborates', 'conflicts', 'mixed']);

/** Whether a verdict is a strong one (not `related`). */
export function isStrong(v: Verdict): boolean {
  return STRONG.has(v);
}

/** Whether a strong verdict points the way a label expects (`mixed` counts for both ways). */
export function rightDirection(verdict: Verdict, expected: CorpusLabel['expected']): boolean {
  if (expected === 'corroborates') return verdict === 'corroborated' || verdict === 'mixed';
  if (expected === 'conflicts') return verdict === 'conflicting' || verdict === 'mixed';
  if (expected === 'mixed') return isStrong(verdict);
  return false;
}

/** Adds one page's counts to a tally. */
export function tallyPage(t: Tally, p: ScoredPage): void {
  for (const { figure, label } of p.aligned) {
    t.marks++;
    if (p.page.kind === 'negative') t.negativeMarks++;
    if (!isStrong(figure.verdict)) continue;
    t.strong++;
    if (figure.verdict === 'conflicting' || figure.verdict === 'mixed') {
      t.conflictGiven++;
      if (label?.expected === 'conflicts' || label?.expected === 'mixed') t.conflictGivenRight++;
    }
    if (label && rightDirection(figure.verdict, label.expected)) t.strongRight++;
    if (label?.expected === 'related') t.strongOnRelated++;
  }
  // A label counts once, though two figures may lie inside its span ("4.75%-5%" labelled as one
  // range, read as two figures): it is met when any of them meets it.
  const verdictsOf = new Map<CorpusLabel, Verdict[]>(p.unmet.map((l) => [l, []]));
  for (const a of p.aligned) if (a.label) verdictsOf.set(a.label, [...(verdictsOf.get(a.label) ?? []), a.figure.verdict]);
  for (const [label, verdicts] of verdictsOf) {
    if (label.tier === 'core' && CHECKABLE.has(label.expected)) {
      t.coreWanted++;
      if (verdicts.some((v) => rightDirection(v, label.expected))) t.coreRight++;
    }
    if (label.expected === 'conflicts' || label.expected === 'mixed') {
      t.conflictWanted++;
      if (verdicts.some((v) => v === 'conflicting' || v === 'mixed')) t.conflictRight++;
    }
  }
}

/** Adds tally b into a. */
export function addTally(a: Tally, b: Tally): void {
  for (const k of Object.keys(a) as Array<keyof Tally>) a[k] += b[k];
}

/** The measures of a tally: ratios (null when nothing was counted) and counts. */
export function measures(t: Tally): { coreRecall: number | null; precision: number | null; conflictRecall: number | null; negativeMarks: number; strongOnRelated: number } {
  const ratio = (a: number, b: number) => (b === 0 ? null : a / b);
  return {
    coreRecall: ratio(t.coreRight, t.coreWanted),
    precision: ratio(t.strongRight, t.strong),
    conflictRecall: ratio(t.conflictRight, t.conflictWanted),
    negativeMarks: t.negativeMarks,
    strongOnRelated: t.strongOnRelated,
  };
}
