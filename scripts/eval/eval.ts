/**
 * `npm run eval`: leave-one-topic-out evaluation. For each training topic of test/corpus, the model
 * is learned on the other training topics and the held-out one is checked with it; the table gives,
 * per topic and overall, core recall, precision of strong verdicts, conflict recall, marks on
 * negative controls, and strong verdicts on figures of another event (docs/ACCURACY.md). A second
 * table checks the test topics (`split: "test"`, never learned from) with the model learned on
 * every training topic, as `npm run train` ships it (docs/decisions/044).
 * `--topics=a,b` limits the run to some training topics (each still held out against the others
 * given); `--all-topics` holds out every topic, test ones too, against all the others.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { decideFigure, pageSupport } from '../../core/evidence/decide';
import type { CheckedFigure } from '../../core/model';
import type { ModelWeights } from '../../core/evidence/model';
import type { BoostOptions } from '../../core/evidence/boosted';
import { alignFigures } from './align';
import { learn, WRONG_COST } from './learn';
import { addTally, emptyTally, measures, tallyPage, type Tally } from './metrics';
import { formatRow, HEADER } from './table';
import { loadTopicData, type TopicData } from './topic-data';
import { topicSplit, type CorpusSplit } from '../lib/corpus';

/** The tally of one topic's pages checked with `weights`. */
export function scoreTopic(topic: TopicData, weights: ModelWeights): Tally {
  const t = emptyTally();
  for (const p of topic.pages) tallyPage(t, { page: p.page, ...alignFigures(decidePage(topic, p, weights), p.placed) });
  return t;
}

/** The marks the engine gives one page of a topic with `weights`. */
export function decidePage(topic: TopicData, p: TopicData['pages'][number], weights: ModelWeights): CheckedFigure[] {
  const support = pageSupport(p.figures, weights);
  return p.figures.map((f) => decideFigure(topic.prepared, f, weights, {}, support)).filter((f): f is CheckedFigure => f !== null);
}

/**
 * Leave one topic out: each topic of `topics` in turn, with the weights learned on the others and
 * its tally checked with them, yielded as each fold is done. `boost` as in `learn`.
 */
export function* heldOutFolds(topics: readonly TopicData[], boost: Partial<BoostOptions> = {}): Generator<{ topic: TopicData; weights: ModelWeights; tally: Tally }> {
  for (const topic of topics) {
    const weights = learn(topics.filter((o) => o !== topic), `without ${topic.name}`, boost);
    yield { topic, weights, tally: scoreTopic(topic, weights) };
  }
}

/** The topic folders of the corpus. */
export function corpusTopics(root = 'test/corpus', split: CorpusSplit | 'all' = 'train'): string[] {
  const dirs = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => join(root, d.name)).sort();
  return split === 'all' ? dirs : dirs.filter((d) => topicSplit(d) === split);
}

/** The tally of each test topic checked with the model learned on every training topic, and their total. */
export function scoreTestTopics(train: readonly TopicData[], test: readonly TopicData[]): { weights: ModelWeights; rows: Array<{ topic: TopicData; tally: Tally }>; total: Tally } {
  const weights = learn(train, 'the training topics');
  const total = emptyTally();
  const rows = test.map((topic) => ({ topic, tally: scoreTopic(topic, weights) }));
  for (const { tally } of rows) addTally(total, tally);
  return { weights, rows, total };
}

if (process.argv[1]?.endsWith('eval.ts')) {
  const only = process.argv.find((a) => a.startsWith('--topics='))?.slice('--topics='.length).split(',');
  const allTopics = process.argv.includes('--all-topics');
  const dirs = corpusTopics('test/corpus', allTopics ? 'all' : 'train').filter((d) => !only || only.some((o) => d.endsWith(`/${o}`)));
  const topics = dirs.map(loadTopicData);
  const total = emptyTally();
  const folds: string[] = [];
  console.log(HEADER);
  for (const { topic, weights, tally: t } of heldOutFolds(topics)) {
    console.log(formatRow(topic.name, t, measures(t)));
    addTally(total, t);
    const th = weights.thresholds;
    folds.push(`${topic.name}: corroborate ${th.corroborate}, conflict ${th.conflict}, related ${th.related}, counterpart ${th.counterpart} (near values ${th.nearValues}), supported ${th.supported} (support ${th.support}); score ${costScore(t)}`);
  }
  console.log(formatRow('**all (held out)**', total, measures(total)));
  // The thresholds each fold chose move its row as much as most changes do (docs/decisions/039):
  // printed so that a difference between two runs can be traced to them.
  console.log(`\nEach fold's thresholds, and its score (+1 per right strong verdict, -${WRONG_COST} per wrong one):`);
  for (const line of folds) console.log(`- ${line}`);
  console.log(`- all: score ${costScore(total)}; ${conflictCardScore(total)} with each wrong conflict card charged twice`);
  if (!only && !allTopics) {
    const { weights, rows, total: tested } = scoreTestTopics(topics, corpusTopics('test/corpus', 'test').map(loadTopicData));
    console.log(`\nThe test topics, never learned from, checked with the model learned on every training topic (thresholds ${JSON.stringify(weights.thresholds)}):\n`);
    console.log(HEADER);
    for (const { topic, tally } of rows) console.log(formatRow(topic.name, tally, measures(tally)));
    console.log(formatRow('**all test topics**', tested, measures(tested)));
    console.log(`- score ${costScore(tested)}; ${conflictCardScore(tested)} with each wrong conflict card charged twice`);
  }
}

/**
 * Right strong verdicts less `WRONG_COST` per wrong one (docs/ACCURACY.md's score). Threshold
 * selection (learn.ts) weighs the same costs but credits only core labels, and charges more on
 * negative-control pages and for wrong conflicts.
 */
export function costScore(t: Tally): number {
  return t.strongRight - WRONG_COST * (t.strong - t.strongRight);
}

/**
 * `costScore` less `WRONG_COST` again for each conflicting or mixed verdict on a figure not labelled
 * a conflict: a wrong conflict card misleads a reader more than a wrong corroboration, as threshold
 * selection already counts it. Printed beside `costScore`, which keeps the sessions' scores comparable.
 */
export function conflictCardScore(t: Tally): number {
  return costScore(t) - WRONG_COST * (t.conflictGiven - t.conflictGivenRight);
}
