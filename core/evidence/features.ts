/**
 * The evidence that a page figure and a source fact state the same claim, as numbers in [0, 1]:
 * what the figures measure, the words and names they share (weighted by how rare each word is in
 * the index), whether their times and places fit, how alike the page and the source are as a
 * whole, and how many of the page's other figures the source also reports (leave-one-out, so a
 * figure never vouches for itself). `model.ts` weighs them with learned weights.
 */
import type { EventRef, Figure } from '../model';
import { compareEvents } from '../index/compare';
import { statedAgree } from './agreement';
import { weightedCosine, weightedCoverage, type IdfTable } from './idf';
import { measureSimilarity } from './lexical';

/** The names of the features, in the order of a feature vector. */
export const FEATURE_NAMES = [
  'measureSame',
  'measureSimilar',
  'measureMissing',
  'sentenceCosine',
  'factCoverage',
  'contextCosine',
  'nameOverlap',
  'placeSame',
  'placeDifferent',
  'timeSame',
  'timeDifferent',
  'publishedApart',
  'publishedUnknown',
  'documentSimilarity',
  'otherFigures',
  'valuesAgree',
  'valuesClose',
  'specificAgree',
  'dateKind',
  'ordinalKind',
  'qualified',
  'runningCount',
  'valuesEqual',
  'rareValueAgree',
  'windowOverlap',
  'foreseen',
  'nameLike',
  'bestForFigure',
  'factNameLike',
  'equalAndMeasure',
  'equalAndContext',
  'equalAndDocument',
  'tentative',
  'namesDisjoint',
  'mutualBest',
  'counterpart',
  'subjectSame',
  'subjectDifferent',
  'consensus',
  'pageOnTopic',
] as const;

/** One feature's name. */
export type FeatureName = (typeof FEATURE_NAMES)[number];

/** What the features need to know of one side (a page figure or a source fact). */
export interface SideView {
  figure: Figure;
  event: EventRef;
  /** Lemmas of its sentence, and of the text before it in its paragraph. */
  terms: Set<string>;
  context: Set<string>;
  /** Names of its sentence and context ("golden dome", "mandalay"). */
  names: Set<string>;
  /** Names its sentence locates things in ("in Mandalay", "at the Kremlin"). */
  places: Set<string>;
  /** Lemmas of its measure phrase ("cooperation agreements" → cooperation, agreement). */
  measure: string[];
  /** The publication day of its article, ISO, or null. */
  published: string | null;
  /** Lemmas of the few words right around the figure in its sentence ("BJP won 240 seats" → bjp, won, seat). */
  window: Set<string>;
  /** Names the figure is bound to, within a few words of it (`subjectNames`). */
  subject: Set<string>;
  /** `terms` and `context` together. */
  wide: Set<string>;
  /** Whether its sentence makes the figure a running total (`RUNNING`), and its clause a tentative one (`TENTATIVE`). */
  running: boolean;
  tentative: boolean;
}

/** What the features need to know of the page and the source as wholes. */
export interface WholeView {
  /** idf-weighted cosine of the page's words and the source's. */
  documentSimilarity: number;
  /** How many of the page's other figures (other values) the source also states. */
  otherFigures: number;
  /** How many facts of the index state the fact's value (1 for a value only it states). */
  valueCount: number;
  /** The share of the index's sources that state the fact's value. */
  valueSourceShare: number;
  /** How alike the page is to the source it is most alike to (the page's topic against the index's). */
  pageOnTopic: number;
}

/** Words that make a count a running total, which later reports raise ("rose to", "so far"). */
export const RUNNING = /\b(?:rose|risen|rises|rising|climbed|climbs|jumped|increased|surged|mounted|so far|now stands|has reached|toll)\b/i;

