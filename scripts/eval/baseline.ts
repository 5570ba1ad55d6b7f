/**
 * `npx tsx scripts/eval/baseline.ts`: scores the engine as it ships (no learning) on every corpus
 * topic, with the measures of `npm run eval`. Used for the before/after of docs/ACCURACY.md.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkPage } from '../../core/match/check-page';
import { prepareIndex } from '../../core/match/prepare-index';
import { buildSeedIndex } from '../lib/build-seed-index';
import { loadCorpusTopic } from '../lib/corpus';
import { alignFigures, placeLabels } from './align';
import { readCorpusPages } from './corpus-pages';
import { addTally, emptyTally, measures, tallyPage } from './metrics';
import { formatRow, HEADER } from './table';

const root = 'test/corpus';
const total = emptyTally();
console.log(HEADER);
for (const name of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
  const topic = loadCorpusTopic(join(root, name));
  const prepared = prepareIndex(buildSeedIndex(join(topic.dir, 'seeds'), '2026-01-01T00:00:00Z'));
  const t = emptyTally();
  for (const input of readCorpusPages(topic)) {
    const check = checkPage(prepared, input.text, input.meta);
    const labels = topic.labels.filter((l) => l.page === input.page.file);
    tallyPage(t, { page: input.page, ...alignFigures(check.figures, placeLabels(input.text, labels)) });
  }
  console.log(formatRow(name, t, measures(t)));
  addTally(total, t);
}
console.log(formatRow('all', total, measures(total)));
