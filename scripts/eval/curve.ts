/**
 * `npx tsx scripts/eval/curve.ts [--logistic]`: the corroboration threshold's trade-off, held out —
 * core recall, precision and marks on negative controls at each threshold, every topic scored by a
 * model learned without it, and the best recall at a precision of at least 0.85 and 0.9. Compares
 * models without the thresholds each fold picks. With `--in-sample`, one model learned on every
 * topic scores them all: how far the features can follow the labels at all, the ceiling the
 * held-out curve sits under. A developer's tool; it never changes a label.
 */
import { learn } from './learn';
import { addTally, emptyTally, measures } from './metrics';
import { loadTopicData } from './topic-data';
import { corpusTopics, scoreTopic } from './eval';
const topics = corpusTopics().map(loadTopicData);
const inSample = process.argv.includes('--in-sample') ? learn(topics, 'in sample') : null;
const learned = topics.map((t) => inSample ?? learn(topics.filter((o) => o !== t), 'x'));
const rows: Array<[number, number, number, number]> = [];
for (const c of [0.3, 0.4, 0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.925, 0.95, 0.975]) {
  const total = emptyTally();
  topics.forEach((topic, k) => addTally(total, scoreTopic(topic, { ...learned[k]!, thresholds: { ...learned[k]!.thresholds, corroborate: c } })));
  const m = measures(total);
  rows.push([c, m.coreRecall!, m.precision!, m.negativeMarks]);
}
const at = (p: number) => Math.max(0, ...rows.filter((r) => r[2] >= p).map((r) => r[1]));
console.log(rows.map((r) => `${r[0]}: ${r[1].toFixed(3)}/${r[2].toFixed(3)}/${r[3]}`).join('  '));
console.log(`recall at precision>=0.85: ${at(0.85).toFixed(3)}; >=0.9: ${at(0.9).toFixed(3)}`);
