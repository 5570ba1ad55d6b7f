/** Which engine checks which sources (core/check/engines.ts, docs/decisions/033 and 035). */
import { describe, expect, it } from 'vitest';
import seed from '../../../core/generated/seed-index.json';
import { readFileSync } from 'node:fs';
import { checkWithEngines, enginesFor, prepareEngines, viewForEngines } from '../../../core/check/engines';
import { articleText } from '../../../scripts/lib/article-text';
import { sourceEntries } from '../../../core/index/assemble-index';
import type { FactIndex, SourceFacts } from '../../../core/model';
import { checkInPieces } from '../../../core/match/check-pieces';
import { VIEW_CHARS } from '../../../content/run-check';
import { gardenPageHtml } from '../../support/garden-page';

const bundled = seed as unknown as FactIndex;
const reader: SourceFacts[] = sourceEntries(bundled)
  .slice(0, 2)
  .map((e) => ({ source: { ...e.source, file: `user-${e.source.file}`, origin: 'user' }, facts: e.facts.map((f) => ({ ...f, id: `user-${f.id}`, source: `user-${e.source.file}` })) }));
const files = (ix: FactIndex | null) => ix?.sources.map((s) => s.file) ?? null;

describe('enginesFor', () => {
  it('gives the bundled seeds to the rule matcher and to the evidence engine apart, and the reader\'s sources to the evidence engine', () => {
    expect(enginesFor(bundled, [])).toEqual({ rules: bundled, seedEvidence: bundled, evidence: null });
    const both = enginesFor(bundled, reader);
    expect(both.rules).toBe(bundled);
    expect(both.seedEvidence).toBe(bundled);
    expect(files(both.evidence)).toEqual(reader.map((e) => e.source.file));
  });
  it('gives every source to the evidence engine when the seeds were built for it', () => {
    const forEvidence: FactIndex = { ...bundled, engine: 'evidence' };
    expect(enginesFor(forEvidence, [])).toEqual({ rules: null, seedEvidence: null, evidence: forEvidence });
    const both = enginesFor(forEvidence, reader);
    expect(both.rules).toBeNull();
    expect(both.seedEvidence).toBeNull();
    expect(files(both.evidence)).toEqual([...bundled.sources.map((s) => s.file), ...reader.map((e) => e.source.file)]);
  });
});

describe('viewForEngines', () => {
  const engines = prepareEngines(enginesFor(bundled, []));
  const page = (name: string, url: string) => {
    const file = `test/fixtures/pages/${name}.html`;
    const { text, meta } = articleText(file, readFileSync(file, 'utf8'), url);
    return { text, meta: meta! };
  };
  const read = (name: string, url: string) => {
    const { text, meta } = page(name, url);
    return viewForEngines(engines, meta, text);
  };

  it('dates an undated page by its content for the rule matcher: the month of the dated sources that corroborate it', () => {
    const view = read('undated-42-deals-47-page', 'https://quillandwire.example/world/xi-putin-42-deals-beijing');
    expect(view.rules?.page.published).toEqual({ from: '2026-05-01', to: '2026-05-31', precision: 'month' });
    expect(view.rules?.page.dateBasis).toBe('its content ("47-page", as sources of that month report)');
    expect(view.contentDate?.figures).toEqual(['47-page']);
  });

  it('says on each figure of a content-dated page what dated it, never naming the figure as its own evidence', () => {
    const { text, meta } = page('undated-42-deals-47-page', 'https://quillandwire.example/world/xi-putin-42-deals-beijing');
    const whys = checkWithEngines(engines, text, meta, viewForEngines(engines, meta, text)).map((f) => [f.text, f.why.split(' · ').at(-1)]);
    expect(whys).toEqual([
      ['42', 'the page, undated, dated by its content ("47-page", as sources of that month report)'],
      ['47-page', 'the page, undated, dated by its content (this figure, as sources of that month report)'],
    ]);
  });

  it('leaves a dated page as its metadata dates it', () => {
    const view = read('may2026-42-agreements-conflict', 'https://meridiancourier.example/world/asia/putin-leaves-beijing-declaration-deals');
    expect(view.rules?.page.published?.from).toBe('2026-05-21');
    expect(view.rules?.page.dateBasis).toBe('article:published_time');
    expect(view.contentDate).toBeNull();
  });
});

describe('checkWithEngines', () => {
  const engines = prepareEngines(enginesFor(bundled, []));
  /** A page whose title and opening are about gardening, with one sentence about the May 2026 summit past its opening. */
  const gardenPage = () => {
    const html = gardenPageHtml(120);
    const { text, meta } = articleText('garden.html', html, 'https://garden.example/notes');
    return { text, meta: meta! };
  };

  it('lists the other seeds of the claim the evidence engine ties a figure to, so a figure the rules set aside is not called corroborated over a conflict (decision 040)', () => {
    const { text, meta } = gardenPage();
    // As the background checks it: the page as a whole read from its opening, which holds no summit.
    expect(text.indexOf('signed 42 agreements')).toBeGreaterThan(VIEW_CHARS);
    const view = viewForEngines(engines, meta, text.slice(0, VIEW_CHARS));
    const figures = checkInPieces(text, (piece) => checkWithEngines(engines, piece, meta, view));
    expect(figures.map((f) => [f.text, f.verdict, f.reason, f.sources.map((s) => [s.outlet, s.relation, s.certain, s.text])])).toEqual([
      [
        '42',
        'mixed',
        'The Review Co (undated) reports 42, American Courant (20 May 2026) reports 40; this page says 42',
        [
          ['American Courant', 'conflicts', true, '40'],
          ['The Review Co', 'corroborates', true, '42'],
        ],
      ],
    ]);
  });
});
