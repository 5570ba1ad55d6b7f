/**
 * `npm run train`: learns the model from every training topic of the labelled corpus (not the
 * test topics, docs/decisions/044) and writes
 * core/evidence/weights.json (reviewed in git like code). Deterministic: the same corpus gives the
 * same file. `npm run eval` judges the same learning leave-one-topic-out, and on the test topics.
 */
import { writeFileSync } from 'node:fs';
import { parseWeights } from '../../core/evidence/model';
import { corpusTopics } from './eval';
import { learn } from './learn';
import { loadTopicData } from './topic-data';

const topics = corpusTopics().map(loadTopicData);
const weights = parseWeights(learn(topics, 'the training topics'));
writeFileSync('core/evidence/weights.json', `${JSON.stringify(weights, null, 1)}\n`);
console.log(`core/evidence/weights.json: thresholds ${JSON.stringify(weights.thresholds)}; ${weights.trainedOn}`);
