/**
 * Every saved page in test/fixtures/pages/ and test/fixtures/holdout/ is checked against its
 * hand-written expected output (written from the seeds and docs/fact-model.md, never from the
 * engine's output; the held-out pages were written blind, after the engine, to measure it).
 * Known misses are listed below and run as expected failures: fixing one makes its test fail
 * until it is taken off the list.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkFile } from '../../scripts/lib/check-file';

const DIRS = ['test/fixtures/pages', 'test/fixtures/holdout'];

/**
 * Figures the engines miss today, by "page/figure text", against the blind relabelling of
 * decision 035 (docs/ACCURACY.md, "The bundled topic's fixtures"):
 * - "third" of the state visit: the evidence engine does not make Socialbites (undated) certain here;
 * - "42" of the undated page: the evidence engine takes the undated Review Co's 42 as this summit's,
 *   on the strength of the figure itself, and American Courant's 40 stays a possible conflict;
 * - the Golden Dome page: its "$175 billion" is the seed's claim (issue 15's subject-bound fact) and
 *   its "$542 billion" the same measure; neither engine marks them;
 * - "$228bn" of the aggregator: the trade total is not made certain;
 * - "20" and "40": right verdicts, but the rule matcher lists Indian Republic (September 2025) as a
 *   possible source of an undated page's count where the labeller, reading it, says another event.
 */
const KNOWN_MISSES = new Set<string>([
  'mar2023-xi-moscow-state-visit/third',
  'undated-42-deals-47-page/42',
  'unrelated-golden-dome-budget/$175 billion',
  'unrelated-golden-dome-budget/$542 billion',
  'undated-aggregator-summit-roundup/$228bn',
  'undated-explainer-20-signed/20',
  'undated-aggregator-summit-roundup/40',
]);

/** Pages whose list of checked figures is a known miss (a figure expected and not marked). */
const KNOWN_LIST_MISSES = new Set<string>(['unrelated-golden-dome-budget']);

interface Expected {
  description: string;
  url: string;
  page: { published: string | null };
  figures: Array<{
    text: string;
    verdict: string;
    sources: Array<{ source: string; relation: string; certain: boolean }>;
    reason_includes: string[];
  }>;
}

const pages = DIRS.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.html')).sort().map((f) => `${dir}/${f}`));

describe('fixture pages', () => {
  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThanOrEqual(26);
  });

  for (const path of pages) {
    const DIR = path.slice(0, path.lastIndexOf('/'));
    const file = path.slice(DIR.length + 1);
    const name = file.replace(/\.html$/, '');
    const expected = JSON.parse(readFileSync(`${DIR}/${name}.expected.json`, 'utf8')) as Expected;
    describe(name, () => {
      const result = checkFile(`${DIR}/${file}`, expected.url);

      it('finds the page date', () => {
        const published = result.page.published;
        const found = published ? (published.precision === 'month' ? published.from.slice(0, 7) : published.from) : null;
        expect(found).toBe(expected.page.published);
      });

      const listMiss = KNOWN_LIST_MISSES.has(name);
      (listMiss ? it.fails : it)(`checks exactly the expected figures, in page order${listMiss ? ' (known miss)' : ''}`, () => {
        expect(result.figures.map((f) => f.text)).toEqual(expected.figures.map((f) => f.text));
      });

      expected.figures.forEach((want, i) => {
        const known = KNOWN_MISSES.has(`${name}/${want.text}`);
        (known ? it.fails : it)(`figure ${i + 1} "${want.text}": verdict, sources and reason${known ? ' (known miss)' : ''}`, () => {
          const got = result.figures.filter((f) => f.text === want.text)[expected.figures.slice(0, i).filter((w) => w.text === want.text).length];
          expect(got, `no checked figure "${want.text}"`).toBeDefined();
          expect(got!.verdict, `${name} "${want.text}" verdict (reason: ${got!.reason})`).toBe(want.verdict);
          const sources = got!.sources.map((s) => ({ source: s.source, relation: s.relation, certain: s.certain }));
          const sortBy = (a: { source: string }, b: { source: string }) => a.source.localeCompare(b.source);
          expect(sources.sort(sortBy), `${name} "${want.text}" sources`).toEqual([...want.sources].sort(sortBy));
          for (const part of want.reason_includes) expect(got!.reason, `${name} "${want.text}" reason`).toContain(part);
        });
      });
    });
  }
});
