/**
 * `npx tsx scripts/bench/reader-sources.ts`: what the reader's own sources cost the background
 * (docs/decisions/033, 035). The bundled index is checked by both engines, a synthetic index of
 * the reader's sources (the seeds' shape, `synthetic-index.ts`) of 0, 1,000, 10,000 and 100,000
 * facts by the evidence engine; first, side by side, the rule matcher alone on the seeds (what ran
 * for a reader without sources before decision 035). Prints, per size, the time to prepare both engines (once per
 * change of the reader's sources) and the median of 5 checks of a short fixture page (view and
 * check), then of the first 500,000 characters of the flat page (`pages.ts`), checked in pieces
 * as the background checks it (once). `N=10000` runs one size.
 *
 * Then, side by side in alternating rounds on those 500,000 characters (a reader without sources
 * of their own): the rule matcher alone, both engines with the seeds' evidence check in full (as
 * before decision 037: its `related` figures made, then dropped) and both as the extension checks
 * (the seeds' evidence check for strong verdicts only). `ROUNDS=7` sets the rounds (default 5).
 */
import { readFileSync } from 'node:fs';
import seed from '../../core/generated/seed-index.json';
import { checkWithEngines, enginesFor, prepareEngines, viewForEngines, type EngineIndexes, type EnginesView, type PreparedEngines } from '../../core/check/engines';
import { rulesThenEvidence } from '../../core/check/merge-figures';
import * as evidence from '../../core/evidence/check-page';
import * as rules from '../../core/match/check-page';
import { sourceEntries } from '../../core/index/assemble-index';
import { checkInPieces } from '../../core/match/check-pieces';
import type { CheckedFigure, FactIndex, PageMeta } from '../../core/model';
import { articleText } from '../lib/article-text';
import { flatPage } from './pages';
import { syntheticIndex } from './synthetic-index';

const bundled = seed as unknown as FactIndex;
const file = 'test/fixtures/pages/may2026-42-agreements-conflict.html';
const url = 'https://news.test/may2026-42';
const { text, meta } = articleText(file, readFileSync(file, 'utf8'), url);
const pageMeta = { ...meta!, url };
const longText = articleText('flat.html', flatPage().cliHtml(), 'https://news.test/flat').text.slice(0, 500_000);

/** The synthetic index as the reader's own sources: other file names than the bundled seeds'. */
function readerIndex(size: number): FactIndex | null {
  if (size === 0) return null;
  const ix = syntheticIndex(bundled, size);
  return { ...ix, sources: ix.sources.map((s) => ({ ...s, file: `user-${s.file}`, origin: 'user' as const })), facts: ix.facts.map((f) => ({ ...f, source: `user-${f.source}` })) };
}

/** The runs: the rule matcher alone on the seeds (before decision 035), then each size as the extension checks it. */
const runs: Array<[string, number]> = process.env.N ? [[process.env.N, Number(process.env.N)]] : [['0, the rule matcher alone (before decision 035)', -1], ['0', 0], ['1,000', 1_000], ['10,000', 10_000], ['100,000', 100_000]];
for (const [name, size] of runs) {
  const reader = size > 0 ? readerIndex(size) : null;
  const indexes: EngineIndexes = size < 0 ? { rules: bundled, seedEvidence: null, evidence: null } : enginesFor(bundled, reader ? sourceEntries(reader) : []);
  const t0 = performance.now();
  const engines = prepareEngines(indexes);
  const prepared = performance.now() - t0;
  const times: number[] = [];
  let figures = 0;
  for (let r = 0; r < 5; r++) {
    const start = performance.now();
    const view = viewForEngines(engines, pageMeta, text);
    figures = checkInPieces(text, (piece) => checkWithEngines(engines, piece, pageMeta, view)).length;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const long = performance.now();
  const longView = viewForEngines(engines, pageMeta, longText.slice(0, 12_000));
  const longFigures = checkInPieces(longText, (piece) => checkWithEngines(engines, piece, pageMeta, longView)).length;
  const longMs = performance.now() - long;
  console.log(
    `reader's facts ${name}: prepare ${prepared.toFixed(0)} ms; check a ${text.length}-character page ${times[2]!.toFixed(1)} ms (median of 5), ${figures} figures; ` +
      `${longText.length.toLocaleString('en')} characters of the flat page ${longMs.toFixed(0)} ms, ${longFigures.toLocaleString('en')} figures`,
  );
}

/** A piece checked as before decision 037: the seeds' evidence check in full (a dated page: no date from its content). */
function checkBefore037(engines: PreparedEngines, piece: string, meta: PageMeta, view: EnginesView): CheckedFigure[] {
  const fromRules = rules.checkPage(engines.rules!, piece, meta, view.rules!).figures;
  return rulesThenEvidence(fromRules, evidence.checkPage(engines.seedEvidence!, piece, meta, view.evidence!).figures);
}

const seedsOnly = prepareEngines(enginesFor(bundled, []));
const rulesOnly = prepareEngines({ rules: bundled, seedEvidence: null, evidence: null });
const sideBySide: Array<[string, PreparedEngines, typeof checkWithEngines]> = [
  ['the rule matcher alone (before decision 035)', rulesOnly, checkWithEngines],
  ["both engines, the seeds' evidence check in full (before decision 037)", seedsOnly, checkBefore037],
  ["both engines, the seeds' evidence check for strong verdicts only (decision 037)", seedsOnly, checkWithEngines],
];
const rounds = Number(process.env.ROUNDS ?? 5);
const ms = sideBySide.map(() => [] as number[]);
const counts = sideBySide.map(() => 0);
for (let r = 0; r < rounds; r++) {
  sideBySide.forEach(([, engines, check], i) => {
    const start = performance.now();
    const view = viewForEngines(engines, pageMeta, longText.slice(0, 12_000));
    counts[i] = checkInPieces(longText, (piece) => check(engines, piece, pageMeta, view)).length;
    ms[i]!.push(performance.now() - start);
  });
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
console.log(`\nSide by side, ${longText.length.toLocaleString('en')} characters of the flat page, median of ${rounds} alternating rounds:`);
sideBySide.forEach(([name], i) => console.log(`  ${name}: ${median(ms[i]!).toFixed(0)} ms, ${counts[i]!.toLocaleString('en')} figures (${(median(ms[i]!) / median(ms[1]!)).toFixed(2)}× the full check)`));
