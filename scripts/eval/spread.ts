/**
 * `npx tsx scripts/eval/spread.ts [--rounds=119,120,121]`: the leave-one-topic-out evaluation of
 * `npm run eval`, repeated with the trees' boosting rounds one fewer and one more — changes that
 * should change nothing. The spread of their scores is the noise a change must beat before its
 * table means anything (docs/ACCURACY.md, eighteenth session: 321–330 for the shipped learning).
 * A developer's tool; it never changes a label or the shipped weights.
 */
import { DEFAULT_BOOST } from '../../core/evidence/boosted';
import { corpusTopics, costScore, heldOutFolds } from './eval';
import { addTally, emptyTally, measures } from './metrics';
import { loadTopicData } from './topic-data';

const arg = process.argv.find((a) => a.startsWith('--rounds='))?.slice('--rounds='.length);
const rounds = arg ? arg.split(',').map(Number) : [DEFAULT_BOOST.rounds - 1, DEFAULT_BOOST.rounds, DEFAULT_BOOST.rounds + 1];
const topics = corpusTopics().map(loadTopicData);
const scores: number[] = [];
for (const r of rounds) {
  const total = emptyTally();
  const perTopic: string[] = [];
  for (const { topic, tally: t } of heldOutFolds(topics, { rounds: r })) {
    addTally(total, t);
    perTopic.push(`${topic.name.split('-')[0]} ${costScore(t)}`);
  }
  const m = measures(total);
  const score = costScore(total);
  scores.push(score);
  console.log(
    `rounds ${r}: score ${score}; core recall ${m.coreRecall!.toFixed(3)} (${total.coreRight}/${total.coreWanted}), precision ${m.precision!.toFixed(3)} (${total.strongRight}/${total.strong}), ` +
      `conflicts ${total.conflictRight}/${total.conflictWanted} (${total.conflictGivenRight} of ${total.conflictGiven} cards right), negative marks ${m.negativeMarks}; ${perTopic.join(', ')}`,
  );
}
const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
console.log(`score mean ${mean.toFixed(1)}, spread ${Math.max(...scores) - Math.min(...scores)} (${scores.join(', ')})`);
