/**
 * How far two blind human labellers agree (test/agreement/README.md): a second labeller's labels of
 * a sample of corpus pages are scored against the corpus's labels with the measures the engine is
 * scored by, as if the second labeller were an engine — a `corroborates` label a corroborated
 * verdict, a `related` one a related mark, `none` no mark. That is the ceiling a target set against
 * one labeller's labels can be read against. Training and test topics are reported apart. With
 * `--engine`, the engine is scored on the same pages: a training topic held out (weights learned on
 * the other training topics, as `npm run eval`), a test topic with the model learned on them all.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod/mini';
import type { CheckedFigure, Verdict } from '../../core/model';
import { unwrapLines } from '../lib/article-text';
import { corpusLabelsSchema, loadCorpusTopic, readJson, splitOf, type CorpusLabel, type CorpusTopic } from '../lib/corpus';
import { alignFigures, placeLabels, type PlacedLabel } from './align';
import { decidePage, heldOutFolds, corpusTopics } from './eval';
import { learn } from './learn';
import { addTally, emptyTally, measures, isStrong, rightDirection, tallyPage, type Tally } from './metrics';
import { formatRow, HEADER } from './table';
import { loadTopicData, type TopicData } from './topic-data';
import type { ModelWeights } from '../../core/evidence/model';

/** test/agreement/<topic>/pages.json: the sampled page files of the corpus topic of that name. */
export const agreementPagesSchema = z.array(z.string().check(z.regex(/\.txt$/)));

/** One topic's second labelling: the sample and both labellers' labels of it. */
export interface AgreementTopic {
  topic: CorpusTopic;
  pages: string[];
  second: CorpusLabel[];
}

/** Reads test/agreement/<name> and the corpus topic it samples. Throws naming the file and field. */
export function loadAgreementTopic(dir: string, corpusRoot = 'test/corpus'): AgreementTopic {
  const name = dir.split('/').filter(Boolean).pop()!;
  const topic = loadCorpusTopic(join(corpusRoot, name));
  const pages = readJson(join(dir, 'pages.json'), agreementPagesSchema);
  const second = readJson(join(dir, 'labels.json'), corpusLabelsSchema);
  for (const p of pages) if (!topic.pages.some((q) => q.file === p)) throw new Error(`${join(dir, 'pages.json')}: ${p} is not a page of ${name}`);
  for (const l of second) if (!pages.includes(l.page)) throw new Error(`${join(dir, 'labels.json')}: a label of ${l.page}, which is not in the sample`);
  return { topic, pages, second };
}

const VERDICT_OF: Record<CorpusLabel['expected'], Verdict | null> = { corroborates: 'corroborated', conflicts: 'conflicting', mixed: 'mixed', related: 'related', none: null };

/**
 * A labeller's labels of one page read as an engine's marks: every placed label that expects a
 * relation. Only a mark's span and verdict are filled: all that aligning and tallying read.
 */
export function labelsAsMarks(placed: readonly PlacedLabel[]): CheckedFigure[] {
  return placed
    .filter((p) => p.start >= 0 && VERDICT_OF[p.label.expected])
    .map((p) => ({ start: p.start, end: p.end, verdict: VERDICT_OF[p.label.expected]! }) as unknown as CheckedFigure);
}

/** The text of a corpus page as the engine and the labels' placing read it. */
function pageText(topic: CorpusTopic, file: string): string {
  return unwrapLines(readFileSync(join(topic.dir, 'pages', file), 'utf8'));
}

/** One sampled page with both labellings placed in its text as the engine reads it. */
interface PlacedPage {
  page: CorpusTopic['pages'][number];
  corpus: PlacedLabel[];
  second: PlacedLabel[];
}

/** The topic's sampled pages, each read once with both labellings placed. */
function placedPages(a: AgreementTopic): PlacedPage[] {
  return a.pages.map((file) => {
    const text = pageText(a.topic, file);
    return {
      page: a.topic.pages.find((p) => p.file === file)!,
      corpus: placeLabels(text, a.topic.labels.filter((l) => l.page === file)),
      second: placeLabels(text, a.second.filter((l) => l.page === file)),
    };
  });
}

/** Each mention both labellers placed: a corpus label and the second label whose span overlaps it. */
function pairedMentions(a: AgreementTopic): Array<{ file: string; corpus: CorpusLabel; second: CorpusLabel }> {
  return placedPages(a).flatMap(({ page, corpus, second }) =>
    corpus.flatMap((c) => {
      const s = second.find((p) => p.start >= 0 && p.start < c.end && c.start < p.end);
      return c.start < 0 || !s ? [] : [{ file: page.file, corpus: c.label, second: s.label }];
    }),
  );
}

/**
 * One labeller scored against the other on a topic's sample: `judge` gives the marks, the other
 * labelling the labels. Also counts the judge's labels whose quote was not found.
 */
export function scoreLabeller(a: AgreementTopic, judge: 'second' | 'corpus'): { tally: Tally; unplaced: number } {
  const tally = emptyTally();
  let unplaced = 0;
  for (const { page, corpus, second } of placedPages(a)) {
    const [marks, reference] = judge === 'second' ? [second, corpus] : [corpus, second];
    unplaced += marks.filter((p) => p.start < 0).length;
    tallyPage(tally, { page, ...alignFigures(labelsAsMarks(marks), reference) });
  }
  return { tally, unplaced };
}