/** The feature vector of one pair, in `FEATURE_NAMES` order. */
export function pairFeatures(page: SideView, fact: SideView, whole: WholeView, idf: IdfTable): number[] {
  const a = page.figure;
  const b = fact.figure;
  const keyA = a.measureKey && !a.measureKey.startsWith('/') ? a.measureKey : '';
  const keyB = b.measureKey && !b.measureKey.startsWith('/') ? b.measureKey : '';
  const measureMissing = page.measure.length === 0 || fact.measure.length === 0 ? 1 : 0;
  const measureSimilar = measureMissing ? 0 : measureSimilarity(page.measure, fact.measure);
  const contextCosine = weightedCosine(page.wide, fact.wide, idf);
  const windowOverlap = weightedCoverage(page.window, fact.window, idf);
  const time = compareEvents(page.event, fact.event);
  const placeSame = intersects(page.places, fact.places) ? 1 : 0;
  const placeDifferent = !placeSame && page.places.size > 0 && fact.places.size > 0 ? 1 : 0;
  const agree = statedAgree(a, b) ? 1 : 0;
  const equal = agree && (a.value === b.value || specificity(a) > 0) ? 1 : 0;
  const dated = a.kind === 'date' || a.kind === 'year' ? 1 : 0;
  return [
    keyA && keyA === keyB ? 1 : 0,
    measureSimilar,
    measureMissing,
    weightedCosine(page.terms, fact.terms, idf),
    weightedCoverage(page.wide, fact.terms, idf),
    contextCosine,
    nameOverlap(page.names, fact.names),
    placeSame,
    placeDifferent,
    time === 'same' ? 1 : 0,
    time === 'different' ? 1 : 0,
    page.published && fact.published ? Math.min(1, Math.abs(Date.parse(page.published) - Date.parse(fact.published)) / (30 * 86_400_000)) : 0,
    page.published && fact.published ? 0 : 1,
    whole.documentSimilarity,
    Math.min(whole.otherFigures, 5) / 5,
    agree,
    closeness(a, b),
    agree * specificity(a),
    dated,
    a.kind === 'ordinal' ? 1 : 0,
    a.qualifier !== 'exact' || b.qualifier !== 'exact' ? 1 : 0,
    page.running || fact.running ? 1 : 0,
    a.value === b.value ? 1 : 0,
    agree / Math.max(1, whole.valueCount),
    windowOverlap,
    a.cues?.includes('foreseen') || b.cues?.includes('foreseen') ? 1 : 0,
    a.cues?.includes('name') ? 1 : 0,
    0, // bestForFigure: set by `markBest` once every candidate of the figure is weighed
    b.cues?.includes('name') ? 1 : 0,
    // A value met again counts only with something else in common: the same measure or words around it,
    // the same wording, the same story ("$1.3 trillion" of a spending bill is not of a climate deal).
    equal * Math.max(measureSimilar, windowOverlap),
    equal * contextCosine,
    equal * whole.documentSimilarity,
    page.tentative || fact.tentative ? 1 : 0,
    page.names.size > 0 && fact.names.size > 0 && nameOverlap(page.names, fact.names) === 0 ? 1 : 0,
    0, // mutualBest: set by `markMutualBest` once every figure of the page is weighed
    0, // counterpart: set by `markCounterparts` once every figure of the page is weighed
    intersects(page.subject, fact.subject) ? 1 : 0,
    page.subject.size > 0 && fact.subject.size > 0 && !intersects(page.subject, fact.subject) ? 1 : 0,
    agree * whole.valueSourceShare,
    whole.pageOnTopic,
  ];
}

/**
 * Words that make a figure provisional or hedged: a count under way ("leading in", "as of 8.30
 * pm", "early trends"), a projection, an estimate or a proposal ("could win", "projected", "raises
 * its offer to"). Another
 * report's final figure is a later moment, not a contradiction.
 */
export const TENTATIVE = /\b(?:leading|leads|ahead|trends?|early|projected|projections?|expected|could|might|may|likely|estimated?|estimates|forecasts?|preliminary|provisional|so far|as of|set to|on course|on track|offers?|offered|proposals?|proposed|proposes|drafts?|bids?|plans?|planned)\b/i;

/** The clause around a figure: its sentence cut at the nearest semicolons or dashes. */
export function clauseOf(f: Figure): string {
  const at = f.start - f.sentenceStart;
  const before = f.sentence.slice(0, at);
  const cut = Math.max(before.lastIndexOf(';'), before.lastIndexOf(' – '), before.lastIndexOf(' — '));
  const after = f.sentence.slice(at);
  const end = after.search(/;| – | — /);
  return f.sentence.slice(cut + 1, end === -1 ? undefined : at + end);
}

