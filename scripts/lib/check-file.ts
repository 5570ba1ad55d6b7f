/**
 * Checks one article file (.html, .txt or .md) against the fact index: the function behind
 * `npm run check -- FILE`, shared with the fixture-page tests.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { PageCheck, PageMeta } from '../../core/model';
import type { ContentDate } from '../../core/check/content-date';
import { checkWithEngines, enginesFor, prepareEngines, viewForEngines } from '../../core/check/engines';
import { checkInPieces } from '../../core/match/check-pieces';
import { resolvePageContext } from '../../core/match/page-context';
import { checkPage } from '../../core/match/check-page';
import { prepareIndex } from '../../core/match/prepare-index';
import { articleText, datelineOf } from './article-text';
import { buildSeedIndex, buildSeedIndexFor, readerSourceEntries } from './build-seed-index';
import { loadIndex } from './load-index';
import { DEFAULT_INDEX_PATH } from './paths';

/**
 * Which engine checks: what the extension ships (both engines, docs/decisions/035), the evidence
 * engine alone (core/evidence, every seed read as it reads pages) or the rule matcher alone (core/match).
 */
export type Engine = 'shipped' | 'evidence' | 'rules';

/** A checked file: the page as its metadata dates it, its figures, and the month its content dates it in when its metadata does not (docs/decisions/035). */
export type FileCheck = PageCheck & { contentDate?: ContentDate };

/**
 * Checks one article file; `seeds` builds the index from another folder instead of the bundled one.
 * The evidence engine always builds its index from the seeds folder (default `seeds/`), read as it reads pages.
 * `userSources` is a folder of articles (a seeds folder's format) read as the reader's own sources,
 * checked by the evidence engine beside the seeds, their figures merged, as the extension checks
 * them (docs/decisions/033, 035).
 */
export function checkFile(file: string, url: string | undefined, seeds?: string, engine: Engine = 'shipped', userSources?: string): FileCheck {
  const raw = readFileSync(file, 'utf8');
  const { text, meta } = articleText(file, raw, url);
  const firstLine = text.split('\n').find((l) => l.trim())?.trim() ?? basename(file);
  const pageMeta: PageMeta = meta
    ? { ...meta, url: url ?? meta.url }
    : { url: url ?? null, title: firstLine, dates: [], byline: datelineOf(text), siteName: null };
  if (engine === 'rules') return checkPage(prepareIndex(seeds ? buildSeedIndex(seeds) : loadIndex(DEFAULT_INDEX_PATH)), text, pageMeta);
  // As the extension checks it: in pieces, each engine with the sources it checks (docs/decisions/033).
  const index = engine === 'evidence' ? buildSeedIndexFor(seeds ?? 'seeds', 'evidence') : seeds ? buildSeedIndex(seeds) : loadIndex(DEFAULT_INDEX_PATH);
  const engines = prepareEngines(enginesFor(index, userSources ? readerSourceEntries(userSources, index.builtAt) : []));
  const view = viewForEngines(engines, pageMeta, text);
  const figures = checkInPieces(text, (piece) => checkWithEngines(engines, piece, pageMeta, view));
  return { page: resolvePageContext(pageMeta, text), figures, ...(view.contentDate ? { contentDate: view.contentDate } : {}) };
}
