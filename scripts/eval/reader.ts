/**
 * `npx tsx scripts/eval/reader.ts`: what a reader gets who adds a corpus topic's seeds as their
 * own sources, beside the bundled index, and reads the topic's pages — the product's path, not the
 * engine's alone (docs/decisions/033). For each topic other than the bundled one, held out:
 * - *before*: every source checked by the rule matcher (the bundled seeds and the reader's merged,
 *   as the background did until decision 033);
 * - *after*: the bundled seeds checked by the rule matcher and, where it gives no strong verdict, by
 *   the evidence engine (decision 035), the reader's by the evidence engine, with weights learned
 *   without the topic, their figures merged per span (`core/check`).
 * Same measures and table as `npm run eval`. `--test-topics` reads the test topics instead, with the
 * weights learned on every training topic (docs/decisions/044).
 */
import { join } from 'node:path';
import seedIndex from '../../core/generated/seed-index.json';
import { checkWithEngines, viewForEngines, type PreparedEngines } from '../../core/check/engines';
import { checkInPieces } from '../../core/match/check-pieces';
import { prepareIndex as prepareEvidence } from '../../core/evidence/evidence-index';
import { assembleIndex, sourceEntries } from '../../core/index/assemble-index';
import { checkPage } from '../../core/match/check-page';
import { prepareIndex } from '../../core/match/prepare-index';
import type { FactIndex } from '../../core/model';
import { readerSourceEntries } from '../lib/build-seed-index';
import { loadCorpusTopic } from '../lib/corpus';
import { alignFigures } from './align';
import { readCorpusPages } from './corpus-pages';
import { corpusTopics } from './eval';
import { learn } from './learn';
import { addTally, emptyTally, measures, tallyPage, type Tally } from './metrics';
import { formatRow, HEADER } from './table';
import { loadTopicData, type TopicData } from './topic-data';
import type { ModelWeights } from '../../core/evidence/model';

const bundled = seedIndex as unknown as FactIndex;
let preparedRules: ReturnType<typeof prepareIndex> | null = null;
let preparedEvidence: ReturnType<typeof prepareEvidence> | null = null;

/**
 * One topic read by a reader who added its seeds: before and after decision 033, with `weights`
 * learned without it (each tally also counts the conflicting and mixed verdicts given, and how many
 * are right: `conflictGiven`, `conflictGivenRight`).
 */
export interface ReaderPath {
  before: Tally;
  after: Tally;
}

/** Whether a topic is the bundled one (its seeds are the bundled index: nothing for a reader to add). */
export function isBundledTopic(topic: TopicData): boolean {
  return bundled.sources.some((s) => topic.prepared.sources.has(s.file));
}

/** Scores the reader's path on one topic (read from `dir`), the evidence engine weighing with `weights`. */
export function readerPath(topic: TopicData, dir: string, weights: ModelWeights): ReaderPath {
  const bundledRules = (preparedRules ??= prepareIndex(bundled));
  const bundledEvidence = (preparedEvidence ??= prepareEvidence(bundled));
  // Read as the options page read a page added as a source until decision 033: the shipped extractor's figures.
  const user = readerSourceEntries(join(dir, 'seeds'), bundled.builtAt, {});
  const mergedRules = prepareIndex(assembleIndex([...sourceEntries(bundled), ...user], bundled.builtAt));
  const inputs = readCorpusPages(loadCorpusTopic(dir));
  // As the extension checks it (core/check): the seeds by both engines, the reader's by the evidence engine.
  const engines: PreparedEngines = { rules: bundledRules, seedEvidence: { ...bundledEvidence, weights }, evidence: { ...topic.prepared, weights } };
  const out: ReaderPath = { before: emptyTally(), after: emptyTally() };
  for (const [k, p] of topic.pages.entries()) {
    const input = inputs[k]!;
    tallyPage(out.before, { page: p.page, ...alignFigures(checkPage(mergedRules, input.text, input.meta).figures, p.placed) });
    const view = viewForEngines(engines, input.meta, input.text);
    const now = checkInPieces(input.text, (piece) => checkWithEngines(engines, piece, input.meta, view));
    tallyPage(out.after, { page: p.page, ...alignFigures(now, p.placed) });
  }
  return out;
}

if (process.argv[1]?.endsWith('reader.ts')) {
  const testTopics = process.argv.includes('--test-topics');
  const trainDirs = corpusTopics();
  const train = trainDirs.map(loadTopicData);
  const dirs = testTopics ? corpusTopics('test/corpus', 'test') : trainDirs;
  const all = testTopics ? dirs.map(loadTopicData) : train;
  // A test topic is read with the shipped learning (every training topic), a training one held out.
  const shipped = testTopics ? learn(train, 'the training topics') : null;
  const before = emptyTally();
  const after = emptyTally();
  const rows: string[] = [];
  for (const [i, topic] of all.entries()) {
    if (isBundledTopic(topic)) continue;
    const r = readerPath(topic, dirs[i]!, shipped ?? learn(train.filter((o) => o !== topic), `without ${topic.name}`));
    rows.push(formatRow(`${topic.name}, before`, r.before, measures(r.before)), formatRow(`${topic.name}, after`, r.after, measures(r.after)));
    addTally(before, r.before);
    addTally(after, r.after);
  }
  console.log(HEADER);
  for (const r of rows) console.log(r);
  console.log(formatRow('**all, before**', before, measures(before)));
  console.log(formatRow('**all, after**', after, measures(after)));
  console.log(`\nConflicting or mixed verdicts (right / given): before ${before.conflictGivenRight} / ${before.conflictGiven}, after ${after.conflictGivenRight} / ${after.conflictGiven}`);
}
