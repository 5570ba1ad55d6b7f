/**
 * `npx tsx scripts/eval/bundled.ts`: the bundled topic's real pages (test/corpus/xi-putin-summits)
 * checked as the extension checks them with its bundled seeds (docs/decisions/035: the rules'
 * strong verdicts, else the evidence engine's, an undated page dated by its content), beside each
 * engine alone. The evidence engine's weights are learned without the topic. The rule
 * matcher was written on these seeds, so the topic is not blind for it (docs/ACCURACY.md). Same
 * measures and table as `npm run eval`.
 */
import seedIndex from '../../core/generated/seed-index.json';
import { checkWithEngines, viewForEngines, type PreparedEngines } from '../../core/check/engines';
import { checkInPieces } from '../../core/match/check-pieces';
import { checkPage as checkEvidence, viewPage } from '../../core/evidence/check-page';
import { prepareIndex as prepareEvidence } from '../../core/evidence/evidence-index';
import { checkPage as checkRules } from '../../core/match/check-page';
import { prepareIndex as prepareRules } from '../../core/match/prepare-index';
import type { FactIndex } from '../../core/model';
import { loadCorpusTopic } from '../lib/corpus';
import { alignFigures } from './align';
import { readCorpusPages } from './corpus-pages';
import { corpusTopics } from './eval';
import { learn } from './learn';
import { emptyTally, measures, tallyPage } from './metrics';
import { isBundledTopic } from './reader';
import { formatRow, HEADER } from './table';
import { loadTopicData } from './topic-data';

const bundled = seedIndex as unknown as FactIndex;
const dirs = corpusTopics();
const all = dirs.map(loadTopicData);
const at = all.findIndex(isBundledTopic);
const topic = all[at]!;
const rules = prepareRules(bundled);
const evidence = prepareEvidence(bundled, learn(all.filter((t) => t !== topic), `without ${topic.name}`));
const tallies = { 'rule matcher alone': emptyTally(), 'evidence engine alone': emptyTally(), 'both (the extension, decision 035)': emptyTally() };
const inputs = readCorpusPages(loadCorpusTopic(dirs[at]!));
const engines: PreparedEngines = { rules, seedEvidence: evidence, evidence: null };
for (const [k, p] of topic.pages.entries()) {
  const { text, meta } = inputs[k]!;
  const fromRules = checkRules(rules, text, meta).figures;
  const fromEvidence = checkEvidence(evidence, text, meta, viewPage(meta, text)).figures;
  const view = viewForEngines(engines, meta, text);
  const runs = [fromRules, fromEvidence, checkInPieces(text, (piece) => checkWithEngines(engines, piece, meta, view))];
  Object.values(tallies).forEach((t, i) => tallyPage(t, { page: p.page, ...alignFigures(runs[i]!, p.placed) }));
}
console.log(`${topic.name}, ${topic.pages.length} pages\n${HEADER}`);
for (const [name, t] of Object.entries(tallies)) console.log(formatRow(name, t, measures(t)));
