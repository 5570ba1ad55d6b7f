/**
 * One corpus topic made ready for learning and scoring: its index built from its own seeds, each
 * page's figures weighed against it (the features do not depend on the weights, so this is done
 * once), and each weighed figure tied to its label. `examples()` turns that into the trainer's
 * rows: one per (figure, fact) pair, with the targets the labels give.
 */
import { join } from 'node:path';
import { FEATURE_NAMES } from '../../core/evidence/features';
import { EXTRACT, scorePage, viewPage } from '../../core/evidence/check-page';
import { mayConflict } from '../../core/evidence/decide';
import type { ScoredCandidate, ScoredFigure } from '../../core/evidence/scored-candidate';
import { prepareIndex, type PreparedIndex } from '../../core/evidence/evidence-index';
import { blankWeights } from '../../core/evidence/model';
import { buildSeedIndex } from '../lib/build-seed-index';
import { loadCorpusTopic, type CorpusLabel, type CorpusPage } from '../lib/corpus';
import { labelIndexes, placeLabels, type PlacedLabel } from './align';
import { readCorpusPages } from './corpus-pages';

/** A page of a topic with its weighed figures and its placed labels. */
export interface ScoredPage {
  page: CorpusPage;
  figures: ScoredFigure[];
  /** The label each weighed figure met (same order as `figures`), or null. */
  labelOf: Array<CorpusLabel | null>;
  placed: PlacedLabel[];
}

/** A topic, ready. */
export interface TopicData {
  name: string;
  prepared: PreparedIndex;
  pages: ScoredPage[];
}

/** Reads, indexes and weighs one topic. */
export function loadTopicData(dir: string): TopicData {
  const topic = loadCorpusTopic(dir);
  const prepared = prepareIndex(buildSeedIndex(join(dir, 'seeds'), '2026-01-01T00:00:00Z', EXTRACT), blankWeights('learned per fold'));
  const pages = readCorpusPages(topic).map((input) => {
    const view = viewPage(input.meta, input.text);
    const { figures } = scorePage(prepared, input.text, input.meta, view);
    const placed = placeLabels(input.text, topic.labels.filter((l) => l.page === input.page.file));
    const labelOf = labelIndexes(figures.map((f) => f.figure), placed).map((i) => (i >= 0 ? placed[i]!.label : null));
    return { page: input.page, figures, labelOf, placed };
  });
  return { name: topic.meta.topic, prepared, pages };
}

/** One training row: the features of a pair, whether its values agree, and its two targets. */
export interface Example {
  x: number[];
  agrees: boolean;
  /** Whether the pair could be a conflict (`mayConflict`): what the conflict model learns from. */
  mayConflict: boolean;
  same: number;
  measure: number;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Whether a fact stands in a seed sentence a label cites: one contains the other, or the sentence has the fact's figure and most of its words. */
export function inSentence(c: ScoredCandidate, sentence: string): boolean {
  const a = squash(c.fact.sentence);
  const b = squash(sentence);
  if (a.includes(b) || b.includes(a)) return true;
  if (!b.includes(squash(c.fact.text))) return false;
  const wa = new Set(a.toLowerCase().split(' '));
  const wb = b.toLowerCase().split(' ');
  return wb.filter((w) => wa.has(w)).length >= 0.6 * Math.min(wa.size, wb.length);
}

/**
 * The pairs of a weighed figure with their targets. A fact is the same claim as the figure when the
 * label cites its source and sentence as corroborating (and the values agree) or conflicting (and
 * they do not; of several such facts in the sentence, the one whose measure is nearest); it measures
 * the same thing when it is the same claim or the label cites it as related. Labels cite the seeds
 * that speak to a figure, not always every one: a pair the label cannot decide — a fact of a source
 * it does not cite whose value agrees, or a second statement of the cited value in a cited source —
 * is left out rather than taught as a negative (`null`).
 */
export function examplesOf(figure: ScoredFigure, label: CorpusLabel | null): Array<Example | null> {
  const rows: Array<Example | null> = figure.candidates.map((c) => ({ x: c.features, agrees: c.agrees, mayConflict: mayConflict(c), same: 0, measure: 0 }));
  if (!label) return rows;
  const decided = new Set<number>();
  /** Per source, the values the label cites it for as a conflict. */
  const conflictValues = new Map<string, Set<number>>();
  for (const support of label.seed_support) {
    const hits = figure.candidates.map((c, i) => [c, i] as const).filter(([c]) => c.fact.source === support.source && inSentence(c, support.sentence));
    if (support.relation === 'corroborates') {
      for (const [c, i] of hits) {
        if (!c.agrees) continue;
        rows[i] = { ...rows[i]!, same: 1, measure: 1 };
        decided.add(i);
      }
    } else {
      const pool = hits.filter(([c]) => support.relation === 'related' || !c.agrees);
      const nearest = pool.reduce<(typeof pool)[number] | null>((b, h) => (!b || closeness(h[0]) > closeness(b[0]) ? h : b), null);
      if (!nearest) continue;
      rows[nearest[1]] = { ...rows[nearest[1]]!, same: support.relation === 'conflicts' ? 1 : 0, measure: 1 };
      decided.add(nearest[1]);
      if (support.relation === 'conflicts') {
        let v = conflictValues.get(support.source);
        if (!v) conflictValues.set(support.source, (v = new Set()));
        v.add(nearest[0].fact.value);
      }
    }
  }
  if (label.expected !== 'none') {
    const cited = new Set(label.seed_support.map((s) => s.source));
    figure.candidates.forEach((c, i) => {
      if (decided.has(i)) return;
      // Another source the label leaves out, or the cited source saying the same value again: undecided.
      if (c.agrees && (!cited.has(c.fact.source) || c.fact.value === figure.figure.value)) rows[i] = null;
      // The cited source stating its conflicting value again, in another sentence: undecided too.
      else if (conflictValues.get(c.fact.source)?.has(c.fact.value)) rows[i] = null;
      else if (!cited.has(c.fact.source) && label.expected !== 'corroborates') rows[i] = null;
    });
  }
  return rows;
}

const MEASURE_SIMILAR = FEATURE_NAMES.indexOf('measureSimilar');
const VALUES_CLOSE = FEATURE_NAMES.indexOf('valuesClose');

/** How near a candidate's measure and value are to the figure's. */
function closeness(c: ScoredCandidate): number {
  return c.features[MEASURE_SIMILAR]! + c.features[VALUES_CLOSE]!;
}

/** Every training row of some topics (pairs the labels leave undecided are left out). */
export function examples(topics: readonly TopicData[]): Example[] {
  return topics.flatMap((t) => t.pages.flatMap((p) => p.figures.flatMap((f, i) => examplesOf(f, p.labelOf[i] ?? null).filter((e): e is Example => e !== null))));
}
