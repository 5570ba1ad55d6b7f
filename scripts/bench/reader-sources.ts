/**
 * `npx tsx scripts/bench/reader-sources.ts`: what the reader's own sources cost the background
 * (docs/decisions/033). The bundled index is checked by the shipped matcher; a synthetic index of
 * the reader's sources (the seeds' shape, `synthetic-index.ts`) of 0, 1,000, 10,000 and 100,000
 * facts by the evidence engine. Prints, per size, the time to prepare both engines (once per
 * change of the reader's sources) and the median of 5 checks of a short fixture page (view and
 * check), then of the first 500,000 characters of the flat page (`pages.ts`), checked in pieces
 * as the background checks it (once). `N=10000` runs one size.
 */
import { readFileSync } from 'node:fs';
import seed from '../../core/generated/seed-index.json';
import { checkWithEngines, prepareEngines, viewForEngines } from '../../core/check/engines';
import { checkInPieces } from '../../core/match/check-pieces';
import type { FactIndex } from '../../core/model';
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

for (const size of process.env.N ? [Number(process.env.N)] : [0, 1_000, 10_000, 100_000]) {
  const reader = readerIndex(size);
  const t0 = performance.now();
  const engines = prepareEngines({ rules: bundled, evidence: reader });
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
    `reader's facts ${size.toLocaleString('en')}: prepare ${prepared.toFixed(0)} ms; check a ${text.length}-character page ${times[2]!.toFixed(1)} ms (median of 5), ${figures} figures; ` +
      `${longText.length.toLocaleString('en')} characters of the flat page ${longMs.toFixed(0)} ms, ${longFigures.toLocaleString('en')} figures`,
  );
}