/** Of the mentions both labellers placed on the same span, how often each pair of expected relations met. */
export function confusion(a: AgreementTopic): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of pairedMentions(a)) {
    const key = `${m.corpus.expected} → ${m.second.expected}`;
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** Each mention both labellers placed whose expected relations differ, as a line: page, figure, both labels' relation, tier and note. */
export function disagreements(a: AgreementTopic): string[] {
  return pairedMentions(a)
    .filter((m) => m.corpus.expected !== m.second.expected)
    .map(({ file, corpus: c, second: s }) => `${file} "${c.figure}": ${c.expected}/${c.tier} → ${s.expected}/${s.tier} — ${c.note} | ${s.note}`);
}

/** The engine's marks on a sample scored three ways: against each labeller, and against either. */
export interface EngineTallies {
  corpus: Tally;
  second: Tally;
  /** Strong verdicts, and those right by one labeller or the other. */
  either: { strong: number; right: number };
}

/**
 * Scores the engine's marks on a topic's sampled pages (`weights` learned without the topic)
 * against the corpus labels and against the second labeller, and counts its strong verdicts that one
 * labeller or the other calls right.
 */
export function engineTallies(a: AgreementTopic, topic: TopicData, weights: ModelWeights): EngineTallies {
  const out: EngineTallies = { corpus: emptyTally(), second: emptyTally(), either: { strong: 0, right: 0 } };
  for (const p of topic.pages) {
    if (!a.pages.includes(p.page.file)) continue;
    const marks = decidePage(topic, p, weights);
    const second = placeLabels(pageText(a.topic, p.page.file), a.second.filter((l) => l.page === p.page.file));
    const byCorpus = alignFigures(marks, p.placed);
    const bySecond = alignFigures(marks, second);
    tallyPage(out.corpus, { page: p.page, ...byCorpus });
    tallyPage(out.second, { page: p.page, ...bySecond });
    byCorpus.aligned.forEach((m, i) => {
      if (!isStrong(m.figure.verdict)) return;
      out.either.strong++;
      const labels = [m.label, bySecond.aligned[i]!.label];
      if (labels.some((l) => l && rightDirection(m.figure.verdict, l.expected))) out.either.right++;
    });
  }
  return out;
}

if (process.argv[1]?.endsWith('agreement.ts')) {
  const root = 'test/agreement';
  const all = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => loadAgreementTopic(join(root, d.name))).sort((x, y) => x.topic.meta.topic.localeCompare(y.topic.meta.topic));
  for (const split of ['train', 'test'] as const) {
    const topics = all.filter((a) => splitOf(a.topic.meta) === split);
    if (topics.length === 0) continue;
    console.log(`\n## The ${split === 'train' ? 'training' : 'test'} topics' sample`);
    for (const judge of ['second', 'corpus'] as const) {
      console.log(judge === 'second' ? '\nThe second labeller, scored against the corpus labels:\n' : '\nThe corpus labels, scored against the second labeller:\n');
      console.log(HEADER);
      const total = emptyTally();
      let unplaced = 0;
      for (const a of topics) {
        const s = scoreLabeller(a, judge);
        console.log(formatRow(a.topic.meta.topic, s.tally, measures(s.tally)));
        addTally(total, s.tally);
        unplaced += s.unplaced;
      }
      console.log(formatRow('**all**', total, measures(total)));
      console.log(`- labels whose quote was not found on the page: ${unplaced}`);
    }
    if (process.argv.includes('--disagreements')) {
      console.log('\nMentions the two labellers relate differently (corpus → second):');
      for (const a of topics) for (const d of disagreements(a)) console.log(`- ${a.topic.meta.topic} ${d}`);
    }
    const matrix = new Map<string, number>();
    for (const a of topics) for (const [k, n] of confusion(a)) matrix.set(k, (matrix.get(k) ?? 0) + n);
    console.log('\nExpected relations of the mentions both placed (corpus → second):');
    for (const [k, n] of [...matrix].sort((x, y) => y[1] - x[1])) console.log(`- ${k}: ${n}`);
    if (process.argv.includes('--engine')) printEngine(topics, split);
  }
}

/**
 * The engine on a split's sample, against both labellers: each training topic held out as `npm run
 * eval` does, each test topic checked with the model learned on every training topic.
 */
function printEngine(topics: readonly AgreementTopic[], split: 'train' | 'test'): void {
  const sampled = new Map(topics.map((a) => [a.topic.meta.topic, a]));
  const train = corpusTopics('test/corpus', 'train').map(loadTopicData);
  const rows: Array<[string, EngineTallies]> = [];
  if (split === 'train') {
    for (const { topic, weights } of heldOutFolds(train)) {
      const a = sampled.get(topic.name);
      if (a) rows.push([topic.name, engineTallies(a, topic, weights)]);
    }
  } else {
    const weights = learn(train, 'the training topics');
    for (const dir of corpusTopics('test/corpus', 'test')) {
      const a = [...sampled.values()].find((x) => x.topic.dir === dir);
      if (a) rows.push([a.topic.meta.topic, engineTallies(a, loadTopicData(dir), weights)]);
    }
  }
  const how = split === 'train' ? 'each topic held out (as `npm run eval`)' : 'learned on every training topic (as shipped)';
  for (const k of ['corpus', 'second'] as const) {
    console.log(k === 'corpus' ? `\nThe engine, ${how}, on the same pages, scored against the corpus labels:\n` : '\nThe same marks scored against the second labeller:\n');
    console.log(HEADER);
    const total = emptyTally();
    for (const [name, t] of rows) {
      console.log(formatRow(name, t[k], measures(t[k])));
      addTally(total, t[k]);
    }
    console.log(formatRow('**all**', total, measures(total)));
  }
  const strong = rows.reduce((n, [, t]) => n + t.either.strong, 0);
  const right = rows.reduce((n, [, t]) => n + t.either.right, 0);
  console.log(`\nStrong verdicts right by one labeller or the other: ${right}/${strong} (${(right / strong).toFixed(2)})`);
}
