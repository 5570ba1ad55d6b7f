/**
 * Every saved page in test/fixtures/pages/ and test/fixtures/holdout/ is checked against its
 * hand-written expected output (written from the seeds and docs/fact-model.md, never from the
 * engine's output; the held-out pages were written blind, after the engine, to measure it).
 * Known misses (`test/support/known-misses.ts`) run as expected failures: fixing one makes its test
 * fail until it is taken off the list.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkFile } from '../../scripts/lib/check-file';
import { KNOWN_LIST_MISSES, KNOWN_MISSES } from '../support/known-misses';

const DIRS = ['test/fixtures/pages', 'test/fixtures/holdout'];

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
