/**
 * Accuracy on one training topic of the labelled corpus, held out: the model is learned on the six
 * other training topics and scores the seventh, which it never saw (one fold of `npm run eval`), both as the
 * evidence engine alone and as a reader who added the topic's articles as their own sources gets it
 * (the bundled seeds checked by the rule matcher beside them: `scripts/eval/reader.ts`, decision
 * 033). And on the eight test topics, which no model is learned from, with the learning `npm run
 * train` ships (docs/decisions/044). Fails when any falls below floors set just under what it
 * reaches (docs/ACCURACY.md has the full tables). Accuracy only: nothing here is timed.
 */
import { describe, expect, it } from 'vitest';
import { corpusTopics, scoreTestTopics, scoreTopic } from '../../scripts/eval/eval';
import { learn } from '../../scripts/eval/learn';
import { measures } from '../../scripts/eval/metrics';
import { readerPath } from '../../scripts/eval/reader';
import { loadTopicData } from '../../scripts/eval/topic-data';

const TOPIC = 'myanmar-quake-2025';

describe('the evidence engine on a topic it was not trained on', () => {
  it(`holds its floors on ${TOPIC}, learned from the six other topics, alone and on the reader's path`, () => {
    const dirs = corpusTopics();
    const topics = dirs.map(loadTopicData);
    const at = topics.findIndex((t) => t.name === TOPIC);
    const held = topics[at]!;
    const weights = learn(topics.filter((t) => t !== held), `without ${TOPIC}`);
    // Measured 2026-12-07 (decision 043: a source the page restates): core recall 0.71 (50/70),
    // precision 0.96 (86/90), no mark on a negative control (decision 039's: 0.69 (48/70), 0.95
    // (83/87); decision 033's model: 0.71 (50/70), 0.94 (84/89), one mark).
    const alone = measures(scoreTopic(held, weights));
    expect(alone.coreRecall).toBeGreaterThanOrEqual(0.7);
    expect(alone.precision).toBeGreaterThanOrEqual(0.95);
    expect(alone.negativeMarks).toBeLessThanOrEqual(1);
    // The reader's path: the same, and every conflict card right (the rule matcher for all sources
    // gave 0.04 / 0.57 here, and 4 conflict cards, none right).
    const reader = readerPath(held, dirs[at]!, weights);
    const after = measures(reader.after);
    expect(after.coreRecall).toBeGreaterThanOrEqual(0.68);
    expect(after.precision).toBeGreaterThanOrEqual(0.93);
    expect(after.negativeMarks).toBeLessThanOrEqual(1);
    expect(reader.after.conflictGivenRight).toBe(reader.after.conflictGiven);
  }, 600_000);

  it('finds the election topic’s conflicts held out, and every conflict card is right (decision 042)', () => {
    const topics = corpusTopics().map(loadTopicData);
    const held = topics.find((t) => t.name === 'india-election-2024')!;
    const weights = learn(topics.filter((t) => t !== held), 'without india-election-2024');
    // Measured 2026-12-07 (decision 043): core recall 0.84 (108/129), precision 0.91 (157/172),
    // conflict recall 0.19 (4/21), 4 conflicting or mixed verdicts given, all 4 on figures labelled
    // so (decision 042; 0 of 21 before it). Before decision 043: 0.71 (91/129), 0.93 (136/146).
    const t = scoreTopic(held, weights);
    const m = measures(t);
    expect(m.coreRecall).toBeGreaterThanOrEqual(0.82);
    expect(m.precision).toBeGreaterThanOrEqual(0.9);
    expect(t.conflictRight).toBeGreaterThanOrEqual(3);
    expect(t.conflictGivenRight).toBe(t.conflictGiven);
  }, 600_000);

  it('holds its floors on the test topics, with the model learned on every training topic as shipped (decision 044)', () => {
    const train = corpusTopics().map(loadTopicData);
    const test = corpusTopics('test/corpus', 'test').map(loadTopicData);
    expect(train.map((t) => t.name)).toEqual(['cop29-finance-2024', 'fed-cut-sept-2024', 'google-wiz-2025', 'india-election-2024', 'myanmar-quake-2025', 'wirtz-transfer-2025', 'xi-putin-summits']);
    expect(test.map((t) => t.name)).toEqual(['air-india-crash-2025', 'apple-eu-fine-2024', 'boeing-strike-2024', 'crowdstrike-outage-2024', 'tesla-q4-deliveries-2024', 'uk-election-2024', 'us-jobs-sept-2024', 'valencia-floods-2024']);
    // Measured 2026-12-07, the first run on these topics (labelled blind before any engine ran on
    // them): core recall 0.62 (321/521; 322/522 before a label two figures meet counted once), precision 0.88 (434/493), no mark on a negative control,
    // 3 conflicting or mixed verdicts, 1 on a figure labelled so.
    const m = measures(scoreTestTopics(train, test).total);
    expect(m.coreRecall).toBeGreaterThanOrEqual(0.6);
    expect(m.precision).toBeGreaterThanOrEqual(0.86);
    expect(m.negativeMarks).toBe(0);
  }, 600_000);
});
