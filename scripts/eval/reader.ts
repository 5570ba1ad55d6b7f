/**
 * `npx tsx scripts/eval/reader.ts`: what a reader gets who adds a corpus topic's seeds as their
 * own sources, beside the bundled index, and reads the topic's pages — the product's path, not the
 * engine's alone (docs/decisions/033). For each topic other than the bundled one, held out:
 * - *before*: every source checked by the rule matcher (the bundled seeds and the reader's merged,
 *   as the background did until decision 033);
 * - *after*: the bundled seeds checked by the rule matcher, the reader's by the evidence engine with
 *   weights learned without the topic, their figures merged per span (`core/check`).
 * Same measures and table as `npm run eval`.
 */
import { join } from 'node:path';
import seedIndex from '../../core/generated/seed-index.json';
import { mergeFigures } from '../../core/check/merge-figures';
import { decideFigure } from '../../core/evidence/decide';
import { assembleIndex, sourceEntries } from '../../core/index/assemble-index';
import { checkPage } from '../../core/match/check-page';
import { prepareIndex } from '../../core/match/prepare-index';
import type { CheckedFigure, FactIndex } from '../../core/model';
import { buildSeedIndex } from '../lib/build-seed-index';
import { loadCorpusTopic } from '../lib/corpus';
import { alignFigures, type AlignedFigure } from './align';
import { readCorpusPages } from './corpus-pages';
import { corpusTopics } from './eval';
import { learn } from './learn';
import { addTally, emptyTally, measures, tallyPage } from './metrics';
import { formatRow, HEADER } from './table';
import { loadTopicData } from './topic-data';

const bundled = seedIndex as unknown as FactIndex;
const bundledRules = prepareIndex(bundled);
const all = corpusTopics().map(loadTopicData);
const before = emptyTally();
const after = emptyTally();
/** Conflicting or mixed verdicts given, and those whose label expects a conflict: "a card that says conflicts must be right". */
const conflicts = { before: [0, 0], after: [0, 0] };
function countConflicts(into: number[], aligned: readonly AlignedFigure[]): void {
  for (const a of aligned) {
    if (a.figure.verdict !== 'conflicting' && a.figure.verdict !== 'mixed') continue;
    into[0]! += 1;
    if (a.label?.expected === 'conflicts' || a.label?.expected === 'mixed') into[1]! += 1;
  }
}
const rows: string[] = [];
for (const [i, topic] of all.entries()) {
  const dir = corpusTopics()[i]!;
  // The bundled topic is the bundled index itself: nothing for a reader to add.
  if (bundled.sources.some((s) => topic.prepared.sources.has(s.file))) continue;
  const user = sourceEntries(buildSeedIndex(join(dir, 'seeds'), bundled.builtAt)).map((e) => ({ ...e, source: { ...e.source, origin: 'user' as const } }));
  const mergedRules = prepareIndex(assembleIndex([...sourceEntries(bundled), ...user], bundled.builtAt));
  const weights = learn(all.filter((o) => o !== topic), `without ${topic.name}`);
  const inputs = readCorpusPages(loadCorpusTopic(dir));
  const b = emptyTally();
  const a = emptyTally();
  for (const [k, p] of topic.pages.entries()) {
    const input = inputs[k]!;
    const old = alignFigures(checkPage(mergedRules, input.text, input.meta).figures, p.placed);
    tallyPage(b, { page: p.page, ...old });
    countConflicts(conflicts.before, old.aligned);
    const fromEvidence = p.figures.map((f) => decideFigure(topic.prepared, f, weights)).filter((f): f is CheckedFigure => f !== null);
    const fromRules = checkPage(bundledRules, input.text, input.meta).figures;
    const now = alignFigures(mergeFigures(fromRules, fromEvidence), p.placed);
    tallyPage(a, { page: p.page, ...now });
    countConflicts(conflicts.after, now.aligned);
  }
  rows.push(formatRow(`${topic.name}, before`, b, measures(b)), formatRow(`${topic.name}, after`, a, measures(a)));
  addTally(before, b);
  addTally(after, a);
}
console.log(HEADER);
for (const r of rows) console.log(r);
console.log(formatRow('**all, before**', before, measures(before)));
console.log(formatRow('**all, after**', after, measures(after)));
console.log(`\nConflicting or mixed verdicts (right / given): before ${conflicts.before[1]} / ${conflicts.before[0]}, after ${conflicts.after[1]} / ${conflicts.after[0]}`);