/** Index of the `bestForFigure` feature. */
export const BEST_FOR_FIGURE = FEATURE_NAMES.indexOf('bestForFigure');
const MUTUAL_BEST = FEATURE_NAMES.indexOf('mutualBest');

/** How near a pair's wording is (measure, words around the figures, sentence and paragraph). */
function nearness(x: readonly number[]): number {
  return x[MEASURE_SIMILAR]! + x[CONTEXT_COSINE]! + x[WINDOW_OVERLAP]!;
}

/**
 * Sets `mutualBest` over a whole page: 1 for a pair that is its figure's nearest fact and its
 * fact's nearest page figure, so of "NDA 291, INDIA 230" and a page's "NDA 293, INDIA 233" each
 * figure is paired with its own counterpart. `pairs` are [fact id, feature vector] of every figure.
 */
export function markMutualBest(pairs: ReadonlyArray<readonly [string, number[]]>): void {
  const best = new Map<string, number>();
  for (const [id, x] of pairs) best.set(id, Math.max(best.get(id) ?? 0, nearness(x)));
  for (const [id, x] of pairs) x[MUTUAL_BEST] = x[BEST_FOR_FIGURE] === 1 && nearness(x) > 0 && nearness(x) >= 0.9 * best.get(id)! ? 1 : 0;
}
const MEASURE_SIMILAR = FEATURE_NAMES.indexOf('measureSimilar');
const COUNTERPART = FEATURE_NAMES.indexOf('counterpart');
const VALUES_AGREE = FEATURE_NAMES.indexOf('valuesAgree');
const SUBJECT_SAME = FEATURE_NAMES.indexOf('subjectSame');
const SUBJECT_DIFFERENT = FEATURE_NAMES.indexOf('subjectDifferent');

/** One weighed pair as `markCounterparts` sees it. */
export interface PairRef {
  /** Which page figure (its index on the page) and the key of its value. */
  figure: number;
  value: string;
  fact: string;
  source: string;
  x: number[];
}

/**
 * Sets `counterpart`: 1 for a pair whose fact is the figure's nearest in that fact's own source,
 * and whose figure is the fact's nearest on the page (or has the value of one that is). A source
 * that reports "NDA 292, INDIA 234" pairs the page's "INDIA 230" with its 234, whatever the other
 * sources say, and a page that repeats "230" pairs every mention of it. What a conflict rests on.
 */
export function markCounterparts(pairs: readonly PairRef[]): void {
  const bestInSource = new Map<string, number>();
  const bestOfFact = new Map<string, number>();
  // Of facts worded alike, the one stating the figure's own value is its counterpart ("52" of a
  // source that copies the page's "52 … 44", not its "44").
  const near = (x: readonly number[]) => Math.max(0, nearness(x) + 0.5 * x[VALUES_AGREE]! + x[SUBJECT_SAME]! - x[SUBJECT_DIFFERENT]!);
  for (const p of pairs) {
    const n = near(p.x);
    const k = `${p.figure}|${p.source}`;
    bestInSource.set(k, Math.max(bestInSource.get(k) ?? 0, n));
    bestOfFact.set(p.fact, Math.max(bestOfFact.get(p.fact) ?? 0, n));
  }
  const nearValues = new Map<string, Set<string>>();
  for (const p of pairs) {
    if (near(p.x) < 0.9 * bestOfFact.get(p.fact)!) continue;
    let s = nearValues.get(p.fact);
    if (!s) nearValues.set(p.fact, (s = new Set()));
    s.add(p.value);
  }
  for (const p of pairs) {
    const n = near(p.x);
    const inSource = n > 0 && n >= 0.9 * bestInSource.get(`${p.figure}|${p.source}`)!;
    p.x[COUNTERPART] = inSource && nearValues.get(p.fact)?.has(p.value) ? 1 : 0;
  }
}
const CONTEXT_COSINE = FEATURE_NAMES.indexOf('contextCosine');
const WINDOW_OVERLAP = FEATURE_NAMES.indexOf('windowOverlap');

