/**
 * Checks one article file (.html, .txt or .md) against the fact index: the function behind
 * `npm run check -- FILE`, shared with the fixture-page tests.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { PageCheck, PageMeta } from '../../core/model';
import { checkPage } from '../../core/match/check-page';
import { prepareIndex } from '../../core/match/prepare-index';
import { checkPage as checkWithEvidence, EXTRACT } from '../../core/evidence/check-page';
import { prepareIndex as prepareEvidence } from '../../core/evidence/evidence-index';
import { articleText, datelineOf } from './article-text';
import { buildSeedIndex } from './build-seed-index';
import { loadIndex } from './load-index';
import { DEFAULT_INDEX_PATH } from './paths';

/** Which engine checks: the one the extension ships (core/match) or the evidence engine (core/evidence). */
export type Engine = 'shipped' | 'evidence';

/**
 * Checks one article file; `seeds` builds the index from another folder instead of the bundled one.
 * The evidence engine always builds its index from the seeds folder (default `seeds/`), read as it reads pages.
 */
export function checkFile(file: string, url: string | undefined, seeds?: string, engine: Engine = 'shipped'): PageCheck {
  const raw = readFileSync(file, 'utf8');
  const { text, meta } = articleText(file, raw, url);
  const firstLine = text.split('\n').find((l) => l.trim())?.trim() ?? basename(file);
  const pageMeta: PageMeta = meta
    ? { ...meta, url: url ?? meta.url }
    : { url: url ?? null, title: firstLine, dates: [], byline: datelineOf(text), siteName: null };
  if (engine === 'evidence') return checkWithEvidence(prepareEvidence(buildSeedIndex(seeds ?? 'seeds', undefined, EXTRACT)), text, pageMeta);
  const index = seeds ? buildSeedIndex(seeds) : loadIndex(DEFAULT_INDEX_PATH);
  return checkPage(prepareIndex(index), text, pageMeta);
}