/**
 * Sets `bestForFigure` on the candidates of one figure: 1 for the facts whose wording is nearest
 * the figure's (measure, words around it, sentence and paragraph) among all it was weighed against,
 * so a fact that merely shares the page's topic scores below the one that states the same thing.
 */
export function markBest(vectors: number[][]): void {
  let max = 0;
  const base = vectors.map(nearness);
  for (const b of base) max = Math.max(max, b);
  vectors.forEach((x, i) => (x[BEST_FOR_FIGURE] = max > 0 && base[i]! >= 0.9 * max ? 1 : 0));
}

function intersects(a: Set<string>, b: Set<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/** The words of both sets (`a` itself when `b` is empty). */
export function union(a: Set<string>, b: Set<string>): Set<string> {
  if (b.size === 0) return a;
  const u = new Set(a);
  for (const x of b) u.add(x);
  return u;
}

/** Shared names over the smaller side's names (0 when a side names nothing). */
function nameOverlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / Math.min(a.size, b.size);
}

const VALUE_FEATURES = {
  agrees: ['valuesAgree', 'valuesClose', 'valuesEqual'].map((n) => FEATURE_NAMES.indexOf(n as FeatureName)),
  specific: FEATURE_NAMES.indexOf('specificAgree'),
  /** What the index says of a value (how rare it is, how many sources state it): the agreeing fact's. */
  ofValue: ['rareValueAgree', 'consensus'].map((n) => FEATURE_NAMES.indexOf(n as FeatureName)),
  equalAndMeasure: FEATURE_NAMES.indexOf('equalAndMeasure'),
  equalAndContext: FEATURE_NAMES.indexOf('equalAndContext'),
  equalAndDocument: FEATURE_NAMES.indexOf('equalAndDocument'),
  documentSimilarity: FEATURE_NAMES.indexOf('documentSimilarity'),
};

/**
 * The features of a disagreeing pair as they would be had its fact stated the figure's value:
 * every feature that reads the values set as for an equal value, those that read the index's
 * view of the value taken from `agreeing` (a fact that does state it). What the corroboration model
 * then gives is the chance that the fact states the figure's claim with another value — a conflict
 * (docs/decisions/042).
 */
export function asIfAgreeing(x: readonly number[], figure: Figure, agreeing: readonly number[]): number[] {
  const y = [...x];
  for (const i of VALUE_FEATURES.agrees) y[i] = 1;
  y[VALUE_FEATURES.specific] = specificity(figure);
  for (const i of VALUE_FEATURES.ofValue) y[i] = agreeing[i]!;
  // The "equal and …" features as `pairFeatures` makes them for an equal value (keep the two alike).
  y[VALUE_FEATURES.equalAndMeasure] = Math.max(x[MEASURE_SIMILAR]!, x[WINDOW_OVERLAP]!);
  y[VALUE_FEATURES.equalAndContext] = x[CONTEXT_COSINE]!;
  y[VALUE_FEATURES.equalAndDocument] = x[VALUE_FEATURES.documentSimilarity]!;
  return y;
}

/** How near two values are, 1 when equal, 0 at ten times apart (dates: 0 at a month apart). */
function closeness(a: Figure, b: Figure): number {
  if (a.kind === 'date' && a.time && b.time) return Math.max(0, 1 - Math.abs(Date.parse(a.time.from) - Date.parse(b.time.from)) / (30 * 86_400_000));
  if (a.value <= 0 || b.value <= 0) return a.value === b.value ? 1 : 0;
  return Math.max(0, 1 - Math.abs(Math.log(a.value / b.value)) / Math.LN10);
}

/** How unlikely a value is to recur by chance: 1 for three or more significant digits ("2,719", "228.1"), 0 for one ("40", "20"). */
export function specificity(f: Figure): number {
  if (f.kind === 'date' || f.kind === 'year') return f.kind === 'date' ? 1 : 0;
  const digits = String(f.text.match(/\d[\d,.]*/)?.[0] ?? '').replace(/[,.]/g, '').replace(/0+$/, '');
  return digits.length >= 3 ? 1 : digits.length === 2 ? 0.5 : 0;
}
